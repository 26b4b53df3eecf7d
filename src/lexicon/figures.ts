/**
 * Figures in filing sentences: exact numbers, amounts, percentages, dates, periods and codes in
 * Chinese and English, for the aligner (anchorKeys) and the bilingual QA (extract*, compare).
 */
export { anchorKeys } from './anchors.js';
export { parseChineseNumber } from './chinese-numerals.js';
export { extractCodes } from './codes.js';
export { compareQuantities } from './compare.js';
export { extractDates } from './dates.js';
export * from './decimal.js';
export { extractQuantities } from './quantities.js';
export { scanSentence } from './scan.js';
export type * from './types.js';
