import { compareRounds, MISSING, type Scale } from '../stats';
import type { ItemStability } from './model';
import type { Dim, RatingMatrix } from './round-stats';

export interface ItemRef {
  roundItemId: number;
  refKind: string;
  refId: number;
}

/** Wilcoxon signed-rank on paired ratings (exact p for < 50 non-zero pairs without ties or zeros, else normal approximation
 * with continuity and tie correction); stable when |Δ agreement| ≤ 15 points and p ≥ 0.05. */
export const STABILITY_OPTIONS = { maxAgreementChange: 15, alpha: 0.05 } as const;

/** Re-lays a row onto the union of both rounds' panellists (absent ones become missing). */
function align(row: Int16Array, fromColumns: Map<number, number>, toIds: readonly number[]): Int16Array {
  const out = new Int16Array(toIds.length).fill(MISSING);
  toIds.forEach((id, j) => {
    const k = fromColumns.get(id);
    if (k !== undefined) out[j] = row[k] as number;
  });
  return out;
}

/**
 * Stability of each current item against the same draft item (same ref) in the previous rating round,
 * panellists matched by id. Items new in this round get an empty list.
 */
export function compareWithPrevious(
  current: { matrix: RatingMatrix; refs: readonly ItemRef[] },
  previous: { matrix: RatingMatrix; refs: readonly ItemRef[] },
  dims: readonly Dim[],
  scales: Record<Dim, Scale>,
): ItemStability[][] {
  const prevRow = new Map(previous.refs.map((r, i) => [`${r.refKind}:${r.refId}`, i]));
  const prevColumns = new Map(previous.matrix.panellistIds.map((id, k) => [id, k]));
  const currentColumns = new Map(current.matrix.panellistIds.map((id, k) => [id, k]));
  // Leavers keep their earlier ratings in the "before" figures and newcomers count "after"; only pairs are tested.
  const union = [
    ...current.matrix.panellistIds,
    ...previous.matrix.panellistIds.filter((id) => !currentColumns.has(id)),
  ];
  return current.refs.map((ref, i) => {
    const k = prevRow.get(`${ref.refKind}:${ref.refId}`);
    if (k === undefined) return [];
    return dims.map((dim): ItemStability => {
      const before = align(previous.matrix[dim][k] as Int16Array, prevColumns, union);
      const after = align(current.matrix[dim][i] as Int16Array, currentColumns, union);
      const c = compareRounds(before, after, scales[dim], STABILITY_OPTIONS);
      return {
        previousRoundItemId: previous.refs[k]!.roundItemId,
        dimension: dim,
        agreementChange: c.agreementChange,
        cvChange: c.cvChange,
        pairs: c.pairs,
        changedPercent: c.changedPercent,
        wilcoxonP: c.wilcoxon.p,
        wilcoxonMethod: c.wilcoxon.method,
        stable: c.stable,
      };
    });
  });
}

/** Stable on every listed dimension; null when any comparison is missing or undefined. */
export function stableOverall(list: readonly ItemStability[], dims: readonly Dim[]): boolean | null {
  if (list.length < dims.length) return null;
  if (list.some((s) => s.stable === null)) return null;
  return list.every((s) => s.stable === true);
}
