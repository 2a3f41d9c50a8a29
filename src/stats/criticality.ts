import { inBand, topBand, type Scale } from './scale';

import type { CriticalityClass } from '../domain';

export type { CriticalityClass } from '../domain';

export interface CriticalityOptions {
  /** Median importance at or above which an item is important; default: median in the top band. */
  importanceCut?: number;
  /** Median frequency at or above which an item is frequent. Default 3 (on 1–5: "soms" or more). */
  frequencyCut?: number;
}

export interface Criticality {
  /** Median importance × median frequency (multiplicative task-analysis model). */
  score: number | null;
  important: boolean | null;
  frequent: boolean | null;
  /** important & frequent → core; important & rare → critical (always assess when applicable);
   * unimportant & frequent → optional; unimportant & rare → drop. */
  grid: CriticalityClass | null;
}

export function criticality(
  medianImportance: number | null,
  medianFrequency: number | null,
  importanceScale: Scale,
  options: CriticalityOptions = {},
): Criticality {
  if (medianImportance === null || medianFrequency === null) {
    return { score: null, important: null, frequent: null, grid: null };
  }
  const important =
    options.importanceCut === undefined
      ? inBand(medianImportance, topBand(importanceScale))
      : medianImportance >= options.importanceCut;
  const frequent = medianFrequency >= (options.frequencyCut ?? 3);
  const grid: CriticalityClass = important
    ? frequent
      ? 'core'
      : 'critical'
    : frequent
      ? 'optional'
      : 'drop';
  return { score: medianImportance * medianFrequency, important, frequent, grid };
}
