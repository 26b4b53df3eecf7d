/**
 * English words for lexical matching: tokens, stop words and a crude stemmer. The same
 * `stem` runs at build time (on CC-CEDICT glosses, scripts/build-data.mjs) and at run time
 * (on English sentences), so the two always meet; change it and the lexicon must be rebuilt
 * (`npm run build`). Deliberately crude: irregular forms, a few suffixes, then truncation.
 */

/** Function words that carry no lexical evidence. */
export const EN_STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but nor so yet if then than that this these those there here ' +
    'i me my mine myself we us our ours ourselves you your yours yourself yourselves ' +
    'he him his himself she her hers herself it its itself they them their theirs themselves ' +
    'who whom whose which what whatever whoever when where why how ' +
    'am is are was were be been being have has had having do does did doing done ' +
    'will would shall should can could may might must ought ' +
    'of to in on at by for with from into onto upon about above below over under ' +
    'through during before after between among against along around across toward towards ' +
    'up down out off again further once as such both each few more most other some any ' +
    'all own same too very s t just also only even still yet ever just ' +
    "'s 're 've 'd 'll 'm n't not no nor " +
    'oh ah eh um well like one ones thing things sth sb someone something anything'
  ).split(/\s+/),
);

/** Irregular forms folded to their base (verbs, plurals, comparatives). */
const IRREGULAR: Record<string, string> = {};
for (const group of (
  'be:was,were,been,being,is,am,are|have:has,had,having|do:does,did,done,doing|go:went,gone,goes|' +
  'say:said,says|make:made|take:took,taken|come:came|see:saw,seen|know:knew,known|' +
  'get:got,gotten|give:gave,given|find:found|think:thought|tell:told|become:became|' +
  'leave:left|feel:felt|bring:brought|begin:began,begun|keep:kept|hold:held|write:wrote,written|' +
  'stand:stood|hear:heard|let:lets|mean:meant|set:sets|meet:met|run:ran|pay:paid|sit:sat|' +
  'speak:spoke,spoken|lie:lay,lain|lead:led|read:reads|grow:grew,grown|lose:lost|fall:fell,fallen|' +
  'send:sent|build:built|understand:understood|draw:drew,drawn|break:broke,broken|' +
  'spend:spent|cut:cuts|rise:rose,risen|drive:drove,driven|buy:bought|wear:wore,worn|' +
  'choose:chose,chosen|seek:sought|throw:threw,thrown|catch:caught|deal:dealt|win:won|' +
  'forget:forgot,forgotten|sell:sold|fight:fought|teach:taught|eat:ate,eaten|sing:sang,sung|' +
  'drink:drank,drunk|swim:swam,swum|fly:flew,flown,flies|sleep:slept|hang:hung|shake:shook,shaken|' +
  'hide:hid,hidden|bite:bit,bitten|ride:rode,ridden|steal:stole,stolen|freeze:froze,frozen|' +
  'wake:woke,woken|tear:tore,torn|bear:bore,borne|beat:beaten|bend:bent|bind:bound|' +
  'blow:blew,blown|feed:fed|flee:fled|forgive:forgave,forgiven|shoot:shot|shine:shone|' +
  'strike:struck|swear:swore,sworn|sweep:swept|weep:wept|wind:wound|dig:dug|stick:stuck|' +
  'light:lit|slide:slid|spin:spun|spit:spat|split:splits|spread:spreads|stink:stank,stunk|' +
  'sink:sank,sunk|ring:rang,rung|arise:arose,arisen|awake:awoke|lend:lent|kneel:knelt|' +
  'man:men|woman:women|child:children|foot:feet|tooth:teeth|mouse:mice|person:people|' +
  'good:better,best|bad:worse,worst|many:much|little:less,least|far:farther,further'
).split('|')) {
  const [base, forms] = group.split(':') as [string, string];
  for (const f of forms.split(',')) IRREGULAR[f] = base;
}

/** How many characters of a stem are kept. */
export const STEM_LENGTH = 6;

const VOWEL = /[aeiouy]/;

