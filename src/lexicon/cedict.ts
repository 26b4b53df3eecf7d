/**
 * CC-CEDICT → compact zh→en lexicon, run once at build time (scripts/build-data.mjs) so that
 * zhen never parses the 9 MB dictionary at run time. Pure text → text; no I/O here.
 *
 * Each headword (Simplified form; Traditional text is folded to Simplified before lookup) maps
 * to the matching keys of its glosses: parentheticals, "variant of", "surname", "see",
 * "abbr. for", "CL:" and pronunciation notes dropped, glosses split on `/ ; ,`, a leading
 * "to " removed, then English content words stemmed with `wordKey` (english.ts).
 *
 * Output format (UTF-8 text, one entry a line, sorted by headword in UTF-16 order so that a
 * loader can binary-search the lines without building a map):
 *   #zhen-lexicon 1 <comment>
 *   headword<TAB>key key key
 */
import { wordKey } from './english.js';

export const LEXICON_MAGIC = '#zhen-lexicon 1';

/** Glosses (or gloss parts) that say nothing about meaning. */
const DROP_GLOSS =
  /^(?:old |archaic |unofficial |erroneous )?variant of|^see |^see also|^abbr\.|^surname |^cl:|^also written|^also pr\.|^taiwan pr\.|^used in |^pr\. |^japanese |^korean |^radical |^kangxi |^component |^classifier |^same as /i;

/** Longest gloss part (in words) kept: longer ones are explanations, not translations. */
const MAX_GLOSS_WORDS = 5;

/** Keys of one CC-CEDICT definition field (`/gloss/gloss/`). */
export function glossKeys(definitions: string): string[] {
  const keys = new Set<string>();
  for (const rawGloss of definitions.split('/')) {
    let g = rawGloss.trim();
    if (!g || DROP_GLOSS.test(g)) continue;
    // drop Chinese references and pinyin in brackets: 得[de2], 著|着[zhe5]
    g = g.replace(/[\p{Script=Han}|]+\[[^\]]*\]/gu, ' ').replace(/\[[^\]]*\]/g, ' ');
    g = g.replace(/"[^"]*"/g, ' ');
    // drop parentheticals, nested ones too
    for (let prev = ''; prev !== g;) {
      prev = g;
      g = g.replace(/\([^()]*\)/g, ' ');
    }
    g = g.replace(/[()]/g, ' ');
    for (let part of g.split(/[;,]/)) {
      part = part.trim().toLowerCase();
      if (!part || DROP_GLOSS.test(part)) continue;
      part = part.replace(/^to\s+/, '').replace(/\be\.g\..*$/, '');
      const words = part.match(/[a-z][a-z'-]*|\d+/g);
      if (!words || words.length > MAX_GLOSS_WORDS) continue;
      for (const w of words) {
        for (const piece of w.split('-')) {
          const k = wordKey(piece);
          // a number only when it is the whole gloss ("nine"), not "one of the ..."
          if (k && (words.length === 1 || !/^\d/.test(k))) keys.add(k);
        }
      }
    }
  }
  return [...keys];
}

/** Parse CC-CEDICT text into headword (Simplified) → keys. */
export function parseCedict(text: string): Map<string, Set<string>> {
  const lex = new Map<string, Set<string>>();
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const m = /^(\S+) (\S+) \[([^\]]*)\] \/(.*)\/\s*$/.exec(line);
    if (!m) continue;
    const simp = m[2]!;
    const keys = glossKeys(m[4]!);
    if (!keys.length) continue;
    let set = lex.get(simp);
    if (!set) {
      set = new Set();
      lex.set(simp, set);
    }
    for (const k of keys) set.add(k);
  }
  return lex;
}

/**
 * Toneless readings of single characters (陈 → chen; 长 → chang zhang), for matching names
 * in English (Chen Qingyang) with the Chinese characters that spell them.
 */
export function parseReadings(text: string): Map<string, Set<string>> {
  const readings = new Map<string, Set<string>>();
  for (const line of text.split('\n')) {
    const m = /^(\S+) (\S+) \[([A-Za-z:]+)[1-5]\] \//.exec(line);
    if (!m || [...m[2]!].length !== 1) continue;
    const py = m[3]!.toLowerCase().replace('u:', 'u');
    for (const ch of new Set([m[1]!, m[2]!])) {
      let set = readings.get(ch);
      if (!set) {
        set = new Set();
        readings.set(ch, set);
      }
      set.add(py);
    }
  }
  return readings;
}

/** Serialise a lexicon (headword → keys) in the compact format described above. */
export function serialiseLexicon(lex: Map<string, Iterable<string>>, comment: string): string {
  const words = [...lex.keys()].filter((w) => !/[\t\n]/.test(w));
  words.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const lines = [`${LEXICON_MAGIC} ${comment.replace(/\n/g, ' ')}`];
  for (const w of words) lines.push(`${w}\t${[...lex.get(w)!].join(' ')}`);
  return `${lines.join('\n')}\n`;
}

/** CC-CEDICT text → compact lexicon text. */
export function buildLexicon(cedictText: string, comment = ''): string {
  return serialiseLexicon(parseCedict(cedictText), comment);
}

/** CC-CEDICT text → compact reading table (same format: `字<TAB>reading reading`). */
export function buildReadings(cedictText: string, comment = ''): string {
  return serialiseLexicon(parseReadings(cedictText), comment);
}
