import { isNinePoint, topBand, type Band, type Scale } from './scale';

export type CometClass = 'in' | 'out' | 'none';

/** Number of ratings whose scale point lies in [from, to]. */
export function countInRange(counts: readonly number[], scale: Scale, range: Band): number {
  let total = 0;
  const first = Math.max(range.from, scale.min);
  const last = Math.min(range.to, scale.max);
  for (let v = first; v <= last; v++) total += counts[v - scale.min] ?? 0;
  return total;
}

/** Counts per band, in the scale's band order. */
export function bandCounts(counts: readonly number[], scale: Scale): number[] {
  return scale.bands.map((band) => countInRange(counts, scale, band));
}

/** count as a percentage of n (100·count/n, one rounding); null when n = 0. */
export function percentOf(count: number, n: number): number | null {
  return n === 0 ? null : (100 * count) / n;
}

/** Percent agreement: share of valid ratings in the top band, in percent; null without ratings. */
export function percentAgreement(counts: readonly number[], scale: Scale, n: number): number | null {
  return percentOf(countInRange(counts, scale, topBand(scale)), n);
}

const LOW = { from: 1, to: 3 };
const HIGH = { from: 7, to: 9 };

/**
 * COMET/GRADE rule, defined on the 1–9 scale only (other scales give 'none'): in when ≥ 70% rate 7–9
 * and < 15% rate 1–3; out when ≥ 70% rate 1–3 and < 15% rate 7–9. Compared in integers
 * (100·count ≥ 70·n) so that exactly 70% is never lost to rounding.
 */
export function cometClass(counts: readonly number[], scale: Scale, n: number): CometClass {
  if (n === 0 || !isNinePoint(scale)) return 'none';
  const high = countInRange(counts, scale, HIGH);
  const low = countInRange(counts, scale, LOW);
  if (100 * high >= 70 * n && 100 * low < 15 * n) return 'in';
  if (100 * low >= 70 * n && 100 * high < 15 * n) return 'out';
  return 'none';
}
