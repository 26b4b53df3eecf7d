/**
 * `extractCodes`: identifiers that must appear on both sides of a translation, each with a
 * normalised key both language versions share: stock codes (code:stock:6855), Cap numbers
 * (cap:622), rule and article numbers (rule:14.07), paragraphs, Parts, appendices, schedules,
 * notes, standards (std:iso14001:2015), directives (dir:2001/83/ec), phone numbers (tel:…),
 * URLs, e-mail addresses and Latin tokens (latin:gmp).
 */
import { scanSentence } from './scan.js';
import type { Code } from './types.js';

export function extractCodes(text: string, lang: 'en' | 'zh'): Code[] {
  return scanSentence(text, lang).codes;
}
