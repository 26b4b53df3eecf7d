// anchorKeys on 10,000 typical filing sentences (half English, half Chinese), the way the
// aligner calls it: one call per sentence, in a fresh process (first pass, JIT still warming)
// and warmed up. Target: well under 200 ms for 10,000 sentences.
import { anchorKeys } from '../src/lexicon/anchors.js';

const EN = [
  'For the year ended 31 December 2023, the revenue of the Group amounted to approximately RMB947.2 million, representing an increase of 12.5% as compared with 2022.',
  'The Board recommends the payment of a final dividend of HK3.50 cents per share (31 December 2022: HK3.00 cents).',
  'Gross profit margin increased by 3.5 percentage points to 41.2% for the six months ended 30 June 2024.',
  'Ascentage Pharma Group International (Stock Code: 6855) is pleased to announce that it passed the EU GMP audit by a QP.',
  'Pursuant to Rule 14.07 of the Listing Rules and section 571 of the SFO (Cap. 571), the transaction constitutes a discloseable transaction.',
  'The Company was incorporated in the Cayman Islands with limited liability and its shares are listed on the Main Board.',
  'As at 30 June 2024, the Group had cash and bank balances of HK$1.5 billion and total borrowings of US$200 million.',
  'Net loss attributable to owners of the Company was RMB(1,234.5) million in the first half of 2024.',
  'The Group employed 1,075 employees, three of whom are executive directors.',
  'The annual general meeting will be held on 25 April 2023 at 10:00 a.m.; shareholders may call +852 2345 6789 or visit www.example.com.hk.',
];
const ZH = [
  '截至二零二三年十二月三十一日止年度，本集團的收益約為人民幣947.2百萬元，較二零二二年增加12.5%。',
  '董事會建議派付末期股息每股普通股3.50港仙（2022年12月31日：3.00港仙）。',
  '截至二零二四年六月三十日止六個月，毛利率上升3.5個百分點至41.2%。',
  '亞盛醫藥集團（股份代號：6855）欣然宣佈，其已通過歐盟QP的GMP審計。',
  '根據上市規則第14.07條及證券及期貨條例（第571章）第571條，該交易構成須予披露交易。',
  '本公司於開曼群島註冊成立為有限公司，其股份於聯交所主板上市。',
  '於二零二四年六月三十日，本集團的現金及銀行結餘為15億港元，借款總額為2億美元。',
  '2024年上半年本公司擁有人應佔虧損淨額為人民幣1,234.5百萬元。',
  '本集團共有一千零七十五名僱員，其中三名為執行董事。',
  '股東週年大會將於二零二三年四月二十五日上午十時舉行；股東可致電+852 2345 6789或瀏覽www.example.com.hk。',
];

function run(n: number): number {
  let keys = 0;
  for (let i = 0; i < n; i++) {
    const en = i % 2 === 0;
    const list = en ? EN : ZH;
    keys += anchorKeys(list[(i >> 1) % list.length]!, en ? 'en' : 'zh').length;
  }
  return keys;
}

const t0 = performance.now();
let keys = run(10_000);
const cold = performance.now() - t0;
const times: number[] = [];
for (let r = 0; r < 7; r++) {
  const t = performance.now();
  keys = run(10_000);
  times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
console.log(
  `anchorKeys, 10,000 sentences: first pass ${cold.toFixed(1)} ms, then median ${times[3]!.toFixed(1)} ms (best ${times[0]!.toFixed(1)} ms); ${keys} keys`,
);
