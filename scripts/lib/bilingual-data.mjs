// The content of the bilingual fixtures in corpora/bilingual (made by
// scripts/make-bilingual-fixtures.mjs). Fictitious: the issuer, its registrar, auditor, directors,
// addresses, figures and the ordinance are invented for zhen; the inline law titles in
// INLINE_TITLES are real PRC and Hong Kong titles, quoted as English reports quote them.
//
// A paragraph pair is a list of beads; a bead is [English sentences, Chinese sentences], so the
// gold sentences and beads of every fixture come from the same data as its text.

const one = (en, zh) => [[[en], [zh]]];

/** A bilingual notice: each English paragraph followed by its Chinese paragraph. */
export const NOTICE = [
  one('HARBOURVIEW LIGHTING HOLDINGS LIMITED', '港景照明控股有限公司'),
  one(
    '(incorporated in the Cayman Islands with limited liability)',
    '（於開曼群島註冊成立之有限公司）',
  ),
  one('(Stock Code: 8765)', '（股份代號：8765）'),
  one('NOTICE OF ANNUAL GENERAL MEETING', '股東週年大會通告'),
  one(
    'NOTICE IS HEREBY GIVEN that the annual general meeting of Harbourview Lighting Holdings Limited (the "Company") will be held at Room 1201, 12/F, Lumen Centre, 8 Hung Lok Road, Kowloon, Hong Kong on Friday, 14 June 2024 at 10:30 a.m. for the following purposes:',
    '茲通告港景照明控股有限公司（「本公司」）謹訂於二零二四年六月十四日（星期五）上午十時三十分假座香港九龍鴻樂道8號流明中心12樓1201室舉行股東週年大會，藉以處理下列事項：',
  ),
  [
    [
      [
        'To receive and consider the audited consolidated financial statements of the Company for the year ended 31 December 2023.',
        'The reports of the directors and of the auditor for that year shall also be considered.',
      ],
      [
        '省覽及考慮本公司截至二零二三年十二月三十一日止年度之經審核綜合財務報表，以及該年度之董事會報告與核數師報告。',
      ],
    ],
  ],
  one(
    'The resolutions are proposed in accordance with the Companies Ordinance (Cap. 622) (公司條例（第622章）) and the articles of association of the Company (本公司組織章程細則).',
    '上述決議案乃根據《公司條例》（第622章）及本公司組織章程細則提呈。',
  ),
  one(
    'The Board recommends the re-appointment of Brightwater CPA Limited as auditor of the Company and the authorisation of the Board to fix its remuneration of about HK$1,250,000 (item 3 of the agenda).',
    '董事會建議續聘Brightwater CPA Limited為本公司核數師，並授權董事會釐定其約HK$1,250,000之酬金（議程第3項）。',
  ),
  [
    [
      [
        'A member entitled to attend and vote at the meeting is entitled to appoint one or more proxies to attend and vote instead of him, and a proxy need not be a member of the Company.',
      ],
      [
        '凡有權出席大會並於會上投票之股東，均有權委任一名或以上受委代表代其出席及投票。',
        '受委代表毋須為本公司股東。',
      ],
    ],
  ],
  [
    [
      ['Shareholders who intend to attend should bring their identity documents.'],
      ['擬出席大會之股東應攜帶身份證明文件。'],
    ],
    [['No refreshments will be served at the meeting.'], ['大會將不設茶點。']],
  ],
  one(
    'The register of members of the Company will be closed from Tuesday, 11 June 2024 to Friday, 14 June 2024, both days inclusive.',
    '本公司將於二零二四年六月十一日（星期二）至二零二四年六月十四日（星期五）（包括首尾兩日）暫停辦理股份過戶登記手續。',
  ),
  one('By order of the Board', '承董事會命'),
  one('Hong Kong, 25 April 2024', '香港，二零二四年四月二十五日'),
  one(
    'As at the date of this notice, the executive Directors are Ms. Chan Wing Yan and Mr. Wong Ka Ming, and the independent non-executive Directors are Dr. Edward Hall, Ms. Lee Suet Yee and Mr. Ho Chun Kit.',
    '於本通告日期，執行董事為陳詠欣女士及黃家明先生；獨立非執行董事為Edward Hall博士、李雪儀女士及何俊傑先生。',
  ),
];

