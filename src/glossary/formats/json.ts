/**
 * JSON glossary: the whole Term model, lossless — every field of every entry, the file's
 * language codes, deprecated forms and the mining information `zhen glossary extract` adds.
 * `{"format": "zhen-glossary", "version": 1, "langs": {...}, "terms": [...]}`; a bare array of
 * terms is read too. Only `origin` is not written: it is set to the file a glossary is read from.
 */
import { InputError } from '../../errors.js';
import { lineColumn } from '../../formats/common.js';
import { completeTerm, LOSSLESS, langsFor, type PartialTerm } from './common.js';
import {
  DEFAULT_LANGS,
  type GlossaryFile,
  type GlossaryFormat,
  type GlossaryLangs,
  type GlossaryTerm,
  type GlossaryWriteOptions,
  type MinedInfo,
} from './format.js';

const MAGIC = 'zhen-glossary';

function serialise(t: GlossaryTerm): Record<string, unknown> {
  const out: Record<string, unknown> = {
    id: t.id,
    kind: t.kind,
    jurisdiction: t.jurisdiction,
    zhHant: t.zhHant,
    zhHans: t.zhHans,
    en: t.en,
    enVariants: t.enVariants,
    zhVariants: t.zhVariants,
    instrument: t.instrument,
    cap: t.cap,
    authority: t.authority,
    checked: t.checked,
    source: t.source,
    note: t.note,
  };
  if (t.deprecated?.length) out.deprecated = t.deprecated;
  if (t.mined) out.mined = t.mined;
  return out;
}

function write(terms: readonly GlossaryTerm[], options: GlossaryWriteOptions = {}): string {
  const doc = {
    format: MAGIC,
    version: 1,
    langs: langsFor(options.langs),
    terms: terms.map(serialise),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

function parseJson(text: string, file: string): unknown {
  const body = text.replace(/^\uFEFF/, '');
  try {
    return JSON.parse(body);
  } catch (err) {
    const msg = (err as Error).message;
    const pos = /position (\d+)/.exec(msg);
    const where = pos ? lineColumn(body, Number(pos[1])) : { line: 1 };
    throw new InputError(`not valid JSON: ${msg.replace(/ in JSON at position \d+.*$/, '')}`, {
      file,
      ...where,
    });
  }
}

const STRING_FIELDS = [
  'id',
  'kind',
  'jurisdiction',
  'zhHant',
  'zhHans',
  'en',
  'instrument',
  'cap',
  'authority',
  'checked',
  'source',
  'note',
] as const;
const LIST_FIELDS = ['enVariants', 'zhVariants', 'deprecated'] as const;

function readTerm(raw: unknown, i: number, file: string): GlossaryTerm {
  const fail = (msg: string): never => {
    throw new InputError(`term ${i + 1}: ${msg}`, { file });
  };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) fail('not an object');
  const o = raw as Record<string, unknown>;
  for (const k of STRING_FIELDS) {
    if (o[k] !== undefined && typeof o[k] !== 'string') fail(`"${k}" is not a string`);
  }
  for (const k of LIST_FIELDS) {
    const v = o[k];
    if (v !== undefined && !(Array.isArray(v) && v.every((s) => typeof s === 'string'))) {
      fail(`"${k}" is not a list of strings`);
    }
  }
  if (!o.en) fail('no "en"');
  if (!o.zhHant && !o.zhHans) fail('neither "zhHant" nor "zhHans"');
  const term = completeTerm(o as unknown as PartialTerm, file);
  if (o.mined !== undefined) term.mined = readMined(o.mined, fail);
  return term;
}

function readMined(raw: unknown, fail: (msg: string) => never): MinedInfo {
  if (typeof raw !== 'object' || raw === null) return fail('"mined" is not an object');
  const m = raw as Partial<MinedInfo>;
  if (typeof m.count !== 'number' || typeof m.confidence !== 'number' || !m.context) {
    fail('"mined" needs count, confidence and context');
  }
  return {
    count: m.count!,
    confidence: m.confidence!,
    method: m.method === 'aligned' ? 'aligned' : 'inline',
    context: m.context!,
    conflicts: Array.isArray(m.conflicts) ? m.conflicts : [],
    revisions: Array.isArray(m.revisions) ? m.revisions : [],
    ...(m.glossary ? { glossary: m.glossary } : {}),
  };
}

function readLangs(raw: unknown): GlossaryLangs {
  const o = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const pick = (k: keyof GlossaryLangs) =>
    typeof o[k] === 'string' && o[k] ? (o[k] as string) : DEFAULT_LANGS[k];
  return { en: pick('en'), hant: pick('hant'), hans: pick('hans') };
}

function read(text: string, file: string): GlossaryFile {
  const doc = parseJson(text, file);
  let list: unknown;
  let langs = DEFAULT_LANGS;
  if (Array.isArray(doc)) list = doc;
  else if (
    typeof doc === 'object' &&
    doc !== null &&
    Array.isArray((doc as { terms?: unknown }).terms)
  ) {
    list = (doc as { terms: unknown[] }).terms;
    langs = readLangs((doc as { langs?: unknown }).langs);
  } else {
    throw new InputError('not a zhen JSON glossary: expected {"terms": [...]} or an array', {
      file,
      line: 1,
    });
  }
  return { format: 'json', langs, terms: (list as unknown[]).map((t, i) => readTerm(t, i, file)) };
}

function detect(text: string): boolean {
  const head = text.replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('{'))
    return /"terms"\s*:/.test(head.slice(0, 4000)) || head.includes(`"${MAGIC}"`);
  return head.startsWith('[') && /^\[\s*(\]|\{)/.test(head);
}

export const json: GlossaryFormat = {
  name: 'json',
  title: 'JSON (the full zhen Term model)',
  extensions: ['json'],
  traits: LOSSLESS,
  drops: 'nothing (origin is set to the file read)',
  detect,
  write,
  read,
};
