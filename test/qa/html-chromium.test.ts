/**
 * The HTML report in a real browser: headless Chromium (Debian package `chromium`, driven by
 * playwright-core) opens the report of the planted announcement offline and shows every finding
 * of the JSON report: one list item each and at least one visible highlight at its offsets,
 * whose text is the flagged text. No network request is made. Skipped, with a message, when
 * /usr/bin/chromium is not installed (`apt-get install -y chromium`).
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { termPairsFromTerms } from '../../src/align/glossary.js';
import { makeDoc } from '../../src/document.js';
import { shippedTerms } from '../../src/glossary/shipped.js';
import { qaDocuments } from '../../src/qa/index.js';
import { reporters } from '../../src/qa/reporters/index.js';
import { ROOT } from '../helpers/cli.js';
import { lexicon } from './helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) {
  console.warn(
    `skipping the HTML report browser test: ${CHROMIUM} is missing (apt-get install -y chromium)`,
  );
}

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

describe.skipIf(!hasChromium)('HTML report in headless Chromium', () => {
  it('shows every finding of the JSON report, highlighted at its offsets, offline', async () => {
    const dir = join(ROOT, 'corpora', 'announcement');
    const result = qaDocuments(
      makeDoc(readFileSync(join(dir, 'en.txt'), 'utf8'), { path: 'en.txt' }),
      makeDoc(readFileSync(join(dir, 'qa-errors', 'zh.txt'), 'utf8'), { path: 'zh.txt' }),
      { termPairs: termPairsFromTerms(shippedTerms()), lexicon },
    );
    const json = JSON.parse(reporters.json(result)) as {
      findings: { severity: string; flagged: { source: string; target: string } }[];
    };
    expect(json.findings.length).toBeGreaterThan(20);
    const work = mkdtempSync(join(tmpdir(), 'zhen-html-'));
    const file = join(work, 'report.html');
    writeFileSync(file, reporters.html(result));

    const context = await chromium.launchPersistentContext(join(work, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: ARGS,
    });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      const requests: string[] = [];
      page.on('request', (r) => {
        if (!r.url().startsWith('file:')) requests.push(r.url());
      });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(pathToFileURL(file).href);

      // runs in the page (a string: this project's TypeScript has no DOM types)
      const dom = (await page.evaluate(`(() => {
        const items = [...document.querySelectorAll('li.finding')];
        const shown = items.map((li) => {
          const id = li.getAttribute('data-f');
          const marks = [...document.querySelectorAll('mark[data-f~="' + id + '"]')];
          const visible = marks.filter((m) => {
            const r = m.getBoundingClientRect();
            return r.width > 0 && r.height > 0 && getComputedStyle(m).visibility !== 'hidden';
          });
          const text = (cls) => marks.filter((m) => m.closest('td.' + cls)).map((m) => m.textContent).join('');
          return { id: Number(id), marks: visible.length, src: text('src'), tgt: text('tgt') };
        });
        return { items: items.length, shown };
      })()`)) as {
        items: number;
        shown: { id: number; marks: number; src: string; tgt: string }[];
      };
      expect(errors).toEqual([]);
      expect(requests).toEqual([]);
      expect(dom.items).toBe(json.findings.length);
      const unmarked = dom.shown.filter((s) => s.marks === 0).map((s) => s.id);
      expect(unmarked).toEqual([]);
      const squash = (s: string) => s.replace(/\s+/g, '');
      for (const s of dom.shown) {
        const f = json.findings[s.id]!;
        if (f.flagged.source) expect(squash(s.src)).toBe(squash(f.flagged.source));
        if (f.flagged.target) expect(squash(s.tgt)).toBe(squash(f.flagged.target));
      }

      // hovering a finding lights its marks; the severity filter hides findings
      await page.hover('li.finding[data-f="0"]');
      expect(await page.locator('mark.active').count()).toBeGreaterThan(0);
      await page.uncheck('input[data-severity="error"]');
      const errorsShown = await page.locator('li.finding.sev-error:visible').count();
      expect(errorsShown).toBe(0);
      await page.screenshot({ path: join(work, 'report.png') });
    } finally {
      await context.close();
    }
  });
});
