import { and, eq, inArray, isNull } from 'drizzle-orm';
import { appendAudit } from '../audit';
import type { Db } from '../client';
import { changeItemIn } from '../draft/versions';
import type { Round } from './rounds';
import { sameText } from './process-view';
import { items, reviewAnswers, roundItems } from '../schema';

export { activeItems, processProposal, roundProposals } from './process-activities';

import type { ProcessResult } from './types';

export type { ProcessResult };

function answerOf(db: Db, round: Round, id: number) {
  return db
    .select({ a: reviewAnswers, refId: roundItems.refId, refKind: roundItems.refKind })
    .from(reviewAnswers)
    .innerJoin(roundItems, eq(roundItems.id, reviewAnswers.roundItemId))
    .where(and(eq(reviewAnswers.id, id), eq(reviewAnswers.roundId, round.id)))
    .get();
}

/**
 * Accepts a review suggestion: a rewording becomes a new version of the draft item (text as the researcher
 * finally worded it), a removal marks the item deleted; both carry the round id. Logged.
 */
export function acceptSuggestion(
  db: Db,
  round: Round,
  answerId: number,
  userId: number,
  text?: string,
): ProcessResult {
  return db.transaction((tx) => {
    const t = tx as unknown as Db;
    const row = answerOf(t, round, answerId);
    if (!row || row.refKind !== 'item') return { ok: false, error: 'notFound' } as const;
    if (row.a.outcome) return { ok: false, error: 'done' } as const;
    const actor = {
      userId,
      roundId: round.id,
      reasonCode: 'round' as const,
      reasonParams: { round: round.number },
    };
    const wording = (text ?? row.a.proposal).trim();
    if (row.a.verdict === 'reformulate' && !wording) return { ok: false, error: 'noText' } as const;
    const res =
      row.a.verdict === 'remove'
        ? changeItemIn(t, round.studyId, row.refId, undefined, { status: 'deleted' }, 'delete', {
            ...actor,
            reason: row.a.reason,
          })
        : changeItemIn(t, round.studyId, row.refId, undefined, { text: wording }, 'reword', actor);
    if (!res.ok) return { ok: false, error: 'stale' } as const;
    t.update(reviewAnswers)
      .set({ outcome: 'accepted', processedAt: new Date(), processedBy: userId })
      .where(inArray(reviewAnswers.id, openSiblings(t, row.a)))
      .run();
    appendAudit(t, {
      studyId: round.studyId,
      userId,
      action: row.a.verdict === 'remove' ? 'round.suggestion.remove' : 'round.suggestion.reword',
      entity: 'item',
      entityId: row.refId,
      after: { round: round.number, text: res.item.text, status: res.item.status },
    });
    return { ok: true } as const;
  });
}

export function rejectSuggestion(
  db: Db,
  round: Round,
  answerId: number,
  userId: number,
  reason: string,
): ProcessResult {
  return db.transaction((tx) => {
    const t = tx as unknown as Db;
    const row = answerOf(t, round, answerId);
    if (!row) return { ok: false, error: 'notFound' } as const;
    if (row.a.outcome) return { ok: false, error: 'done' } as const;
    t.update(reviewAnswers)
      .set({ outcome: 'rejected', outcomeReason: reason, processedAt: new Date(), processedBy: userId })
      .where(inArray(reviewAnswers.id, openSiblings(t, row.a)))
      .run();
    appendAudit(t, {
      studyId: round.studyId,
      userId,
      action: 'round.suggestion.reject',
      entity: 'item',
      entityId: row.refId,
      summary: reason,
      after: { round: round.number },
    });
    return { ok: true } as const;
  });
}

/**
 * The open answers the page shows merged with this one, so one decision covers them all: the same rewording
 * (see sameText), or every removal of the item. Other answers stand alone.
 */
function openSiblings(db: Db, a: typeof reviewAnswers.$inferSelect): number[] {
  if (a.verdict !== 'reformulate' && a.verdict !== 'remove') return [a.id];
  const rest = db
    .select({ id: reviewAnswers.id, proposal: reviewAnswers.proposal })
    .from(reviewAnswers)
    .where(
      and(
        eq(reviewAnswers.roundItemId, a.roundItemId),
        eq(reviewAnswers.verdict, a.verdict),
        isNull(reviewAnswers.outcome),
      ),
    )
    .all();
  return rest
    .filter((x) => a.verdict === 'remove' || sameText(x.proposal) === sameText(a.proposal))
    .map((x) => x.id);
}

/**
 * The researcher's own wording for a round item's draft item: a new version tied to the round. `expected` is
 * the draft version the form was shown with, so a change made meanwhile is not overwritten.
 */
export function rewordInRound(
  db: Db,
  round: Round,
  roundItemId: number,
  userId: number,
  text: string,
  expected?: number,
): ProcessResult {
  const wording = text.trim();
  if (!wording) return { ok: false, error: 'noText' };
  return db.transaction((tx) => {
    const t = tx as unknown as Db;
    const ri = t
      .select()
      .from(roundItems)
      .where(
        and(eq(roundItems.id, roundItemId), eq(roundItems.roundId, round.id), eq(roundItems.refKind, 'item')),
      )
      .get();
    if (!ri) return { ok: false, error: 'notFound' } as const;
    const current = t
      .select()
      .from(items)
      .where(and(eq(items.id, ri.refId), eq(items.studyId, round.studyId)))
      .get();
    if (!current || current.status !== 'active') return { ok: false, error: 'stale' } as const;
    if (current.text === wording) return { ok: true } as const;
    const res = changeItemIn(t, round.studyId, ri.refId, expected, { text: wording }, 'reword', {
      userId,
      roundId: round.id,
      reasonCode: 'own-wording',
      reasonParams: { round: round.number },
    });
    if (!res.ok) return { ok: false, error: 'stale' } as const;
    appendAudit(t, {
      studyId: round.studyId,
      userId,
      action: 'round.item.reword',
      entity: 'item',
      entityId: ri.refId,
      after: { round: round.number, text: res.item.text },
    });
    return { ok: true } as const;
  });
}
