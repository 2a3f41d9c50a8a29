/** What the records show about a draft version just before adoption (see `adoptionFacts` in db/). */
export interface AdoptionFacts {
  items: {
    number: string;
    text: string;
    criterion: string;
    normPercentage: number | null;
    noNorm: boolean;
  }[];
  openRounds: number;
  /** Draft items whose last rating-round decision is "no consensus". */
  withoutConsensus: number;
  /** A member check was published for a round that put this version's criteria to the panel. */
  finalMemberCheck: boolean;
  /** Protocol versions saved after the first rating round opened. */
  protocolChangesAfterRating: number;
}

export type BlockingCode = 'no-criterion' | 'no-norm';
export type WarningCode = 'open-rounds' | 'no-consensus' | 'no-member-check' | 'protocol-changed';

export interface AdoptionChecklist {
  /** Items that stop adoption until they are fixed. */
  blocking: { code: BlockingCode; items: { number: string; text: string }[] }[];
  /** Points the researcher must confirm before adopting; recorded with the adoption. */
  warnings: { code: WarningCode; count: number }[];
}

/**
 * The adoption checklist. An item without a criterion, or without a norm when the team did not state "geen
 * norm", blocks; open rounds, items without consensus, no member check of the final standard and protocol
 * changes after rating began are warnings the researcher confirms. Pure.
 */
export function adoptionChecklist(f: AdoptionFacts): AdoptionChecklist {
  const pick = (bad: (x: AdoptionFacts['items'][number]) => boolean) =>
    f.items.filter(bad).map((x) => ({ number: x.number, text: x.text }));
  const blocking: AdoptionChecklist['blocking'] = [
    { code: 'no-criterion' as const, items: pick((x) => !x.criterion.trim()) },
    { code: 'no-norm' as const, items: pick((x) => x.normPercentage === null && !x.noNorm) },
  ].filter((b) => b.items.length > 0);
  const warnings: AdoptionChecklist['warnings'] = [];
  if (f.openRounds > 0) warnings.push({ code: 'open-rounds', count: f.openRounds });
  if (f.withoutConsensus > 0) warnings.push({ code: 'no-consensus', count: f.withoutConsensus });
  if (!f.finalMemberCheck) warnings.push({ code: 'no-member-check', count: 1 });
  if (f.protocolChangesAfterRating > 0)
    warnings.push({ code: 'protocol-changed', count: f.protocolChangesAfterRating });
  return { blocking, warnings };
}
