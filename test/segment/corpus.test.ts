import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { split } from '../../src/segment/index.js';
import { ROOT } from '../helpers/cli.js';

const dir = join(ROOT, 'corpora', 'announcement');
const squeeze = (s: string) => s.replace(/\s+/g, ' ').trim();
const lines = (file: string) =>
  readFileSync(join(dir, file), 'utf8').split('\n').filter(Boolean).map(squeeze);

/** The project's sample filing: the reference split (`*.sent`) from the clean and the PDF-extracted text. */
describe('split on the sample filing pair', () => {
  it.each([
    ['en.txt', 'en.sent'],
    ['zh.txt', 'zh.sent'],
    ['en.pdf.txt', 'en.sent'],
    ['zh.pdf.txt', 'zh.sent'],
  ])('%s gives the sentences of %s', (input, reference) => {
    const got = split(readFileSync(join(dir, input), 'utf8')).map((s) => squeeze(s.text));
    expect(got).toEqual(lines(reference));
  });
});
