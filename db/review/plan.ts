import { and, asc, eq, inArray, lt } from 'drizzle-orm';
import { appendAudit } from '../audit';
import type { Db } from '../client';
import { improvementActions, reviewRounds } from '../schema';
import type { ReviewRound } from '../../src/services/review/review';

export type ImprovementAction = typeof improvementActions.$inferSelect;

export function actionsOf(db: Db, roundId: number): ImprovementAction[] {
  return db
    .select()
    .from(improvementActions)
    .where(eq(improvementActions.roundId, roundId))
    .orderBy(asc(improvementActions.id))
    .all();
}

/** Actions of the study's earlier rounds, with their round number: what this round follows up. */
export function earlierActions(db: Db, round: ReviewRound) {
  const earlier = db
    .select({ id: reviewRounds.id, number: reviewRounds.number })
    .from(reviewRounds)
    .where(and(eq(reviewRounds.studyId, round.studyId), lt(reviewRounds.number, round.number)))
    .all();
  if (!earlier.length) return [];
  const numberOf = new Map(earlier.map((r) => [r.id, r.number]));
  return db
    .select()
    .from(improvementActions)
    .where(
      inArray(
        improvementActions.roundId,
        earlier.map((r) => r.id),
      ),
    )
    .orderBy(asc(improvementActions.id))
    .all()
    .map((a) => ({ ...a, roundNumber: numberOf.get(a.roundId)! }));
}

export interface ActionInput {
  itemLineage: string | null;
  action: string;
  owner: string;
  dueOn: string;
}

export function addAction(db: Db, round: ReviewRound, userId: number, input: ActionInput): ImprovementAction {
  return db.transaction((tx) => {
    const t = tx as unknown as Db;
    const a = t
      .insert(improvementActions)
      .values({ ...input, roundId: round.id, createdAt: new Date() })
      .returning()
      .get();
    appendAudit(t, {
      studyId: round.studyId,
      userId,
      action: 'review.action.add',
      entity: 'improvement_action',
      entityId: a.id,
      summary: input.action.slice(0, 200),
      // The owner is often a colleague's name: it stays in the plan (erased with it), not in the append-only log.
      after: { itemLineage: input.itemLineage, action: input.action, dueOn: input.dueOn },
    });
    return a;
  });
}

/**
 * Follows an action up (status and what was done) from a later round of the same study; returns undefined
 * when the action is not the study's.
 */
export function followUpAction(
  db: Db,
  round: ReviewRound,
  userId: number,
  actionId: number,
  input: { status: ImprovementAction['status']; followUp: string },
): ImprovementAction | undefined {
  return db.transaction((tx) => {
    const t = tx as unknown as Db;
    const before = t
      .select({ a: improvementActions })
      .from(improvementActions)
      .innerJoin(reviewRounds, eq(reviewRounds.id, improvementActions.roundId))
      .where(and(eq(improvementActions.id, actionId), eq(reviewRounds.studyId, round.studyId)))
      .get()?.a;
    if (!before) return undefined;
    const after = t
      .update(improvementActions)
      .set({ ...input, followedUpInRoundId: round.id })
      .where(eq(improvementActions.id, actionId))
      .returning()
      .get();
    appendAudit(t, {
      studyId: round.studyId,
      userId,
      action: 'review.action.follow-up',
      entity: 'improvement_action',
      entityId: actionId,
      before: { status: before.status, followUp: before.followUp },
      after: input,
    });
    return after;
  });
}
