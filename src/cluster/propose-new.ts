import { InvertedIndex } from './inverted-index';
import { groupWordings, MERGE_THRESHOLD, mergeActivities } from './merge';
import { resolveLang, stemsOrText } from './represent';
import type { ActivityInput, CaseEvidence, DraftItem, MergeOptions } from './types';
import { vectorize } from './vectors';

export interface ExistingItem {
  id: number;
  text: string;
}

export interface NewProposals {
  /** Activities like no existing item, merged among themselves. */
  newItems: DraftItem[];
  /** Evidence for existing items, in the order the items were given; items without new evidence left out. */
  newEvidence: { itemId: number; evidence: CaseEvidence[] }[];
}

/**
 * Re-runs merging after new cases were added, against the items the team already has. An activity similar
 * to an existing item (same similarity and threshold as {@link mergeActivities}) becomes new evidence for
 * the most similar one; the rest become new suggested items. Existing items' wording is never changed.
 */
export function proposeNew(
  existing: readonly ExistingItem[],
  acts: readonly ActivityInput[],
  opts: MergeOptions = {},
): NewProposals {
  const texts = acts.map((a) => a.text);
  const lang = resolveLang([...existing.map((e) => e.text), ...texts], opts.lang);
  const threshold = opts.threshold ?? MERGE_THRESHOLD;
  const wordings = groupWordings(texts, lang);
  const { vectors } = vectorize([
    ...existing.map((e) => stemsOrText(e.text, lang)),
    ...wordings.map((w) => w.stems),
  ]);

  const index = new InvertedIndex();
  existing.forEach((_, i) => index.add(i, vectors[i]!));

  const matched = existing.map((): number[] => []);
  const unmatched: number[] = [];
  wordings.forEach((w, wi) => {
    let best = -1;
    let bestSim = threshold - 1e-9;
    index.forEachSimilar(vectors[existing.length + wi]!, (doc, sim) => {
      if (sim > bestSim || (sim === bestSim && doc < best)) {
        bestSim = sim;
        best = doc;
      }
    });
    if (best < 0) unmatched.push(...w.members);
    else matched[best]!.push(...w.members);
  });
  const evidence = matched.map((members) =>
    members
      .sort((a, b) => a - b)
      .flatMap((m): CaseEvidence[] => {
        const act = acts[m]!;
        return act.evidence.map((e) => ({ caseId: act.caseId, start: e.start, end: e.end }));
      }),
  );

  unmatched.sort((a, b) => a - b);
  return {
    newItems: mergeActivities(
      unmatched.map((m) => acts[m]!),
      { lang, threshold },
    ),
    newEvidence: existing
      .map((e, i) => ({ itemId: e.id, evidence: evidence[i]! }))
      .filter((e) => e.evidence.length > 0),
  };
}
