/**
 * The JSON report: `{"findings": [...], "summary": {...}}`, every finding with its check,
 * severity, message, unit, source and target text, offsets into the inputs, flagged text and
 * hash (for an ignore list), the summary with counts by severity and check, documents,
 * languages and units. Warnings from aligning go in `warnings` when there are any. Pure.
 */

import type { QaResult } from '../types.js';
import type { ReporterOptions } from './types.js';

export function jsonReporter(result: QaResult, options: ReporterOptions = {}): string {
  const findings = result.findings.map((f) => {
    const { pair: _pair, ...rest } = f;
    return rest;
  });
  const out: Record<string, unknown> = { findings, summary: result.summary };
  if (result.warnings.length) out.warnings = result.warnings;
  if (options.version) out.tool = { name: 'zhen', version: options.version };
  return `${JSON.stringify(out, null, 2)}\n`;
}
