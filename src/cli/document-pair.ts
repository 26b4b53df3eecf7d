/**
 * Two language versions in, for the commands that take them (`zhen align SRC TGT`,
 * `zhen qa EN ZH`): the `--src-lang`/`--tgt-lang` codes, both files read and split into
 * documents, and the check that one is English and the other Chinese.
 */

import type { LanguageDoc } from '../align/documents.js';
import { makeDoc } from '../document.js';
import { InputError } from '../errors.js';
import { type DocLanguage, parseLanguageCode } from '../text/language.js';
import { readInput } from './common.js';

/** A `--src-lang` / `--tgt-lang` value; undefined when not given (the language is detected). */
export function languageOption(code: string | undefined): DocLanguage | undefined {
  return code ? parseLanguageCode(code) : undefined;
}

export interface DocumentPairOptions {
  encoding?: string;
  presplit?: boolean;
  zhSemicolon?: boolean;
  /** the languages the user gave */
  srcLanguage?: DocLanguage;
  tgtLanguage?: DocLanguage;
}

type LangDoc = LanguageDoc;

/**
 * Reads both documents. InputError (naming the source) when both look like the same language;
 * `purpose` says what zhen does with the pair: "aligns English with Chinese".
 */
export async function readDocumentPair(
  srcPath: string,
  tgtPath: string,
  options: DocumentPairOptions,
  purpose: string,
): Promise<{ src: LangDoc; tgt: LangDoc }> {
  const [srcText, tgtText] = await Promise.all([
    readInput(srcPath, { encoding: options.encoding }),
    readInput(tgtPath, { encoding: options.encoding }),
  ]);
  const docOptions = { presplit: options.presplit, zhSemicolon: options.zhSemicolon };
  const src = makeDoc(srcText.text, {
    ...docOptions,
    language: options.srcLanguage,
    path: srcPath,
  });
  const tgt = makeDoc(tgtText.text, {
    ...docOptions,
    language: options.tgtLanguage,
    path: tgtPath,
  });
  if (src.language.lang === tgt.language.lang) {
    throw new InputError(
      `both documents look ${src.language.lang === 'en' ? 'English' : 'Chinese'} (${tgtPath} too); zhen ${purpose} — give --src-lang/--tgt-lang if detection is wrong`,
      { file: srcPath },
    );
  }
  return { src, tgt };
}
