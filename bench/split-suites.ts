/**
 * Scores of zhen's splitter and, for comparison, Intl.Segmenter (sentence granularity, built
 * into Node) on the published rule suites of pragmatic_segmenter and pySBD.
 *
 *   npx tsx bench/split-suites.ts            summary lines
 *   npx tsx bench/split-suites.ts --failures also every case zhen fails (input, expected, got)
 *
 * Cases and scoring: test/segment/rule-suites.ts and its fixtures.
 */
import {
  diagnose,
  intlSplitter,
  loadSuites,
  percent,
  report,
  runSuite,
  type SuiteResult,
  zhenSplitter,
} from '../test/segment/rule-suites.js';

const failures = process.argv.includes('--failures');
const suites = loadSuites();
const zhen = suites.map((s) => runSuite(s, zhenSplitter));
const intl = suites.map((s) => runSuite(s, intlSplitter));

const width = Math.max(...suites.map((s) => s.label.length));
const cell = (r: SuiteResult) =>
  `${r.passed}/${r.total} (${percent(r.passed, r.total)})`.padEnd(18);
console.log(`${'suite'.padEnd(width)}  ${'zhen'.padEnd(18)}Intl.Segmenter`);
suites.forEach((s, k) => {
  console.log(`${s.label.padEnd(width)}  ${cell(zhen[k]!)}${cell(intl[k]!)}`);
});
const total = (rs: SuiteResult[]) => {
  const passed = rs.reduce((n, r) => n + r.passed, 0);
  const all = rs.reduce((n, r) => n + r.total, 0);
  return `${passed}/${all} (${percent(passed, all)})`.padEnd(18);
};
console.log(`${'all cases'.padEnd(width)}  ${total(zhen)}${total(intl)}`);

// How zhen's failures split: text the splitter cannot reproduce (the suites' cleaners) vs.
// boundaries missed or added.
const kinds = new Map<string, number>();
for (const r of zhen)
  for (const x of r.results.filter((y) => !y.pass)) {
    const k = diagnose(x).kind;
    kinds.set(k, (kinds.get(k) ?? 0) + 1);
  }
console.log(
  `zhen failures by kind: ${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}`,
);

if (failures) {
  console.log('');
  console.log(report(zhen, 'zhen: '));
}
