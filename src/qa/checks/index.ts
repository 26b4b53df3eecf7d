/**
 * The registry of QA checks, in report order. A check added here runs by default (unless its
 * `enabled` is false), can be switched with `--enable` / `--disable`, and is covered by the
 * registry tests in test/qa/.
 */
import type { Check } from '../check.js';
import { additions } from './additions.js';
import { codes } from './codes.js';
import { consistency } from './consistency.js';
import { dates } from './dates.js';
import { lawNames } from './law-names.js';
import { length } from './length.js';
import { names } from './names.js';
import { numbers } from './numbers.js';
import { omissions } from './omissions.js';
import { punctuation } from './punctuation.js';
import { terms } from './terms.js';
import { untranslated } from './untranslated.js';

export const checks: readonly Check[] = [
  numbers,
  dates,
  codes,
  lawNames,
  terms,
  names,
  omissions,
  length,
  additions,
  untranslated,
  consistency,
  punctuation,
];

export const checkNames: readonly string[] = checks.map((c) => c.name);
