/**
 * The language of a whole document, as the code CAT tools expect: Traditional Chinese → zh-HK,
 * Simplified → zh-CN, English → en (see formats.md: `zh-Hant`/`zh-Hans` are refused by some tools,
 * and `_` never appears). User-given codes are checked and split into zhen's two languages.
 */
import { UsageError } from '../errors.js';
import type { Lang } from '../types.js';
import { chineseScript } from './opencc.js';
import { countScripts } from './script.js';

export interface DocLanguage {
  lang: Lang;
  /** BCP 47 code written to TMX/XLIFF */
  code: string;
}

export function detectDocumentLanguage(text: string): DocLanguage {
  const { han, latin } = countScripts(text.length > 200_000 ? text.slice(0, 200_000) : text);
  if (han * 3 < latin || han === 0) return { lang: 'en', code: 'en' };
  return { lang: 'zh', code: chineseScript(text) === 'hans' ? 'zh-CN' : 'zh-HK' };
}

/** Parse a user-given language code (en, en-GB, zh-HK, zh_TW, zh-Hant-HK …). */
export function parseLanguageCode(code: string): DocLanguage {
  const norm = code.trim().replace(/_/g, '-');
  const m = /^([a-zA-Z]{2,3})((?:-[a-zA-Z0-9]{2,8})*)$/.exec(norm);
  if (!m) throw new UsageError(`not a language code: "${code}" (for example en, zh-HK, zh-CN)`);
  const primary = m[1]!.toLowerCase();
  if (primary !== 'en' && primary !== 'zh') {
    throw new UsageError(`zhen aligns English and Chinese; "${code}" is neither`);
  }
  const rest = m[2]!
    .split('-')
    .filter(Boolean)
    .map((p) =>
      p.length === 2
        ? p.toUpperCase()
        : p.length === 4
          ? p[0]!.toUpperCase() + p.slice(1).toLowerCase()
          : p,
    );
  return { lang: primary, code: [primary, ...rest].join('-') };
}
