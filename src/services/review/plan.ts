import type { Db } from '../../../db/client';
import { earlierActions } from '../../../db/review/plan';
import { findReviewRound, reviewItemsOf, type ReviewItem, type ReviewRound } from './review';

/**
 * The actions of the study's earlier rounds that this round follows up, each with the label of its item: as
 * this round's version numbers it (also when this round reviews other clusters), else as the action's own
 * round did (an item dropped from the standard since). `item` is null for an action without an item.
 */
export function earlierActionsOf(db: Db, round: ReviewRound) {
  const byLineage = (versionId: number) =>
    new Map(reviewItemsOf(db, { versionId, clusterIds: [] }).map((x) => [x.lineage, x]));
  const here = byLineage(round.versionId);
  const versions = new Map<number, Map<string, ReviewItem>>([[round.versionId, here]]);
  return earlierActions(db, round).map((a) => {
    if (!a.itemLineage) return { ...a, item: null };
    let x = here.get(a.itemLineage);
    if (!x) {
      const own = findReviewRound(db, round.studyId, a.roundId);
      if (own && !versions.has(own.versionId)) versions.set(own.versionId, byLineage(own.versionId));
      x = own && versions.get(own.versionId)?.get(a.itemLineage);
    }
    return { ...a, item: x ? `${x.number} ${x.text}` : null };
  });
}
