/**
 * The reporter registry: every reporter renders; text groups by check with a summary line and
 * colours only when asked; JSON has findings and summary; HTML is self-contained and marks
 * every finding at its offsets.
 */
import { describe, expect, it } from 'vitest';
import { highlight } from '../../src/qa/reporters/html.js';
import { reporterNames, reporters } from '../../src/qa/reporters/index.js';
import { qa } from './helpers.js';

const result = qa([
  [
    'The Consideration of RMB947.2 million is payable <now>.',
    '代價人民幣947.2億元須予支付 <現在>。',
  ],
  ['Completion is expected in the first half of 2024.', '預期於2024年完成。'],
  ['It is approved.', ''],
]);

describe('reporters', () => {
  it.each(reporterNames)('%s renders a result and an empty result', (name) => {
    expect(reporters[name](result).length).toBeGreaterThan(0);
    expect(reporters[name](qa([['Fine.', '好。']])).length).toBeGreaterThan(0);
  });

  it('text: grouped by check, hashes, a summary line, colour only when asked', () => {
    const text = reporters.text(result);
    expect(text).toMatch(/^numbers \(1\)$/m);
    expect(text).toMatch(/^dates \(1\)$/m);
    expect(text).toMatch(/^omissions \(1\)$/m);
    for (const f of result.findings) expect(text).toContain(`#${f.hash}`);
    expect(text.trimEnd().split('\n').pop()).toMatch(
      /^3 findings \(3 errors, 0 warnings, 0 notes\) in 3 pairs/,
    );
    expect(text).not.toContain('\x1b[');
    expect(reporters.text(result, { color: true })).toContain('\x1b[31m');
  });

  it('json: findings with hash and offsets, and the summary', () => {
    const json = JSON.parse(reporters.json(result));
    expect(Object.keys(json)).toEqual(['findings', 'summary']);
    expect(json.findings).toHaveLength(3);
    const f = json.findings[0];
    expect(Object.keys(f)).toEqual(
      expect.arrayContaining([
        'check',
        'severity',
        'source',
        'target',
        'message',
        'srcOffsets',
        'tgtOffsets',
        'hash',
        'unit',
      ]),
    );
    expect(json.summary.bySeverity).toEqual({ error: 3, warning: 0, info: 0 });
    expect(json.summary.units).toBe(3);
  });

  it('html: self-contained, escaped, every finding marked and listed', () => {
    const html = reporters.html(result);
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).not.toMatch(/<(?:link|img|iframe)\b|\bsrc=|https?:\/\//);
    expect(html).toContain('&lt;now&gt;');
    expect(html).not.toContain('<now>');
    for (let i = 0; i < result.findings.length; i++) {
      expect(html).toMatch(new RegExp(`<mark [^>]*data-f="(?:\\d+ )*${i}(?: \\d+)*"`));
      expect(html).toContain(`id="f-${i}"`);
    }
    expect(html).toContain('<mark class="hl sev-error" data-f="0">RMB947.2 million</mark>');
    expect(html).toContain('<mark class="hl sev-error" data-f="0">人民幣947.2億元</mark>');
  });

  it('highlight splits overlapping marks and shows empty spans as a caret', () => {
    const out = highlight('abcdef', [
      { start: 1, end: 4, finding: 0, severity: 'warning' },
      { start: 2, end: 5, finding: 1, severity: 'error' },
      { start: 6, end: 6, finding: 2, severity: 'info' },
    ]);
    expect(out).toBe(
      'a<mark class="hl sev-warning" data-f="0">b</mark><mark class="hl sev-error" data-f="0 1">cd</mark><mark class="hl sev-error" data-f="1">e</mark>f<mark class="hl sev-info point" data-f="2">‸</mark>',
    );
  });
});
