/**
 * The matcher against the shipped glossaries themselves: every Chinese form of every law-like
 * entry is found as that entry, in 《》 and bare after 根據, and every English form after "the";
 * filing terms (kind `term`) are never reported. Catches forms that collide or cannot be found.
 */
import { describe, expect, it } from 'vitest';
import { lawIndex } from '../../src/glossary/law-index.js';
import { matchLawNames } from '../../src/glossary/matcher.js';
import { enForms, zhForms } from '../../src/glossary/model.js';
import { shippedGlossaryIndex } from '../../src/glossary/shipped.js';

describe('shipped glossary forms', () => {
  const index = shippedGlossaryIndex();
  const laws = lawIndex(index).laws;

  it('every Chinese form is found as its own entry', () => {
    const wrong: string[] = [];
    for (const t of index.terms) {
      if (!laws.has(t)) continue;
      for (const form of zhForms(t)) {
        for (const text of [`根據《${form}》，`, `根據${form}，`]) {
          const ms = matchLawNames(text, index, { from: 'zh' });
          if (ms.length !== 1 || ms[0]!.id !== t.id) wrong.push(`${t.id}: ${text}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('every English form is found as its own entry', () => {
    const wrong: string[] = [];
    for (const t of index.terms) {
      if (!laws.has(t)) continue;
      for (const form of enForms(t)) {
        const ms = matchLawNames(`It is subject to the ${form}.`, index, { from: 'en' });
        if (ms.length !== 1 || ms[0]!.id !== t.id) wrong.push(`${t.id}: ${form}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('filing terms are not reported as law names', () => {
    const ms = matchLawNames('「關連交易」及《年報》；根據組織章程細則，董事會', index, {
      from: 'zh',
    });
    expect(ms).toEqual([]);
    expect(matchLawNames('the connected transaction and the Board', index, { from: 'en' })).toEqual(
      [],
    );
  });
});
