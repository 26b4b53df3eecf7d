/**
 * The interface every QA check implements (one module each in checks/, listed in
 * checks/index.ts): a name for `--enable` / `--disable`, a default severity, and a pure `run`
 * from the check context to reports (spans inside pairs; the runner makes them findings).
 * Also the small report builders the checks share.
 */

import type { Lang } from '../types.js';
import { type CheckContext, langName } from './context.js';
import type { Stray } from './match.js';
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

/**
 * The report for a mention left on one side (a stray no neighbouring pair cancelled): "X is not
 * in the Chinese" for a source mention, "the Chinese has X, which is not in the English" for a
 * target one. `shown` is the mention as the message names it, `span` where it is.
 */
export function strayReport(
  stray: Stray<unknown>,
  src: Lang,
  tgt: Lang,
  shown: string,
  span: Span,
): Report {
  const lang = stray.side === 'src' ? src : tgt;
  const other = stray.side === 'src' ? tgt : src;
  return {
    pair: stray.pair,
    message:
      stray.side === 'src'
        ? `${shown} is not in ${langName(other)}`
        : `${langName(lang)} has ${shown}, which is not in ${langName(other)}`,
    ...spanOn(lang, span),
  };
}
