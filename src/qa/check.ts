/**
 * The interface every QA check implements (one module each in checks/, listed in
 * checks/index.ts): a name for `--enable` / `--disable`, a default severity, and a pure `run`
 * from the check context to reports (spans inside pairs; the runner makes them findings).
 */

import type { Lang } from '../types.js';
import type { CheckContext } from './context.js';
import type { Report, Severity, Span } from './types.js';

export interface Check {
  /** `--enable` / `--disable` name, kebab-case */
  readonly name: string;
  /** one line for `--help` and the HTML report */
  readonly description: string;
  /** the severity of its reports unless a report sets its own */
  readonly severity: Severity;
  /** runs unless disabled (false: only when `--enable`d) */
  readonly enabled: boolean;
  run(ctx: CheckContext): Report[];
}

/** A report builder bound to one pair, for checks that reason about one pair at a time. */
export function reportAt(
  pair: number,
  message: string,
  spans: { en?: [number, number]; zh?: [number, number] } = {},
  severity?: Severity,
): Report {
  const r: Report = { pair, message };
  if (spans.en) r.en = spans.en;
  if (spans.zh) r.zh = spans.zh;
  if (severity) r.severity = severity;
  return r;
}

/** The whole text of a side as a span (for findings about a whole sentence). */
export function whole(text: string): [number, number] | undefined {
  if (!text) return undefined;
  const start = text.length - text.trimStart().length;
  return [start, text.trimEnd().length];
}

/** Shortens a text for messages: the first `max` characters and an ellipsis. */
export function clip(text: string, max = 40): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : `${t.slice(0, max - 1)}…`;
}

/** `{en: span}` or `{zh: span}`: a span on the side of a language, for spreading into a Report. */
export function spanOn(lang: Lang, span: Span): { en?: Span; zh?: Span } {
  return lang === 'en' ? { en: span } : { zh: span };
}
