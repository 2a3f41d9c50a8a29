import { CANNOT_JUDGE, MISSING, type Scale } from './scale';

/** Ratings of one item on one dimension, counted per scale point (index 0 ↔ scale.min). */
export interface Tally {
  counts: number[];
  /** Valid ratings: everything except "cannot judge" and missing. */
  n: number;
  cannotJudge: number;
  missing: number;
}

/**
 * Counts coded ratings: scale points, CANNOT_JUDGE (−1) and MISSING (−2); NaN also counts as missing.
 * Throws on any other value, because a silently dropped out-of-scale rating would skew every statistic.
 */
export function tally(values: ArrayLike<number>, scale: Scale): Tally {
  const counts = new Array<number>(scale.max - scale.min + 1).fill(0);
  let cannotJudge = 0;
  let missing = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    const slot = v - scale.min;
    if (slot >= 0 && v <= scale.max && Number.isInteger(v)) counts[slot]! += 1;
    else if (v === CANNOT_JUDGE) cannotJudge += 1;
    else if (v === MISSING || Number.isNaN(v)) missing += 1;
    else throw new RangeError(`rating ${v} is outside the scale ${scale.min}–${scale.max}`);
  }
  return { counts, n: values.length - cannotJudge - missing, cannotJudge, missing };
}

/** Mean of integer ratings given as counts; null when there are none. */
export function meanFromCounts(counts: readonly number[], min: number, n: number): number | null {
  if (n === 0) return null;
  let sum = 0;
  for (let i = 0; i < counts.length; i++) sum += (min + i) * (counts[i] as number);
  return sum / n;
}

/** Sample standard deviation (n − 1) from counts; null when n < 2. */
export function sdFromCounts(counts: readonly number[], min: number, n: number): number | null {
  const m = meanFromCounts(counts, min, n);
  if (m === null || n < 2) return null;
  let squares = 0;
  for (let i = 0; i < counts.length; i++) {
    const d = min + i - m;
    squares += (counts[i] as number) * d * d;
  }
  return Math.sqrt(squares / (n - 1));
}

export function mean(values: ArrayLike<number>): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i] as number;
  return sum / values.length;
}

/** Sample standard deviation (n − 1), two-pass; null when n < 2. */
export function sampleSd(values: ArrayLike<number>): number | null {
  const m = mean(values);
  if (m === null || values.length < 2) return null;
  let squares = 0;
  for (let i = 0; i < values.length; i++) {
    const d = (values[i] as number) - m;
    squares += d * d;
  }
  return Math.sqrt(squares / (values.length - 1));
}

/** Coefficient of variation SD/mean; null when either is undefined or the mean is 0. */
export function coefficientOfVariation(sd: number | null, m: number | null): number | null {
  if (sd === null || m === null || m === 0) return null;
  return sd / m;
}
