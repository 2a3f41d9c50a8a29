import { scoreWeight, type Score } from './scores';

export interface Tally {
  /** Every score given, n.v.t. included. */
  scored: number;
  voldaan: number;
  deels: number;
  niet: number;
  nvt: number;
  /** voldaan + deels + niet. */
  applicable: number;
  /** (voldaan + ½·deels) / applicable in percent; null when nothing is applicable. */
  compliance: number | null;
}

/** Counts scores and computes compliance = (voldaan + ½·deels) / (voldaan + deels + niet), in percent. */
export function tally(scores: Iterable<Score>): Tally {
  const t = { scored: 0, voldaan: 0, deels: 0, niet: 0, nvt: 0 };
  let points = 0;
  for (const s of scores) {
    t.scored++;
    t[s]++;
    points += scoreWeight(s) ?? 0;
  }
  const applicable = t.voldaan + t.deels + t.niet;
  return { ...t, applicable, compliance: applicable === 0 ? null : (100 * points) / applicable };
}

/** Tallies per key in order of first appearance (items, practitioners, clusters, …). */
export function tallyBy<T>(
  rows: readonly T[],
  key: (row: T) => string,
  score: (row: T) => Score,
): Map<string, Tally> {
  const groups = new Map<string, Score[]>();
  for (const r of rows) {
    const k = key(r);
    const list = groups.get(k);
    if (list) list.push(score(r));
    else groups.set(k, [score(r)]);
  }
  return new Map([...groups].map(([k, scores]) => [k, tally(scores)]));
}

export interface NormComparison {
  /** null when there is no norm or nothing applicable. */
  met: boolean | null;
  /** compliance − norm in percentage points (negative = below the norm); null as above. */
  difference: number | null;
}

/** Compares a compliance percentage with an item's norm (e.g. 80 for "in ≥ 80% of dossiers"). */
export function compareWithNorm(compliance: number | null, norm: number | null | undefined): NormComparison {
  if (compliance === null || norm === null || norm === undefined) return { met: null, difference: null };
  const difference = compliance - norm;
  // Rounding noise of ½-points must not turn 80.00000001 − 80 into "below".
  return { met: difference >= -1e-9, difference };
}
