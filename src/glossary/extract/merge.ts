/**
 * Occurrences → glossary entries. Occurrences of one Chinese name are merged after folding
 * (Traditional/Simplified, width, spaces, 《》, revision suffix, with or without 中華人民共和國);
 * their English titles are grouped by folded key (case, apostrophes, Peoples/People's/PRC, word
 * order "X of the PRC" = "PRC X"). The most frequent title becomes `en`, its other spellings,
 * the short forms given with it (`(the "Constitution")`, `或(AFRC)`) and the PRC spellings
 * become variants; a second title that differs in words is a conflict: kept in `mined.conflicts`,
 * named in the note and returned as a warning. Entries already in the glossary are marked, with
 * whether the mined English is the glossary's title, a variant, or different. Pure.
 */

import { toSimplified } from '../../text/opencc.js';
import { scriptOf, slugId, toTraditional, unique, uniqueIds } from '../formats/common.js';
import type { GlossaryTerm, MinedInfo } from '../formats/format.js';
import { enKey, enKeysLoose, zhKey } from '../keys.js';
import { enForms } from '../model.js';
import { type GlossaryIndex, lookupZh, shippedGlossaryIndex } from '../shipped.js';
import { prcAliases } from './english.js';
import { jurisdictionOf, kindOf, zhEnding } from './heads.js';
import type { Occurrence } from './types.js';

export interface MergeResult {
  terms: GlossaryTerm[];
  /** one line per Chinese name with conflicting English titles */
  warnings: string[];
}

const PRC_ZH = /^(?:中华人民共和国|中華人民共和國)/u;
const ACRONYM = /^[A-Z][A-Z0-9&.-]{1,9}$/;

/** The merge key of a Chinese name: folded, without revision suffix and 中華人民共和國. */
export function zhGroupKey(zh: string): string {
  return zhKey(zh)
    .replace(/\(\d{4}年?[^)]*\)$/u, '')
    .replace(PRC_ZH, '');
}

