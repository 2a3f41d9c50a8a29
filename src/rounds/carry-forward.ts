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
 * The items proposed for a new round. A rating round after a rating round with consensus results carries
 * forward only the items without consensus, plus active items that were not in that round (added since);
 * otherwise every active item.
 */
export function defaultSelection(kind: string, activeIds: number[], previous: PreviousDecision[]): number[] {
  if (kind !== 'rating' || previous.length === 0) return [...activeIds];
  const decided = new Map(previous.map((d) => [d.refId, finalDecision(d)]));
  return activeIds.filter((id) => !decided.has(id) || decided.get(id) === 'none');
}
