/**
 * The shipped glossaries (glossaries/*.tsv) and the lookups built on them.
 *
 * - `parseGlossaryTsv(text, origin)`: pure; the zhen glossary TSV (`#` comment header, one
 *   header row naming columns, one entry per line) → Term[]. Throws InputError on bad rows.
 * - `loadGlossaryDir(dir)` / `shippedTerms()`: read every *.tsv of a folder (the shipped one is
 *   read once, lazily, and cached).
 * - `mergeGlossaries(...lists)`: later lists win over earlier ones for the same id, so user
 *   glossaries (`--glossary FILE`) are merged after the shipped ones.
 * - `buildIndex(terms)` and `lookupZh` / `lookupEn` / `lookupCap`: exact folded-key lookups
 *   (see keys.ts), then looser keys (revision suffix, Cap. number, 中華人民共和國 prefix).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { InputError } from '../errors.js';
import { glossariesDir, packageRoot } from '../paths.js';
import { converter, toSimplified } from '../text/opencc.js';
import { enKey, enKeysLoose, zhKey, zhKeysLoose } from './keys.js';
import {
  AUTHORITIES,
  type Authority,
  enForms,
  type Jurisdiction,
  TERM_KINDS,
  type Term,
  type TermKind,
  zhForms,
} from './model.js';

/** Columns of the zhen glossary TSV, in the order the shipped files use. */
export const GLOSSARY_COLUMNS = [
  'id',
  'kind',
  'jurisdiction',
  'zh_hant',
  'zh_hans',
  'en',
  'en_variants',
  'zh_variants',
  'instrument',
  'cap',
  'en_authority',
  'checked',
  'source',
  'note',
] as const;

const REQUIRED_COLUMNS = ['id', 'en'] as const;
const JURISDICTIONS: readonly Jurisdiction[] = ['CN', 'HK', 'TW', ''];

