/** `zhen match FILE`: law, regulation, ordinance and rule-book names found, with their titles. */

import { type Command, Option } from 'commander';
import type { LawMatch } from '../glossary/law-match.js';
import { matchLawNames } from '../glossary/matcher.js';
import { buildIndex } from '../glossary/shipped.js';
import { hasHan } from '../text/script.js';
import { encodingOption, outputOption, readInput, writeOutput } from './common.js';
import { collect, loadGlossaries } from './glossaries.js';

interface MatchCliOptions {
  glossary: string[];
  format: 'text' | 'jsonl';
  from: 'zh' | 'en' | 'auto';
  gaps: boolean;
  encoding?: string;
  output?: string;
}

export function registerMatch(program: Command): void {
  program
    .command('match')
    .description(
      'find law, regulation, ordinance and rule-book names, with offsets and the title on the other side',
    )
    .argument('<file>', "input file, or '-' for standard input")
    .option('--glossary <file>', 'add a glossary TSV (repeatable)', collect, [])
    .addOption(
      new Option('--format <format>', 'output format').choices(['text', 'jsonl']).default('text'),
    )
    .addOption(
      new Option('--from <lang>', 'language of the text (auto: detected)')
        .choices(['zh', 'en', 'auto'])
        .default('auto'),
    )
    .option('--no-gaps', 'do not report names that are in no glossary')
    .addOption(encodingOption())
    .addOption(outputOption())
    .addHelpText(
      'after',
      `
Output: one line per name, sorted by offset. text: START-END, the text as found, the title on
the other side, kind, revision and Cap.; "gap" for a name in no glossary. jsonl: one object per
name: {start, end, text, zh, en, kind, id, instrument, revision: {year, type, text}, cap,
cites, note}; start/end are JavaScript string offsets into the decoded input.

Examples:
  zhen match announcement.zh.txt
  zhen match --format jsonl --glossary my-laws.tsv prospectus.zh.txt
  zhen match --from en announcement.en.txt
`,
    )
    .action(async (file: string, options: MatchCliOptions) => {
      const terms = loadGlossaries(options.glossary);
      const source = await readInput(file, { encoding: options.encoding });
      const matches = matchLawNames(source.text, buildIndex(terms), {
        from: options.from,
        gaps: options.gaps,
      });
      const lines =
        options.format === 'jsonl'
          ? matches.map((m) => JSON.stringify(jsonOf(m)))
          : matches.map(textLine);
      writeOutput(lines.length ? `${lines.join('\n')}\n` : '', options.output, [file]);
    });
}

/** The JSON object of a match, keys in a fixed order. */
function jsonOf(m: LawMatch): Record<string, unknown> {
  const o: Record<string, unknown> = { start: m.start, end: m.end, text: m.text };
  if (m.zh !== undefined) o.zh = m.zh;
  if (m.en !== undefined) o.en = m.en;
  o.kind = m.kind;
  if (m.id) o.id = m.id;
  if (m.instrument) o.instrument = m.instrument;
  if (m.revision) o.revision = m.revision;
  if (m.cap) o.cap = m.cap;
  if (m.cites) o.cites = m.cites.map(jsonOf);
  if (m.note) o.note = m.note;
  return o;
}

/** `START-END  text  →  other title  (kind; revision; Cap.)`, one line. */
function textLine(m: LawMatch): string {
  const fromZh = hasHan(m.text);
  const other = m.kind === 'gap' ? 'gap' : `→ ${fromZh ? m.en : m.zh}`;
  const facts: string[] = [m.kind === 'gap' ? (m.instrument ?? '') : m.kind];
  if (m.revision) facts.push(`revision ${m.revision.year} ${m.revision.type}`);
  if (m.cap) facts.push(`Cap. ${m.cap}`);
  for (const c of m.cites ?? []) facts.push(`cites ${c.text}${c.en ? ` (${c.en})` : ''}`);
  if (m.note) facts.push(m.note);
  const shown = m.text.replace(/\s*\n\s*/g, ' ');
  const tail = facts.filter(Boolean).join('; ');
  return `${m.start}-${m.end}\t${shown}\t${other}${tail ? `\t(${tail})` : ''}`;
}
