/** Ranks 1..n with ties given their average rank, plus Σ(t³ − t) over the tie groups. */
export interface Ranking {
  ranks: Float64Array;
  tieSum: number;
}

export function averageRanks(values: ArrayLike<number>): Ranking {
  const n = values.length;
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => (values[a] as number) - (values[b] as number),
  );
  const ranks = new Float64Array(n);
  let tieSum = 0;
  let start = 0;
  while (start < n) {
    let end = start + 1;
    const value = values[order[start] as number];
    while (end < n && values[order[end] as number] === value) end += 1;
    const t = end - start;
    const rank = (start + 1 + end) / 2;
    for (let k = start; k < end; k++) ranks[order[k] as number] = rank;
    tieSum += t * t * t - t;
    start = end;
  }
  return { ranks, tieSum };
}