function splitList(cell: string): string[] {
  return cell
    .split('|')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/**
 * Parse a zhen glossary TSV. Lines starting with `#` before the header are comments; the first
 * other line is the header row. Only `id` and `en` and one of `zh_hant` / `zh_hans` are needed:
 * a missing Simplified form is derived from the Traditional one (opencc-js hk→cn), a missing
 * Traditional form from the Simplified one (opencc-js cn→hk, built only when a row needs it), a
 * missing kind is `term`, a missing authority is `user`.
 */
export function parseGlossaryTsv(text: string, origin = '-'): Term[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  let header: string[] | undefined;
  const terms: Term[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    if (header === undefined) {
      if (line.startsWith('#')) continue;
      header = line.split('\t').map((h) => h.trim().toLowerCase());
      for (const col of REQUIRED_COLUMNS) {
        if (!header.includes(col)) {
          throw new InputError(`glossary header has no "${col}" column`, {
            file: origin,
            line: i + 1,
          });
        }
      }
      if (!header.includes('zh_hant') && !header.includes('zh_hans')) {
        throw new InputError('glossary header has neither "zh_hant" nor "zh_hans"', {
          file: origin,
          line: i + 1,
        });
      }
      continue;
    }
    if (line.startsWith('#')) continue;
    const cells = line.split('\t');
    if (cells.length > header.length) {
      throw new InputError(`row has ${cells.length} fields, header has ${header.length}`, {
        file: origin,
        line: i + 1,
      });
    }
    const row = new Map<string, string>();
    header.forEach((h, j) => {
      row.set(h, (cells[j] ?? '').trim());
    });
    terms.push(rowToTerm(row, origin, i + 1));
  }
  return terms;
}

function rowToTerm(row: Map<string, string>, origin: string, line: number): Term {
  const get = (k: string) => row.get(k) ?? '';
  const fail = (msg: string): never => {
    throw new InputError(msg, { file: origin, line });
  };
  const id = get('id');
  if (!id) fail('entry has no id');
  const en = get('en');
  if (!en) fail(`entry ${id} has no English`);
  let zhHant = get('zh_hant');
  let zhHans = get('zh_hans');
  if (!zhHant && !zhHans) fail(`entry ${id} has no Chinese`);
  if (!zhHans) zhHans = toSimplified(zhHant);
  if (!zhHant) zhHant = converter('cn', 'hk')(zhHans);
  const kind = (get('kind') || 'term') as TermKind;
  if (!TERM_KINDS.includes(kind)) fail(`entry ${id}: unknown kind "${kind}"`);
  const jurisdiction = get('jurisdiction') as Jurisdiction;
  if (!JURISDICTIONS.includes(jurisdiction)) {
    fail(`entry ${id}: unknown jurisdiction "${jurisdiction}"`);
  }
  const authority = (get('en_authority') || 'user') as Authority;
  if (!AUTHORITIES.includes(authority)) fail(`entry ${id}: unknown en_authority "${authority}"`);
  return {
    id,
    kind,
    jurisdiction,
    zhHant,
    zhHans,
    en,
    enVariants: splitList(get('en_variants')),
    zhVariants: splitList(get('zh_variants')),
    instrument: get('instrument'),
    cap: get('cap'),
    authority,
    checked: get('checked'),
    source: get('source'),
    note: get('note'),
    origin,
  };
}

/** Read and parse every *.tsv in a folder, files in name order. */
export function loadGlossaryDir(dir: string): Term[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.tsv'))
    .sort();
  const out: Term[] = [];
  for (const f of files) {
    const path = join(dir, f);
    const shown = relative(packageRoot, path).startsWith('..') ? path : relative(packageRoot, path);
    out.push(...parseGlossaryTsv(readFileSync(path, 'utf8'), shown));
  }
  return out;
}

let shipped: Term[] | undefined;
let shippedIndex: GlossaryIndex | undefined;

/** The shipped glossaries, read from disk on first use. */
export function shippedTerms(): Term[] {
  shipped ??= loadGlossaryDir(glossariesDir);
  return shipped;
}

/** All shipped terms (a copy of the list; the terms themselves are shared). */
export function allTerms(): Term[] {
  return [...shippedTerms()];
}

/**
 * Merge glossaries: a term in a later list replaces a term of an earlier list with the same id;
 * new ids are appended. Pass shipped terms first, then user glossaries in command-line order.
 */
export function mergeGlossaries(...lists: Term[][]): Term[] {
  const byId = new Map<string, Term>();
  for (const list of lists) {
    for (const t of list) {
      byId.delete(t.id);
      byId.set(t.id, t);
    }
  }
  return [...byId.values()];
}

export interface GlossaryIndex {
  terms: Term[];
  byId: Map<string, Term>;
  /** folded Chinese key → terms, latest-merged first */
  byZh: Map<string, Term[]>;
  /** folded English key → terms, latest-merged first */
  byEn: Map<string, Term[]>;
  /** HK chapter number (upper case, no spaces) → terms */
  byCap: Map<string, Term[]>;
}

function push(map: Map<string, Term[]>, key: string, term: Term): void {
  if (!key) return;
  const list = map.get(key);
  if (!list) map.set(key, [term]);
  else if (!list.includes(term)) list.unshift(term);
}

/** Build lookup indexes over a merged term list. Later terms take precedence on shared keys. */
export function buildIndex(terms: Term[]): GlossaryIndex {
  const index: GlossaryIndex = {
    terms,
    byId: new Map(),
    byZh: new Map(),
    byEn: new Map(),
    byCap: new Map(),
  };
  for (const t of terms) {
    index.byId.set(t.id, t);
    for (const zh of zhForms(t)) push(index.byZh, zhKey(zh), t);
    for (const en of enForms(t)) push(index.byEn, enKey(en), t);
    if (t.cap) push(index.byCap, capKey(t.cap), t);
  }
  return index;
}

/** The index over the shipped glossaries, built once. */
export function shippedGlossaryIndex(): GlossaryIndex {
  shippedIndex ??= buildIndex(shippedTerms());
  return shippedIndex;
}

function capKey(cap: string): string {
  return cap
    .replace(/^(?:cap(?:\.|ter)?|第)\s*/i, '')
    .replace(/章$/, '')
    .replace(/\s+/g, '')
    .toUpperCase();
}

/**
 * Terms whose Chinese form is `text` (Traditional or Simplified, with or without 《》, any
 * bracket width). Falls back to the name without a revision suffix or Cap. reference and
 * with/without 中華人民共和國. Empty when nothing matches.
 */
export function lookupZh(text: string, index: GlossaryIndex = shippedGlossaryIndex()): Term[] {
  for (const key of zhKeysLoose(text)) {
    const hit = index.byZh.get(key);
    if (hit) return [...hit];
  }
  return [];
}

/**
 * Terms whose English form is `text`, whatever the case, apostrophes, "PRC" /
 * "People's Republic of China" spelling or word order ("PRC Company Law" = "Company Law of the
 * PRC"). Falls back to the name without a revision suffix or Cap. reference.
 */
export function lookupEn(text: string, index: GlossaryIndex = shippedGlossaryIndex()): Term[] {
  for (const key of enKeysLoose(text)) {
    const hit = index.byEn.get(key);
    if (hit) return [...hit];
  }
  return [];
}

/** Terms (HK ordinances, subsidiary legislation) with this Cap. number: `622`, `Cap. 32`, `第571章`. */
export function lookupCap(cap: string, index: GlossaryIndex = shippedGlossaryIndex()): Term[] {
  return [...(index.byCap.get(capKey(cap)) ?? [])];
}

/** The term with this id, if any. */
export function termById(
  id: string,
  index: GlossaryIndex = shippedGlossaryIndex(),
): Term | undefined {
  return index.byId.get(id);
}
