import { bandCounts, cometClass, percentAgreement, percentOf, type CometClass } from './agreement';
import { coefficientOfVariation, meanFromCounts, sdFromCounts, tally } from './descriptive';
import { quantileFromCounts } from './quantile';
import { randStats, type RandStats } from './rand';
import type { Scale } from './scale';

/** Everything the report shows for one item on one dimension. Undefined figures are null, never NaN. */
export interface DimensionStats {
  scale: Scale;
  n: number;
  cannotJudge: number;
  missing: number;
  /** Valid ratings per scale point, index 0 ↔ scale.min. */
  counts: number[];
  /** Valid ratings per band, in band order. */
  bandCounts: number[];
  /** Band shares in percent (summing to 100); null when n = 0. */
  bandPercents: number[] | null;
  mean: number | null;
  /** Sample SD (n − 1); null when n < 2. */
  sd: number | null;
  /** SD/mean; null when SD is null. */
  cv: number | null;
  min: number | null;
  max: number | null;
  /** Quartiles and percentiles by R type 7. */
  q1: number | null;
  median: number | null;
  q3: number | null;
  iqr: number | null;
  p30: number | null;
  p70: number | null;
  /** Percent of valid ratings in the top band. */
  agreement: number | null;
  comet: CometClass;
  rand: RandStats;
}

/**
 * Summarises coded ratings of one item on one dimension (see `tally` for the codes). Runs in
 * O(ratings + scale points): quantiles come from cumulative counts, so nothing is sorted.
 */
export function summarizeRatings(values: ArrayLike<number>, scale: Scale): DimensionStats {
  const { counts, n, cannotJudge, missing } = tally(values, scale);
  const q = (p: number) => quantileFromCounts(counts, scale.min, n, p);
  const mean = meanFromCounts(counts, scale.min, n);
  const sd = sdFromCounts(counts, scale.min, n);
  const q1 = q(0.25);
  const median = q(0.5);
  const q3 = q(0.75);
  const p30 = q(0.3);
  const p70 = q(0.7);
  const perBand = bandCounts(counts, scale);
  return {
    scale,
    n,
    cannotJudge,
    missing,
    counts,
    bandCounts: perBand,
    bandPercents: n === 0 ? null : perBand.map((c) => percentOf(c, n) as number),
    mean,
    sd,
    cv: coefficientOfVariation(sd, mean),
    min: q(0),
    max: q(1),
    q1,
    median,
    q3,
    iqr: q1 === null || q3 === null ? null : q3 - q1,
    p30,
    p70,
    agreement: percentAgreement(counts, scale, n),
    comet: cometClass(counts, scale, n),
    rand: randStats(p30, p70, median, scale),
  };
}
