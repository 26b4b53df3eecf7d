/** Units and write options shared by the format tests. */
import type { WriteOptions } from '../../src/formats/index.js';
import type { Unit } from '../../src/types.js';

function unit(
  id: string,
  source: string,
  target: string,
  score: number | undefined,
  bead: [number[], number[]] | undefined,
  extra: Partial<Unit> = {},
): Unit {
  const u: Unit = { id, source, target, srcLang: 'en', tgtLang: 'zh-HK', ...extra };
  if (score !== undefined) u.score = score;
  if (bead) u.bead = { src: bead[0], tgt: bead[1] };
  return u;
}

/** The hard cases: markup characters, edge spaces, tabs and newlines, astral characters. */
export const hardUnits: Unit[] = [
  unit(
    '1',
    `Section 3 & "Schedule 1" <A> isn't 'final'`,
    '第3條及「附表1」<甲>&乙',
    0.93,
    [[0], [0]],
    {
      notes: ['check the date', 'a second note & <more>'],
      props: { method: 'length+lexicon' },
    },
  ),
  unit('2', '  leading and trailing spaces  ', '\u3000全形空格\u3000 ', 0.875, [[1], [1, 2]]),
  unit('3', 'Emoji 😀 and CJK Extension B 𠀀', '表情😀與𠀀', 0.41, [[2, 3], [3]], { review: true }),
  unit('4', 'tab\there\nnew line\r\nCRLF \\ backslash \\t', '制表\t符\n換行\r回車', 0.5, [
    [4],
    [5],
  ]),
  unit('5', '0012', '1e3', 1, [[5], [6]]),
  unit('6', 'Score under the threshold only.', '分數低於門檻。', 0.2, [[6], [7]]),
  unit('7', 'An omitted sentence.', '', 0.1, [[7], []], { review: true }),
  unit('8', '', '只有中文的句子。', 0.1, [[], [8]]),
  unit('9', 'No score, no bead.', '沒有分數。', undefined, undefined),
];

/** Aligned regulatory sentences as the aligner writes them (what CAT tools get). */
export const alignedUnits: Unit[] = [
  unit(
    '1',
    'The Company Law of the People\'s Republic of China (the "Company Law") & its rules.',
    '《中華人民共和國公司法》（「公司法」）及其規則。',
    0.94,
    [[0], [0]],
  ),
  unit(
    '2',
    'Revenue increased by 12.5% to HK$1,234.5 million <unaudited>.',
    '收益增加12.5%至1,234.5百萬港元〈未經審核〉。',
    0.88,
    [[1], [1]],
  ),
  unit(
    '3',
    'The Board is pleased 😀 to announce the results. Stock code: 0012.',
    '董事會欣然宣佈業績😀。股份代號：0012。',
    0.42,
    [[2, 3], [2]],
    { review: true },
  ),
  unit('4', 'Dividend of HK$0.25 per share.', '每股股息0.25港元。', 0.81, [[4], [3]], {
    notes: ['amounts checked'],
  }),
  unit('5', 'This sentence has no Chinese counterpart.', '', 0.05, [[5], []], { review: true }),
];

export const writeOptions: WriteOptions = {
  srcLang: 'en',
  tgtLang: 'zh_hk',
  creationDate: new Date(Date.UTC(2025, 0, 15, 9, 30, 0)),
  toolVersion: '0.1.0',
  sourceDocument: 'announcement.en.txt',
  targetDocument: 'announcement.zh.txt',
  notes: ['The two documents may not be translations of each other (low average score).'],
  reviewThreshold: 0.3,
};

/** What a unit's review flag must be after a write with `writeOptions`. */
export function expectedReview(u: Unit): boolean {
  return Boolean(u.review) || (u.score !== undefined && u.score < writeOptions.reviewThreshold!);
}
