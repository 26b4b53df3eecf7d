/**
 * The registry of QA reporters, textlint style: pure `(result, options) => string` functions in
 * one `as const` record whose keys are the `--format` names. Adding a format is one module and
 * one line here; the registry test renders every entry.
 */
import { htmlReporter } from './html.js';
import { jsonReporter } from './json.js';
import { textReporter } from './text.js';
import type { Reporter } from './types.js';

export const reporters = {
  text: textReporter,
  json: jsonReporter,
  html: htmlReporter,
} as const satisfies Record<string, Reporter>;

export type ReporterName = keyof typeof reporters;

export const reporterNames = Object.keys(reporters) as ReporterName[];

export function isReporterName(name: string): name is ReporterName {
  return Object.hasOwn(reporters, name);
}

export type { Reporter, ReporterOptions } from './types.js';