/**
 * A proxy form with alternating lines: blocks of lines, each line English then Chinese (a line
 * pair is a list of beads). `split: true` lines carry both languages on one line ("Signature 簽署").
 */
export const PROXY = [
  [
    one('HARBOURVIEW LIGHTING HOLDINGS LIMITED', '港景照明控股有限公司'),
    one('(Stock Code: 8765)', '（股份代號：8765）'),
  ],
  [
    one(
      'FORM OF PROXY FOR USE AT THE ANNUAL GENERAL MEETING TO BE HELD ON 14 JUNE 2024',
      '於二零二四年六月十四日舉行之股東週年大會適用之代表委任表格',
    ),
  ],
  [
    one(
      'I/We, being the registered holder(s) of shares of HK$0.10 each in the share capital of the Company, hereby appoint the Chairman of the meeting as my/our proxy.',
      '本人／吾等為本公司股本中每股面值0.10港元股份之登記持有人，茲委任大會主席為本人／吾等之受委代表。',
    ),
    one(
      'Please tick the appropriate box to indicate how you wish your vote to be cast.',
      '請於適當方格內加上「✓」號，以表示閣下欲如何投票。',
    ),
    one(
      'If no direction is given, your proxy will vote or abstain at his discretion.',
      '如無指示，受委代表可自行酌情投票或放棄投票。',
    ),
  ],
  [
    { split: true, pair: one('Number of shares', '股份數目') },
    { split: true, pair: one('Signature', '簽署') },
    { split: true, pair: one('Date', '日期') },
  ],
  [
    one('Notes:', '附註：'),
    one(
      '1. Full name(s) and address(es) must be inserted in BLOCK CAPITALS.',
      '1. 請用正楷填上全名及地址。',
    ),
    [
      [
        [
          '2. This form of proxy must be signed by you or your attorney duly authorised in writing.',
          'In the case of a corporation, it must be executed under its common seal.',
        ],
        [
          '2. 本代表委任表格必須由閣下或閣下正式書面授權之代表簽署；如委任人為公司，則必須加蓋公司印鑑。',
        ],
      ],
    ],
    one(
      "3. To be valid, this form must be deposited at the Company's branch share registrar, Lumen Registrars Limited, at least 48 hours before the time of the meeting.",
      '3. 本表格必須於大會舉行時間最少48小時前送達本公司之香港股份過戶登記分處Lumen Registrars Limited，方為有效。',
    ),
  ],
];

/** A summary of terms: a title in each language, a two-column table, a closing paragraph. */
export const TABLE_TITLE = [
  one('DISCLOSEABLE AND CONNECTED TRANSACTION', '須予披露及關連交易'),
  one('SUMMARY OF PRINCIPAL TERMS', '主要條款摘要'),
];
export const TABLE_ROWS = [
  one('Date: 22 March 2024', '日期：二零二四年三月二十二日'),
  one(
    'Parties: (1) Harbourview Lighting (Shenzhen) Co., Ltd. as purchaser; and (2) Mr. Tsang Kwok Wai as vendor.',
    '訂約方：(1)港景照明（深圳）有限公司（作為買方）；及(2)曾國偉先生（作為賣方）。',
  ),
  [
    [
      [
        'Subject matter: The purchaser has agreed to acquire 40% of the equity interest in Lumen Optics (Dongguan) Co., Ltd.',
        'The vendor has agreed to sell it free from all encumbrances.',
      ],
      [
        '標的事項：買方同意收購流明光學（東莞）有限公司之40%股權，而賣方同意出售該等股權，且不附帶任何產權負擔。',
      ],
    ],
  ],
  one(
    'Consideration: RMB86.4 million, payable in cash in two instalments of RMB43.2 million each.',
    '代價：人民幣86.4百萬元，分兩期以現金支付，每期人民幣43.2百萬元。',
  ),
  one(
    'Completion: Completion will take place within 10 business days after all the conditions have been fulfilled.',
    '完成：完成將於所有條件獲達成後10個營業日內落實。',
  ),
  [
    [
      [
        'Listing Rules implications: As the highest applicable percentage ratio exceeds 5% but is less than 25%, and the vendor is a connected person, the acquisition constitutes a discloseable and connected transaction of the Company.',
      ],
      [
        '上市規則之涵義：由於最高適用百分比率超過5%但低於25%，收購事項構成本公司之須予披露交易。',
        '此外，由於賣方為關連人士，收購事項亦構成本公司之關連交易。',
      ],
    ],
  ],
];
export const TABLE_AFTER = [
  one(
    'This summary is qualified in its entirety by the full text of the agreement.',
    '本摘要全文以協議全文為準。',
  ),
];

