import type { Lang } from '../../domain';
import { and, eq, inArray } from 'drizzle-orm';
import {
  anonymousComments,
  dimensionFeedback,
  type DimensionFeedback,
  type PreviousRating,
} from '../../rounds/feedback';
import type { Scale } from '../../stats';
import type { Db } from '../../../db/client';
import { previousRatingRound, type Round, type RoundItem } from '../../../db/rounds/rounds';
import { panellists, ratingAnswers, roundItems } from '../../../db/schema';

export interface ItemFeedback {
  previousRoundNumber: number;
  /** The group's current answers in a real-time round rather than an earlier round's. */
  live?: boolean;
  importance: DimensionFeedback;
  frequency: DimensionFeedback;
  comments: string[];
}

/**
 * Controlled feedback for the given items of a rating round: per item, matched to the previous closed rating
 * round by the snapshot's ref to the draft item, that round's distributions, medians, anonymised comments and
 * this panellist's own previous ratings. Items that were not in the previous round get no feedback.
 */
export function feedbackFor(
  db: Db,
  round: Pick<Round, 'studyId' | 'number' | 'subject' | 'kind' | 'feedbackByGroup'>,
  items: Pick<RoundItem, 'id' | 'refId' | 'refKind'>[],
  panellistId: number,
  scales: { importance: Scale; frequency: Scale },
  otherLabel: string,
  lang: Lang = 'nl',
): Map<number, ItemFeedback> {
  const out = new Map<number, ItemFeedback>();
  if (round.kind !== 'rating' || !items.length) return out;
  const prev = previousRatingRound(db, round);
  if (!prev) return out;
  const prevItems = db
    .select({ id: roundItems.id, refId: roundItems.refId, refKind: roundItems.refKind })
    .from(roundItems)
    .where(
      and(
        eq(roundItems.roundId, prev.id),
        inArray(
          roundItems.refId,
          items.map((i) => i.refId),
        ),
      ),
    )
    .all();
  if (!prevItems.length) return out;
  const answers = feedbackAnswers(
    db,
    prevItems.map((p) => p.id),
  );
  const byPrevItem = new Map<number, typeof answers>();
  for (const a of answers) byPrevItem.set(a.roundItemId, [...(byPrevItem.get(a.roundItemId) ?? []), a]);
  const opts = { byGroup: round.feedbackByGroup, otherLabel };
  for (const it of items) {
    const p = prevItems.find((x) => x.refId === it.refId && x.refKind === it.refKind);
    if (!p) continue;
    const list = byPrevItem.get(p.id) ?? [];
    out.set(it.id, {
      previousRoundNumber: prev.number,
      ...dimensionsFeedback(list, scales, panellistId, opts),
      comments: anonymousComments(
        list.map((a) => a.comment),
        lang,
      ),
    });
  }
  return out;
}

/** Every rating answer to these round items, with the panellist's group: what feedback is made of. */
export function feedbackAnswers(db: Db, roundItemIds: number[]) {
  return db
    .select({
      roundItemId: ratingAnswers.roundItemId,
      panellistId: ratingAnswers.panellistId,
      group: panellists.stakeholderGroup,
      importance: ratingAnswers.importance,
      importanceCannotJudge: ratingAnswers.importanceCannotJudge,
      frequency: ratingAnswers.frequency,
      frequencyCannotJudge: ratingAnswers.frequencyCannotJudge,
      comment: ratingAnswers.comment,
    })
    .from(ratingAnswers)
    .innerJoin(panellists, eq(panellists.id, ratingAnswers.panellistId))
    .where(inArray(ratingAnswers.roundItemId, roundItemIds))
    .all();
}
export type FeedbackAnswer = ReturnType<typeof feedbackAnswers>[number];

/** Both dimensions' distributions and medians over one item's answers, with this panellist's own rating. */
export function dimensionsFeedback(
  list: FeedbackAnswer[],
  scales: { importance: Scale; frequency: Scale },
  panellistId: number,
  opts: { byGroup: boolean; otherLabel: string },
): Pick<ItemFeedback, 'importance' | 'frequency'> {
  const dim = (v: 'importance' | 'frequency'): PreviousRating[] =>
    list.map((a) => ({
      panellistId: a.panellistId,
      group: a.group,
      value: a[v],
      cannotJudge: a[`${v}CannotJudge`],
    }));
  return {
    importance: dimensionFeedback(dim('importance'), scales.importance, panellistId, opts),
    frequency: dimensionFeedback(dim('frequency'), scales.frequency, panellistId, opts),
  };
}