/** The merge key of an English title: folded, without revision/Cap. suffix and "PRC". */
export function enGroupKey(en: string): string {
  return (enKeysLoose(en).at(-1) ?? enKey(en))
    .replace(/\bprc\b/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function mostFrequent(list: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const s of list) counts.set(s, (counts.get(s) ?? 0) + 1);
  let best = list[0]!;
  for (const [s, n] of counts) if (n > counts.get(best)!) best = s;
  return best;
}

function glossaryMark(zh: string, en: string, index: GlossaryIndex): MinedInfo['glossary'] {
  const term = lookupZh(zh, index)[0];
  if (!term) return undefined;
  const keys = new Set(enKeysLoose(en));
  const same = (form: string) => enKeysLoose(form).some((k) => keys.has(k));
  const match = same(term.en) ? 'preferred' : enForms(term).some(same) ? 'variant' : 'different';
  return { id: term.id, en: term.en, authority: term.authority, match };
}

function summary(info: MinedInfo): string {
  const c = info.context;
  const where =
    c.unit !== undefined
      ? `${c.file}#${c.unit}`
      : c.offset !== undefined
        ? `${c.file}:${c.offset}`
        : c.file;
  const parts = [
    `mined ${info.count}× (${info.method}), confidence ${info.confidence}, first at ${where}`,
  ];
  if (info.glossary) {
    const how = {
      preferred: 'same English',
      variant: 'a variant of its English',
      different: `its English is "${info.glossary.en}"`,
    };
    const authority = info.glossary.authority ? `, ${info.glossary.authority}` : '';
    parts.push(`in glossary as ${info.glossary.id} (${how[info.glossary.match]}${authority})`);
  }
  if (info.conflicts.length)
    parts.push(`CONFLICT: also rendered ${info.conflicts.map((s) => `"${s}"`).join(', ')}`);
  if (info.revisions.length) parts.push(`revisions: ${info.revisions.join(', ')}`);
  return parts.join('; ');
}

function oneTerm(
  group: Occurrence[],
  index: GlossaryIndex,
): { term: GlossaryTerm; warning?: string } {
  // Chinese: prefer the full title (with 中華人民共和國), then the most frequent form
  const zhs = group.map((o) => o.zh);
  const full = zhs.filter((z) => PRC_ZH.test(z));
  const zh = mostFrequent(full.length ? full : zhs);
  // English: titles grouped by folded key, biggest group first; acronyms are variants only
  const titles = group.filter((o) => !ACRONYM.test(o.en));
  const byKey = new Map<string, Occurrence[]>();
  for (const o of titles.length ? titles : group) {
    const k = enGroupKey(o.en);
    const list = byKey.get(k);
    if (list) list.push(o);
    else byKey.set(k, [o]);
  }
  const groups = [...byKey.values()].sort((a, b) => b.length - a.length);
  const main = groups[0]!;
  const en = mostFrequent(main.map((o) => o.en));
  const conflicts = groups.slice(1).map((g) => mostFrequent(g.map((o) => o.en)));
  const enVariants = unique([
    ...main.map((o) => o.en),
    ...group.flatMap((o) => o.enAliases),
    ...group.filter((o) => ACRONYM.test(o.en)).map((o) => o.en),
    ...prcAliases(en),
  ]).filter((v) => v !== en && !conflicts.includes(v));
  const zhVariants = unique([...zhs, ...(PRC_ZH.test(zh) ? [zh.replace(PRC_ZH, '')] : [])]).filter(
    (v) => v !== zh,
  );
  const first = group[0]!;
  const count = group.length;
  const glossary = glossaryMark(zh, en, index);
  let confidence = group.reduce((m, o) => Math.max(m, o.confidence), 0) + 0.03 * (count - 1);
  if (glossary && glossary.match !== 'different') confidence = Math.max(confidence, 0.95);
  if (conflicts.length) confidence -= 0.1;
  const mined: MinedInfo = {
    count,
    confidence: Math.round(Math.min(1, Math.max(0, confidence)) * 100) / 100,
    method: group.some((o) => o.method === 'inline') ? 'inline' : 'aligned',
    context: first.context,
    conflicts,
    revisions: unique(group.flatMap((o) => o.revisions)),
    ...(glossary ? { glossary } : {}),
  };
  const hans = scriptOf(zh) === 'hans';
  const jurisdiction = jurisdictionOf(en, zh);
  const term: GlossaryTerm = {
    id: slugId(en, 'mined'),
    kind: kindOf(en, zh, jurisdiction),
    jurisdiction,
    zhHant: hans ? toTraditional(zh) : zh,
    zhHans: hans ? zh : toSimplified(zh),
    en,
    enVariants,
    zhVariants,
    instrument: zhEnding(zh),
    cap: '',
    authority: 'common',
    checked: '',
    source: first.context.file,
    note: summary(mined),
    origin: first.context.file,
    mined,
  };
  const warning = conflicts.length
    ? `${zh}: conflicting English titles: ${[en, ...conflicts].map((s, i) => `"${s}" (${groups[i]!.length}×)`).join(', ')}`
    : undefined;
  return { term, warning };
}

/** Merge occurrences (in input order) into glossary entries, first-seen order. */
export function mergeOccurrences(
  occurrences: readonly Occurrence[],
  index: GlossaryIndex = shippedGlossaryIndex(),
): MergeResult {
  const groups = new Map<string, Occurrence[]>();
  for (const o of occurrences) {
    const k = zhGroupKey(o.zh);
    const list = groups.get(k);
    if (list) list.push(o);
    else groups.set(k, [o]);
  }
  const terms: GlossaryTerm[] = [];
  const warnings: string[] = [];
  for (const group of groups.values()) {
    const { term, warning } = oneTerm(group, index);
    terms.push(term);
    if (warning) warnings.push(warning);
  }
  return { terms: uniqueIds(terms), warnings };
}