/** A made-up ordinance laid out in two language columns, section by section. */
export const ORDINANCE_HEADER = ['Community Garden Allotment Ordinance', '社區園圃分配條例'];
export const ORDINANCE = [
  one('Part 1', '第1部'),
  one('Preliminary', '導言'),
  one('1. Short title and commencement', '1. 簡稱及生效日期'),
  one(
    '(1) This Ordinance may be cited as the Community Garden Allotment Ordinance and comes into operation on a day to be appointed by the Secretary for Environment by notice published in the Gazette.',
    '(1) 本條例可引稱為《社區園圃分配條例》，自環境局局長以憲報公告指定的日期起實施。',
  ),
  one('2. Interpretation', '2. 釋義'),
  [
    [
      [
        '(1) In this Ordinance, allotment means a plot of land in a community garden that is let to an allottee under section 5 for the growing of vegetables, fruit or flowers for personal use.',
      ],
      [
        '(1) 在本條例中，園圃指社區園圃內根據第5條租予承租人的一幅土地，供種植自用的蔬菜、水果或花卉。',
      ],
    ],
    [
      [
        'Community garden means any land declared to be a community garden by the Director under section 3.',
      ],
      ['社區園圃指署長根據第3條宣布為社區園圃的任何土地。'],
    ],
  ],
  one('Part 2', '第2部'),
  one('Allotments', '園圃'),
  one('3. Declaration of community gardens', '3. 宣布社區園圃'),
  one(
    '(1) The Director may, by notice published in the Gazette, declare any land under the management of the Leisure and Cultural Services Department to be a community garden for the purposes of this Ordinance.',
    '(1) 署長可藉憲報公告，宣布由康樂及文化事務署管理的任何土地為本條例所指的社區園圃。',
  ),
  [
    [
      [
        '(2) A notice under subsection (1) must describe the boundaries of the land concerned.',
        'It must also state the number of allotments into which the land is divided.',
      ],
      ['(2) 根據第(1)款發出的公告，須描述有關土地的界線，並述明該土地劃分為多少幅園圃。'],
    ],
  ],
  one('4. Application for allotment', '4. 申請園圃'),
  one(
    '(1) A person who is ordinarily resident in Hong Kong and has attained the age of 18 years may apply to the Director for the letting of an allotment in the specified form.',
    '(1) 通常居於香港並年滿18歲的人，可按指明表格向署長申請租用園圃。',
  ),
  [
    [
      [
        '(2) Where the number of applications exceeds the number of allotments available, the Director must allocate the allotments by the drawing of lots in public.',
      ],
      [
        '(2) 如申請數目超過可供租用的園圃數目，署長須以公開抽籤方式分配園圃。',
        '抽籤結果須於有關社區園圃展示不少於14日。',
      ],
    ],
  ],
  one('5. Letting of allotments', '5. 租出園圃'),
  one(
    '(1) The Director may let an allotment to a successful applicant for a term not exceeding 2 years at the fee specified in Schedule 1.',
    '(1) 署長可按附表1指明的費用，將園圃租予獲選申請人，租期不超過2年。',
  ),
  one(
    '(2) An allottee must not sublet, assign or otherwise part with the possession of the allotment or any part of it.',
    '(2) 承租人不得將園圃或其任何部分分租、轉讓或以其他方式放棄其管有。',
  ),
  one('6. Offences', '6. 罪行'),
  one(
    '(1) A person who erects any structure exceeding 1.5 metres in height on an allotment without the written permission of the Director commits an offence and is liable to a fine at level 2.',
    '(1) 任何人未經署長書面准許而在園圃上豎設高度超過1.5米的構築物，即屬犯罪，可處第2級罰款。',
  ),
];

