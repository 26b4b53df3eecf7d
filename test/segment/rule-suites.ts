/**
 * The published rule suites of pragmatic_segmenter and pySBD (fixtures/*.json), scored against a
 * sentence splitter. Shared by test/segment/rule-suites.test.ts and bench/split-suites.ts.
 *
 * Scoring follows the suites themselves: a case passes when the splitter's segments, each trimmed
 * (empty ones dropped), equal the expected list, each trimmed, exactly. No other normalisation:
 * - options the suites pass (pragmatic `doc_type: 'pdf'`, `clean: false`, `language: nil`; pySBD
 *   `clean`, `char_span`) are recorded in the fixtures but zhen has no such switches: every case
 *   runs as plain `split(input, { lang })` and counts. zhen always joins wrapped lines, which is
 *   what `doc_type: 'pdf'` asks for; it does no HTML/markup cleaning, so cases whose expected
 *   text needs pragmatic_segmenter's cleaner count as failures (digest class "cleaning").
 * - no expected segment in these suites contains a newline; a segment that still holds one
 *   (Intl.Segmenter keeps the input's line breaks) fails.
 * - cases the source skips (pragmatic #018) or marks xfail (pySBD's copy of it) are run and
 *   counted like the others; the thresholds (51/52, 47/48) already allow for them.
 */
import { readFileSync } from 'node:fs';
import { split } from '../../src/segment/index.js';

export type SuiteLang = 'en' | 'zh';

export interface SuiteCase {
  id: string;
  group: string;
  name: string;
  input: string;
  expected: string[];
  options: Record<string, unknown>;
  skip?: string;
  xfail?: boolean;
  note?: string;
  suite?: string;
}

export interface Suite {
  /** the label printed in the summary line */
  label: string;
  lang: SuiteLang;
  cases: SuiteCase[];
}

interface Fixture {
  cases: SuiteCase[];
}

function fixture(name: string): Fixture {
  return JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'));
}

export function loadSuites(): Suite[] {
  const ps = fixture('pragmatic-segmenter-en.json').cases;
  const py = fixture('pysbd-en.json').cases;
  const zh = fixture('zh-cases.json').cases;
  return [
    {
      label: 'pragmatic_segmenter golden rules',
      lang: 'en',
      cases: ps.filter((c) => c.group === 'golden rules'),
    },
    {
      label: 'pragmatic_segmenter english_spec #segment',
      lang: 'en',
      cases: ps.filter((c) => c.group === 'segment'),
    },
    {
      label: 'pySBD golden rules',
      lang: 'en',
      cases: py.filter((c) => c.group === 'golden rules'),
    },
    {
      label: 'pySBD regression issues',
      lang: 'en',
      cases: py.filter((c) => c.group === 'regression'),
    },
    { label: 'Chinese (pragmatic_segmenter + pySBD)', lang: 'zh', cases: zh },
  ];
}

/** A splitter under test: text in, segment texts out. */
export type Splitter = (text: string, lang: SuiteLang) => string[];

export const zhenSplitter: Splitter = (text, lang) => split(text, { lang }).map((s) => s.text);

export const intlSplitter: Splitter = (text, lang) => {
  const seg = new Intl.Segmenter(lang, { granularity: 'sentence' });
  return [...seg.segment(text)].map((s) => s.segment);
};

export interface CaseResult {
  c: SuiteCase;
  got: string[];
  pass: boolean;
}

export interface SuiteResult {
  suite: Suite;
  passed: number;
  total: number;
  results: CaseResult[];
}

export function clean(segments: string[]): string[] {
  return segments.map((s) => s.trim()).filter((s) => s !== '');
}

export function runSuite(suite: Suite, splitter: Splitter): SuiteResult {
  const results = suite.cases.map((c) => {
    const got = clean(splitter(c.input, suite.lang));
    const want = clean(c.expected);
    const pass = got.length === want.length && got.every((s, k) => s === want[k]);
    return { c, got, pass };
  });
  return {
    suite,
    passed: results.filter((r) => r.pass).length,
    total: results.length,
    results,
  };
}

export function percent(passed: number, total: number): string {
  return `${((100 * passed) / total).toFixed(1)}%`;
}

/** "pragmatic_segmenter golden rules: 50/52 (96.2%)" */
export function summaryLine(r: SuiteResult, who = ''): string {
  return `${who}${r.suite.label}: ${r.passed}/${r.total} (${percent(r.passed, r.total)})`;
}

const show = (s: string, max = 400) =>
  JSON.stringify(s.length > max ? `${s.slice(0, max)} …[${s.length - max} more chars]` : s);

const squeeze = (s: string) => s.replace(/\s+/g, '');

