import type { Lang } from '../../domain';
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { isRealtime } from '../../../db/rounds/realtime';
import { roundItemsOf } from '../../../db/rounds/rounds';
import type { Round, RoundItem } from '../../../db/rounds/types';
import { ratingRevisions } from '../../../db/schema';
import { anonymousComments } from '../../rounds/feedback';
import { realtimeSummary } from '../../rounds/realtime';
import type { Scale } from '../../stats';
import { dimensionsFeedback, feedbackAnswers, type FeedbackAnswer, type ItemFeedback } from './feedback';

/**
 * The group's current answers in a real-time round, for the items this panellist has already answered:
 * distributions, medians and anonymised comments, with their own current rating highlighted.
 */
export function liveFeedback(
  db: Db,
  round: Pick<Round, 'id' | 'number' | 'feedbackByGroup'>,
  items: Pick<RoundItem, 'id'>[],
  panellistId: number,
  scales: { importance: Scale; frequency: Scale },
  otherLabel: string,
  lang: Lang = 'nl',
): Map<number, ItemFeedback> {
  const out = new Map<number, ItemFeedback>();
  if (!items.length) return out;
  const answers = feedbackAnswers(
    db,
    items.map((i) => i.id),
  );
  const byItem = new Map<number, FeedbackAnswer[]>();
  for (const a of answers) byItem.set(a.roundItemId, [...(byItem.get(a.roundItemId) ?? []), a]);
  const opts = { byGroup: round.feedbackByGroup, otherLabel };
  for (const it of items) {
    const list = byItem.get(it.id) ?? [];
    if (!list.some((a) => a.panellistId === panellistId)) continue;
    out.set(it.id, {
      previousRoundNumber: round.number,
      live: true,
      ...dimensionsFeedback(list, scales, panellistId, opts),
      comments: anonymousComments(
        list.filter((a) => a.panellistId !== panellistId).map((a) => a.comment),
        lang,
      ),
    });
  }
  return out;
}

/** Per item of a real-time round: first and last ratings and the agreement over time (importance). */
export function realtimeReport(db: Db, roundId: number, scale: Scale) {
  if (!isRealtime(db, roundId)) return undefined;
  const items = roundItemsOf(db, roundId);
  const revs = db
    .select({
      roundItemId: ratingRevisions.roundItemId,
      panellistId: ratingRevisions.panellistId,
      value: ratingRevisions.importance,
      cannotJudge: ratingRevisions.importanceCannotJudge,
      at: ratingRevisions.at,
    })
    .from(ratingRevisions)
    .where(eq(ratingRevisions.roundId, roundId))
    .orderBy(asc(ratingRevisions.at), asc(ratingRevisions.id))
    .all();
  return items.map((i) => ({
    ...i,
    ...realtimeSummary(
      revs.filter((r) => r.roundItemId === i.id).map((r) => ({ ...r, at: r.at.getTime() })),
      scale,
    ),
  }));
}

export type RealtimeReport = NonNullable<ReturnType<typeof realtimeReport>>;
