export type Classification = 'in' | 'out' | 'none';

export interface PreviousDecision {
  /** The draft item the previous round's snapshot item came from. */
  refId: number;
  computed: Classification;
  override: Classification | null;
}

/** The decision that counts: the researcher's override, else the computed classification. */
export function finalDecision(d: Pick<PreviousDecision, 'computed' | 'override'>): Classification {
  return d.override ?? d.computed;
}

/**
 * The items proposed for a new round. `previous` is the standing decision per item over every earlier rating
 * round of the study (not only the latest): a rating round leaves out every item settled in or out (by the
 * rule or by an override) and proposes the items without consensus plus active items never decided (added
 * since); other rounds propose every active item.
 */
export function defaultSelection(kind: string, activeIds: number[], previous: PreviousDecision[]): number[] {
  if (kind !== 'rating' || previous.length === 0) return [...activeIds];
  const settled = settledIds(previous);
  return activeIds.filter((id) => !settled.has(id));
}

/** Items whose standing decision is in or out: they stay settled unless re-selected with a reason. */
export function settledIds(previous: readonly PreviousDecision[]): Set<number> {
  return new Set(previous.filter((d) => finalDecision(d) !== 'none').map((d) => d.refId));
}

/** The chosen items that were settled before: re-presenting them needs a reason. */
export function reselectedIds(chosen: readonly number[], previous: readonly PreviousDecision[]): number[] {
  const settled = settledIds(previous);
  return [...new Set(chosen)].filter((id) => settled.has(id));
}
