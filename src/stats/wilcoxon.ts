import { normalTwoSided } from './distributions';
import { averageRanks } from './rank';

export type WilcoxonMethod = 'exact' | 'normal' | 'none';

export interface WilcoxonResult {
  /** Pairs with a non-zero difference (zeros are dropped before ranking). */
  n: number;
  /** Pairs dropped because the difference was 0. */
  zeros: number;
  /** W+ (R's V): sum of the ranks of the positive differences a − b. */
  vPlus: number;
  /** Normal approximation z (with continuity correction); null for the exact test. */
  z: number | null;
  /** Two-sided p; null when no pair differs. */
  p: number | null;
  method: WilcoxonMethod;
  ties: boolean;
}

/** R's wilcox.test uses the exact distribution only below this many non-zero differences. */
export const EXACT_BELOW_N = 50;

/** Number of subsets of {1..n} per rank sum 0..n(n+1)/2 — the null distribution of W+ times 2ⁿ. */
export function signedRankCounts(n: number): Float64Array {
  const max = (n * (n + 1)) / 2;
  const counts = new Float64Array(max + 1);
  counts[0] = 1;
  for (let k = 1; k <= n; k++) {
    const top = (k * (k + 1)) / 2;
    for (let s = top; s >= k; s--) counts[s]! += counts[s - k] as number;
  }
  return counts;
}

/** Exact two-sided p as R's psignrank-based wilcox.test: 2·(the smaller tail at V), capped at 1. */
function exactP(vPlus: number, n: number): number {
  const counts = signedRankCounts(n);
  const total = 2 ** n;
  let tail = 0;
  if (vPlus > (n * (n + 1)) / 4) {
    for (let s = vPlus; s < counts.length; s++) tail += counts[s] as number;
  } else {
    for (let s = 0; s <= vPlus; s++) tail += counts[s] as number;
  }
  return Math.min(1, (2 * tail) / total);
}

/**
 * Wilcoxon signed-rank test on paired values, d = a − b, choosing exactly as R's
 * wilcox.test(a, b, paired = TRUE) does with its defaults (exact = NULL, correct = TRUE): zero differences
 * are dropped and |d| is ranked with average ranks for ties; the exact p (W+ enumerated by dynamic
 * programming) only when fewer than 50 differences remain AND there are no ties AND there were no zero
 * differences; otherwise the normal approximation with continuity correction and tie-corrected variance
 * σ² = n(n+1)(2n+1)/24 − Σ(t³ − t)/48 (R warns "cannot compute exact p-value with ties/zeroes" there).
 */
export function wilcoxonSignedRank(a: ArrayLike<number>, b: ArrayLike<number>): WilcoxonResult {
  if (a.length !== b.length) throw new RangeError('paired samples must have the same length');
  const diffs: number[] = [];
  for (let i = 0; i < a.length; i++) {
    const d = (a[i] as number) - (b[i] as number);
    if (d !== 0) diffs.push(d);
  }
  const n = diffs.length;
  const zeros = a.length - n;
  if (n === 0) return { n, zeros, vPlus: 0, z: null, p: null, method: 'none', ties: false };
  const { ranks, tieSum } = averageRanks(diffs.map(Math.abs));
  let vPlus = 0;
  for (let i = 0; i < n; i++) if ((diffs[i] as number) > 0) vPlus += ranks[i] as number;
  const ties = tieSum > 0;
  if (n < EXACT_BELOW_N && !ties && zeros === 0)
    return { n, zeros, vPlus, z: null, p: exactP(vPlus, n), method: 'exact', ties };
  const centred = vPlus - (n * (n + 1)) / 4;
  const sigma = Math.sqrt((n * (n + 1) * (2 * n + 1)) / 24 - tieSum / 48);
  const z = (centred - Math.sign(centred) * 0.5) / sigma;
  return { n, zeros, vPlus, z, p: normalTwoSided(z), method: 'normal', ties };
}
