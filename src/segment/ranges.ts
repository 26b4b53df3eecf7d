/** Cut positions → trimmed, non-empty [start, end) ranges. */
export function rangesFromCuts(text: string, cuts: number[]): [number, number][] {
  const ranges: [number, number][] = [];
  let from = 0;
  for (const c of [...cuts, text.length]) {
    let a = from;
    let b = c;
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    if (b > a) ranges.push([a, b]);
    from = c;
  }
  return ranges;
}