/**
 * The boundaries of a segment list as offsets into the segments' text with all white space
 * removed (so that lists from different splitters can be compared), each with a short context:
 * "…end of one segment ‖ start of the next…".
 */
function boundaries(xs: string[]): Map<number, string> {
  const out = new Map<number, string>();
  let n = 0;
  for (let k = 0; k + 1 < xs.length; k++) {
    n += squeeze(xs[k]!).length;
    const before = xs[k]!.slice(-40);
    const after = xs[k + 1]!.slice(0, 30);
    out.set(
      n,
      `${before.length < xs[k]!.length ? '…' : ''}${before} ‖ ${after}${after.length < xs[k + 1]!.length ? '…' : ''}`,
    );
  }
  return out;
}

export interface Diagnosis {
  /** "cleaning", "whitespace", "missed", "extra" or "missed+extra" */
  kind: string;
  /** expected boundaries the splitter did not find */
  missed: string[];
  /** boundaries the splitter found that the suite does not expect */
  extra: string[];
}

/**
 * A rough first cut of why a case fails, for the digest:
 * - "cleaning": the expected text is not the input's text (markup removed, dot leaders dropped,
 *   characters replaced or removed), so no choice of boundaries can match it;
 * - "whitespace": same boundaries, but the segment text differs in white space;
 * - "missed" / "extra" / "missed+extra": the boundaries differ (listed with context).
 */
export function diagnose(r: CaseResult): Diagnosis {
  const want = clean(r.c.expected);
  const got = r.got;
  if (squeeze(want.join('')) !== squeeze(got.join('')))
    return { kind: 'cleaning', missed: [], extra: [] };
  const w = boundaries(want);
  const g = boundaries(got);
  const missed = [...w].filter(([at]) => !g.has(at)).map(([, ctx]) => ctx);
  const extra = [...g].filter(([at]) => !w.has(at)).map(([, ctx]) => ctx);
  const kind =
    missed.length && extra.length
      ? 'missed+extra'
      : missed.length
        ? 'missed'
        : extra.length
          ? 'extra'
          : 'whitespace';
  return { kind, missed, extra };
}

/**
 * One failing case as text: input, expected, got. Long outputs show only the stretch where they
 * differ (same leading and trailing segments cut, one kept on each side for context), and every
 * missed or extra boundary is listed with its context.
 */
export function formatFailure(r: CaseResult, maxSegments = 8): string {
  const want = clean(r.c.expected);
  const got = r.got;
  let a = 0;
  while (a < want.length && a < got.length && want[a] === got[a]) a++;
  let b = 0;
  while (
    b < want.length - a &&
    b < got.length - a &&
    want[want.length - 1 - b] === got[got.length - 1 - b]
  )
    b++;
  a = Math.max(0, a - 1);
  b = Math.max(0, b - 1);
  const part = (xs: string[], label: string) => {
    const diff = xs.slice(a, xs.length - b);
    const range = a > 0 || b > 0 ? ` (segments ${a + 1}..${xs.length - b} of ${xs.length})` : '';
    return [
      `    ${label}${range}:`,
      ...diff.slice(0, maxSegments).map((s) => `      ${show(s, 300)}`),
      ...(diff.length > maxSegments ? [`      … ${diff.length - maxSegments} more`] : []),
    ];
  };
  const d = diagnose(r);
  const flags = [
    r.c.skip !== undefined ? `skipped in source: ${r.c.skip}` : '',
    r.c.xfail ? 'xfail in source' : '',
    Object.keys(r.c.options).length ? `options ${JSON.stringify(r.c.options)}` : '',
  ]
    .filter(Boolean)
    .join('; ');
  const cuts = (label: string, xs: string[]) => [
    ...xs.slice(0, 20).map((ctx) => `    ${label} ${JSON.stringify(ctx)}`),
    ...(xs.length > 20 ? [`    ${label} … ${xs.length - 20} more`] : []),
  ];
  return [
    `  ✗ ${r.c.id} ${r.c.name}${flags ? ` (${flags})` : ''}  [${d.kind}]`,
    `    input:    ${show(r.c.input)}`,
    ...part(want, 'expected'),
    ...part(got, 'got'),
    ...cuts('missed boundary:', d.missed),
    ...cuts('extra boundary: ', d.extra),
  ].join('\n');
}

/** The summary lines and failing cases of one run, as printed by the test and the bench. */
export function report(results: SuiteResult[], who = '', failures = true): string {
  const out: string[] = [];
  for (const r of results) {
    out.push(summaryLine(r, who));
    if (!failures) continue;
    for (const f of r.results.filter((x) => !x.pass)) out.push(formatFailure(f));
  }
  return out.join('\n');
}
