/**
 * A document as the commands use it: decoded text, its language and its segments. Pure: the CLI
 * reads the file, this turns text into a Doc.
 */
import { split } from './segment/index.js';
import { type DocLanguage, detectDocumentLanguage } from './text/language.js';
import type { Doc } from './types.js';

export interface DocOptions {
  /** the language, when the user gave it (otherwise detected) */
  language?: DocLanguage;
  presplit?: boolean;
  zhSemicolon?: boolean;
  path?: string;
}

/** A document with the language zhen detected or was given. */
export type LanguageDoc = Doc & { language: DocLanguage };

export function makeDoc(text: string, options: DocOptions = {}): LanguageDoc {
  const language = options.language ?? detectDocumentLanguage(text);
  const segments = split(text, {
    // Chinese documents carry English paragraphs (names, the issuer block): decide per paragraph.
    lang: 'auto',
    presplit: options.presplit,
    zhSemicolon: options.zhSemicolon,
  });
  return { lang: language.code, language, segments, text, path: options.path };
}

/** The text of several consecutive segments as one: no space between Chinese sentences. */
export function joinSegments(texts: readonly string[]): string {
  let out = '';
  for (const t of texts) {
    if (!out) out = t;
    else if (
      /[\p{Script=Han}。！？；：」』）》]$/u.test(out) ||
      /^[\p{Script=Han}「『（《]/u.test(t)
    )
      out += t;
    else out += ` ${t}`;
  }
  return out;
}
