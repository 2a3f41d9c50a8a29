import { summarizeRatings, type Scale } from '../stats';

/** Median (R type 7) of valid ratings on a scale; null when nobody gave a valid rating. */
export function medianOf(values: readonly number[], scale: Scale): number | null {
  return summarizeRatings(Int16Array.from(values), scale).median;
}
