import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, zhen } from '../helpers/cli.js';

const dir = join(ROOT, 'corpora', 'announcement');
const hashes = (en: string, zh: string) => {
  const r = zhen(['qa', join(dir, en), join(dir, zh), '--format', 'json']);
  expect(r.status, r.stderr).toBe(0);
  return (JSON.parse(r.stdout).findings as { hash: string }[]).map((f) => f.hash).sort();
};

/** Issue #6: the findings do not depend on whether the filing came as text, PDF or Word. */
describe('zhen qa on PDF and DOCX inputs', () => {
  it('reports the same findings on the PDF and DOCX pairs as on the text pair', () => {
    const text = hashes('en.txt', 'zh.txt');
    expect(hashes('en.pdf', 'zh.pdf')).toEqual(text);
    expect(hashes('en.docx', 'zh.docx')).toEqual(text);
  });

  it('finds the same planted errors whether the English comes as text or PDF', () => {
    const text = hashes('en.txt', join('qa-errors', 'zh.txt'));
    expect(text.length).toBeGreaterThan(20);
    expect(hashes('en.pdf', join('qa-errors', 'zh.txt'))).toEqual(text);
  });
});
