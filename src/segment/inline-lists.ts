/**
 * Lists written inline: "1.) The first item 2.) The second item", "a. here it is b. another",
 * "• 9. The first item • 10. The second item", "i) Hello ii) Hello". A chain of markers of one
 * style with consecutive values, whose first marker opens the block or follows a sentence end,
 * cuts the text before each of its markers. Inline enumerations inside a sentence ("among other
 * things, (i) the value; (ii) the performance") do not open after a sentence end and stay whole.
 */
import { BEFORE_NUMBER, NEVER_FINAL } from './abbreviations.js';
import { type Marker, type MarkerStyle, markerAt } from './markers.js';

const INLINE_STYLES = new Set<MarkerStyle>([
  'num-paren',
  'num-dot',
  'alpha-dot',
  'alpha-paren',
  'roman-paren',
  'bullet',
]);

const MAYBE_MARKER = /^(?:\d|[A-Za-z]\.|[A-Za-z]\.?\)|[ivx]{1,5}\)|[•●○▪■□◆◇►▶✓✔⁃‧∙·*\-–—])/;

interface Hit {
  at: number;
  marker: Marker;
  symbol: string;
  /** opens the block or follows . ! ? : ; */
  opening: boolean;
}

function sameKind(a: Hit, b: Hit): boolean {
  if (a.marker.style !== b.marker.style) return false;
  if (a.marker.style === 'bullet') return a.symbol === b.symbol;
  return true;
}

function follows(prev: Hit, next: Hit): boolean {
  if (!sameKind(prev, next)) return false;
  if (prev.marker.style === 'bullet') return true;
  return prev.marker.value !== undefined && next.marker.value === prev.marker.value + 1;
}

/** Does `before` end with a real sentence end (not "Mr." or the initial "J.")? */
function opensAfter(before: string): boolean {
  if (before === '') return true;
  if (!/[.!?:;。！？：；]["'”’)]*$/.test(before)) return false;
  const word = /([\p{L}.]+)\.["'”’)]*$/u.exec(before)?.[1]?.toLowerCase();
  if (word === undefined) return true;
  return !(
    word.length === 1 ||
    NEVER_FINAL.has(word) ||
    BEFORE_NUMBER.has(word) ||
    /^(?:\p{L}\.)+\p{L}$/u.test(word)
  );
}

export function inlineListCuts(text: string): number[] {
  const hits: Hit[] = [];
  const re = /(^|\s+)(?=\S)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const at = m.index + m[0].length;
    if (m[0].length === 0 && at !== 0) {
      re.lastIndex++;
      continue;
    }
    // most tokens cannot start an inline list marker: test the first characters before the patterns
    if (!MAYBE_MARKER.test(text.slice(at, at + 7))) {
      if (at === 0) re.lastIndex = Math.max(re.lastIndex, 1);
      continue;
    }
    const marker = markerAt(text.slice(at, at + 12));
    if (marker && INLINE_STYLES.has(marker.style)) {
      const before = text.slice(0, at).trimEnd();
      hits.push({ at, marker, symbol: text[at]!, opening: opensAfter(before) });
    }
    if (at === 0) re.lastIndex = Math.max(re.lastIndex, 1);
  }
  const cuts = new Set<number>();
  for (let s = 0; s < hits.length; s++) {
    if (!hits[s]!.opening) continue;
    const chain = [hits[s]!];
    for (let t = s + 1; t < hits.length; t++) {
      if (follows(chain[chain.length - 1]!, hits[t]!)) chain.push(hits[t]!);
    }
    if (chain.length < 2) continue;
    for (const h of chain) if (h.at > 0) cuts.add(h.at);
  }
  return [...cuts].sort((a, b) => a - b);
}