/** An announcement given all in English first, then all in Chinese. */
export const HALVES = [
  one('LUMEN OPTICS GROUP LIMITED', '流明光學集團有限公司'),
  one('VOLUNTARY ANNOUNCEMENT', '自願公告'),
  one('BUSINESS UPDATE', '業務最新情況'),
  one(
    'This announcement is made by Lumen Optics Group Limited (the "Company") on a voluntary basis to keep its shareholders and potential investors informed of the latest business development of the Company and its subsidiaries (the "Group").',
    '本公告由流明光學集團有限公司（「本公司」）自願刊發，旨在讓本公司股東及潛在投資者知悉本公司及其附屬公司（「本集團」）的最新業務發展。',
  ),
  [
    [
      [
        'The board of directors of the Company is pleased to announce that the Group has been awarded a contract for the supply of energy-saving street lamps to the Highways Department.',
      ],
      ['本公司董事會欣然宣佈，本集團獲路政署批出一份供應節能街燈的合約。'],
    ],
    [
      [
        'The contract has a term of three years and an estimated total value of approximately HK$126 million.',
      ],
      ['該合約為期三年，估計總值約為126百萬港元。'],
    ],
  ],
  [
    [
      [
        'Deliveries are expected to begin in the third quarter of 2024.',
        "The lamps will be manufactured at the Group's production base in Dongguan.",
      ],
      ['預期將於二零二四年第三季開始交付，街燈將於本集團位於東莞的生產基地製造。'],
    ],
  ],
  one(
    'The Board believes that the contract will strengthen the position of the Group in the public lighting market in Hong Kong and will contribute positively to its revenue in the coming years.',
    '董事會相信，該合約將鞏固本集團在香港公共照明市場的地位，並將於未來數年為其收益帶來正面貢獻。',
  ),
  [
    [
      [
        'Shareholders and potential investors should note that the contract is subject to the terms of the tender, and the actual value of the orders may differ from the estimate.',
      ],
      ['股東及潛在投資者務請注意，該合約須受招標條款規限。', '實際訂單價值或會與估計有所不同。'],
    ],
  ],
  one(
    'Shareholders and potential investors are advised to exercise caution when dealing in the shares of the Company.',
    '股東及潛在投資者於買賣本公司股份時，務請審慎行事。',
  ),
  one('By order of the Board', '承董事會命'),
  one('Hong Kong, 3 May 2024', '香港，二零二四年五月三日'),
];

/** English prose that gives the Chinese titles of laws inline, in brackets. */
export const INLINE_TITLES = [
  "In the PRC, the operations of the Group are governed principally by the Product Quality Law of the People's Republic of China (中華人民共和國產品質量法) and the Energy Conservation Law of the People's Republic of China (中華人民共和國節約能源法).",
  'The energy labels on its products follow the Measures for the Administration of Energy Efficiency Labels (能源效率標識管理辦法).',
  'In Hong Kong, the lamps of the Group must comply with the Electrical Products (Safety) Regulation (電氣產品(安全)規例) made under the Electricity Ordinance (Cap. 406) (電力條例（第406章）).',
  'Personal data collected from customers is handled in accordance with the Personal Data (Privacy) Ordinance (Cap. 486) (個人資料(私隱)條例（第486章）).',
  'The Directors confirm that the Group complied with these laws and regulations in all material respects during the year.',
];