/** Crude stem of a lowercase English word; the same at build and run time. */
export function stem(word: string): string {
  let w = word.toLowerCase();
  const irr = IRREGULAR[w];
  if (irr) w = irr;
  if (w.length > 3 && /^\d/.test(w)) return w;
  if (w.endsWith("'s")) w = w.slice(0, -2);
  if (w.length > 4) {
    if (w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
    else if (w.endsWith('sses')) w = w.slice(0, -2);
    else if (w.endsWith('ches') || w.endsWith('shes') || w.endsWith('xes')) w = w.slice(0, -2);
    else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  } else if (w.length === 4 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) {
    w = w.slice(0, -1);
  }
  if (w.length > 5 && w.endsWith('ing') && VOWEL.test(w.slice(0, -3))) w = undouble(w.slice(0, -3));
  else if (w.length > 4 && w.endsWith('ied')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && w.endsWith('ed') && !w.endsWith('eed')) w = undouble(w.slice(0, -2));
  if (w.length > 5 && w.endsWith('ly')) w = w.slice(0, -2);
  if (w.length > 6 && w.endsWith('ness')) w = w.slice(0, -4);
  if (w.length > 6 && w.endsWith('ment')) w = w.slice(0, -4);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith('y')) w = `${w.slice(0, -1)}i`;
  return w.length > STEM_LENGTH ? w.slice(0, STEM_LENGTH) : w;
}

function undouble(w: string): string {
  const n = w.length;
  if (n > 2 && w[n - 1] === w[n - 2] && !/[lsz]/.test(w[n - 1]!)) return w.slice(0, -1);
  return w;
}

const NUMBER_WORDS: Record<string, string> = {};
'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'
  .split(' ')
  .forEach((w, i) => {
    NUMBER_WORDS[w] = String(i);
  });

/** A word of an English sentence: its surface form and where it stands. */
export interface EnglishWord {
  /** as written */
  text: string;
  /** lowercase */
  lower: string;
  /** first letter upper case and not the first word of the sentence */
  capitalised: boolean;
  /** the first word of the sentence (a capital there says nothing) */
  initial: boolean;
}

const WORD_RE = /[\p{L}\p{M}][\p{L}\p{M}'’]*|\d+(?:[.,]\d+)*/gu;

/** Words and numbers of an English text, in order (hyphenated words split). */
export function englishWords(text: string): EnglishWord[] {
  const out: EnglishWord[] = [];
  let first = true;
  for (const m of text.matchAll(WORD_RE)) {
    const t = m[0].replace(/[’']+$/, '').replace(/’/g, "'");
    const lower = stripClitic(t.toLowerCase());
    const upper = t[0] !== lower[0];
    out.push({ text: t, lower, capitalised: upper && !first, initial: first });
    first = false;
  }
  return out;
}

const CLITIC_BASE: Record<string, string> = { "can't": 'can', "won't": 'will', "shan't": 'shall' };

/** "hadn't" → "had", "she'd" → "she", "Sha's" → "sha". */
function stripClitic(lower: string): string {
  if (!lower.includes("'")) return lower;
  return CLITIC_BASE[lower] ?? lower.replace(/(?:n't|'(?:s|d|ll|re|ve|m))$/, '');
}

/** Content stems of an English text (stop words out, numbers normalised). */
export function contentStems(text: string): string[] {
  const out: string[] = [];
  for (const w of englishWords(text)) {
    const s = wordKey(w.lower);
    if (s) out.push(s);
  }
  return out;
}

const keyCache = new Map<string, string>();

/** The matching key of one lowercase word: a stem, a number, or '' for a stop word. */
export function wordKey(lower: string): string {
  let k = keyCache.get(lower);
  if (k === undefined) {
    k = computeWordKey(lower);
    if (keyCache.size > 200_000) keyCache.clear();
    keyCache.set(lower, k);
  }
  return k;
}

function computeWordKey(lower: string): string {
  if (/^\d/.test(lower)) return lower.replace(/,/g, '');
  const num = NUMBER_WORDS[lower];
  if (num !== undefined) return num;
  if (EN_STOP_WORDS.has(lower) || lower.length < 2) return '';
  const base = lower.replace(/'s$/, '');
  if (EN_STOP_WORDS.has(base)) return '';
  return stem(base);
}
