/**
 * Quantiles by R's type 7 (the R and Excel default): with index h = 1 + (n − 1)·p, the value
 * x₍⌊h⌋₎ + (h − ⌊h⌋)·(x₍⌈h⌉₎ − x₍⌊h⌋₎) over the sorted sample. The interpolation is written as
 * (1 − h)·lo + h·hi exactly as R's quantile.default does, so results agree to the last bit.
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  // 1-based index as in R, so h rounds exactly as there.
  const index = 1 + (n - 1) * p;
  const lo = Math.floor(index);
  const hi = Math.ceil(index);
  const low = sorted[lo - 1] as number;
  const high = sorted[hi - 1] as number;
  if (index <= lo || high === low) return low;
  const h = index - lo;
  return (1 - h) * low + h * high;
}

/** Type-7 quantile of an unsorted sample (copied, not modified). */
export function quantile(values: ArrayLike<number>, p: number): number | null {
  const sorted = Float64Array.from(values).sort();
  return quantileSorted(sorted, p);
}

/**
 * The k-th order statistic (0-based) of a sample given as counts per integer scale point starting at
 * `min`: the smallest point whose cumulative count exceeds k. Avoids sorting rating arrays.
 */
function orderStatistic(counts: ArrayLike<number>, min: number, k: number): number {
  let cumulative = 0;
  for (let i = 0; i < counts.length; i++) {
    cumulative += counts[i] as number;
    if (cumulative > k) return min + i;
  }
  return min + counts.length - 1;
}

/** Type-7 quantile of integer ratings given as counts per scale point (index 0 ↔ `min`). */
export function quantileFromCounts(
  counts: ArrayLike<number>,
  min: number,
  n: number,
  p: number,
): number | null {
  if (n === 0) return null;
  const index = 1 + (n - 1) * p;
  const lo = Math.floor(index);
  const hi = Math.ceil(index);
  const low = orderStatistic(counts, min, lo - 1);
  if (index <= lo) return low;
  const high = orderStatistic(counts, min, hi - 1);
  if (high === low) return low;
  const h = index - lo;
  return (1 - h) * low + h * high;
}
