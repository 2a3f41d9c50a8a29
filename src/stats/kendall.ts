import { chiSquareUpper } from './distributions';
import { averageRanks } from './rank';
import type { Scale } from './scale';

/** Kendall's coefficient of concordance with tie correction; nulls when it is undefined. */
export interface KendallResult {
  /** Panellists counted (those who rated every item validly). */
  m: number;
  /** Items ranked. */
  n: number;
  w: number | null;
  chi2: number | null;
  df: number | null;
  p: number | null;
}

/**
 * W = 12S / (m²(n³ − n) − m·ΣT_j), from rank sums per item and the per-panellist tie sums. Null when
 * m < 2, n < 2 or the denominator is 0 (every panellist gave every item the same rating).
 */
export function kendallFromRankSums(rankSums: ArrayLike<number>, m: number, tieTotal: number): KendallResult {
  const n = rankSums.length;
  const denominator = m * m * (n * n * n - n) - m * tieTotal;
  if (m < 2 || n < 2 || denominator <= 0) return { m, n, w: null, chi2: null, df: null, p: null };
  const meanRankSum = (m * (n + 1)) / 2;
  let s = 0;
  for (let i = 0; i < n; i++) {
    const d = (rankSums[i] as number) - meanRankSum;
    s += d * d;
  }
  const w = (12 * s) / denominator;
  const chi2 = m * (n - 1) * w;
  return { m, n, w, chi2, df: n - 1, p: chiSquareUpper(chi2, n - 1) };
}

/** Kendall's W for a complete matrix: one array of n item scores per panellist (any numbers). */
export function kendallW(scoresByPanellist: readonly ArrayLike<number>[]): KendallResult {
  const n = scoresByPanellist[0]?.length ?? 0;
  const rankSums = new Float64Array(n);
  let tieTotal = 0;
  for (const scores of scoresByPanellist) {
    if (scores.length !== n) throw new RangeError('every panellist must score the same items');
    const { ranks, tieSum } = averageRanks(scores);
    for (let i = 0; i < n; i++) rankSums[i]! += ranks[i] as number;
    tieTotal += tieSum;
  }
  return kendallFromRankSums(rankSums, scoresByPanellist.length, tieTotal);
}

/**
 * Kendall's W for one round in the array-based layout: `items[i][j]` is panellist j's coded rating of
 * item i. Only panellists with a valid rating for every item count. Ranks come from counts per scale
 * point (average rank of a tie group = ratings below + (t + 1)/2), so nothing is sorted.
 */
export function kendallForRound(items: readonly ArrayLike<number>[], scale: Scale): KendallResult {
  const n = items.length;
  const panellists = n === 0 ? 0 : Math.min(...items.map((it) => it.length));
  const points = scale.max - scale.min + 1;
  const counts = new Float64Array(points);
  const rankOf = new Float64Array(points);
  const rankSums = new Float64Array(n);
  let m = 0;
  let tieTotal = 0;
  for (let j = 0; j < panellists; j++) {
    counts.fill(0);
    let complete = true;
    for (let i = 0; i < n; i++) {
      const v = (items[i] as ArrayLike<number>)[j] as number;
      const slot = v - scale.min;
      if (!(slot >= 0 && v <= scale.max && Number.isInteger(v))) {
        complete = false;
        break;
      }
      counts[slot]! += 1;
    }
    if (!complete) continue;
    m += 1;
    let below = 0;
    for (let k = 0; k < points; k++) {
      const t = counts[k] as number;
      rankOf[k] = below + (t + 1) / 2;
      tieTotal += t * t * t - t;
      below += t;
    }
    for (let i = 0; i < n; i++)
      rankSums[i]! += rankOf[((items[i] as ArrayLike<number>)[j] as number) - scale.min] as number;
  }
  return kendallFromRankSums(rankSums, m, tieTotal);
}
