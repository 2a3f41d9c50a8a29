import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../client';
import {
  coverageAnswers,
  memberCheckResponses,
  memberChecks,
  participations,
  proposedActivities,
  ratingAnswers,
  reviewAnswers,
  rounds,
  studies,
} from '../schema';

/** The rounds a panellist was invited to, newest first, with the study's title and language. */
export function panellistRounds(db: Db, panellistId: number) {
  return db
    .select({
      id: rounds.id,
      number: rounds.number,
      kind: rounds.kind,
      title: rounds.title,
      status: rounds.status,
      closesAt: rounds.closesAt,
      startedAt: participations.startedAt,
      completedAt: participations.completedAt,
    })
    .from(participations)
    .innerJoin(rounds, eq(rounds.id, participations.roundId))
    .where(eq(participations.panellistId, panellistId))
    .orderBy(desc(rounds.number))
    .all();
}

export function studyForPanel(db: Db, studyId: number) {
  return db
    .select({
      id: studies.id,
      title: studies.title,
      lang: studies.lang,
      phases: studies.phases,
      importanceScale: studies.importanceScale,
      frequencyScale: studies.frequencyScale,
    })
    .from(studies)
    .where(eq(studies.id, studyId))
    .get();
}

export type RatingAnswer = typeof ratingAnswers.$inferSelect;
export type ReviewAnswer = typeof reviewAnswers.$inferSelect;
export type CoverageAnswer = typeof coverageAnswers.$inferSelect;
export type ProposedActivity = typeof proposedActivities.$inferSelect;

/** Everything this panellist answered in one round, keyed for the page. */
export function ownAnswers(db: Db, roundId: number, panellistId: number) {
  const mine = <T extends typeof ratingAnswers | typeof reviewAnswers | typeof coverageAnswers>(t: T) =>
    and(eq(t.roundId, roundId), eq(t.panellistId, panellistId));
  return {
    rating: new Map(
      db
        .select()
        .from(ratingAnswers)
        .where(mine(ratingAnswers))
        .all()
        .map((a) => [a.roundItemId, a]),
    ),
    review: new Map(
      db
        .select()
        .from(reviewAnswers)
        .where(mine(reviewAnswers))
        .all()
        .map((a) => [a.roundItemId, a]),
    ),
    coverage: new Map(
      db
        .select()
        .from(coverageAnswers)
        .where(mine(coverageAnswers))
        .all()
        .map((a) => [a.roundClusterId, a]),
    ),
    proposals: db
      .select()
      .from(proposedActivities)
      .where(and(eq(proposedActivities.roundId, roundId), eq(proposedActivities.panellistId, panellistId)))
      .orderBy(asc(proposedActivities.id))
      .all(),
  };
}

export type OwnAnswers = ReturnType<typeof ownAnswers>;

/** "Afronden": marks the participation completed (idempotent; the first completion time is kept). */
export function completeParticipation(db: Db, participationId: number): void {
  const now = new Date();
  db.update(participations)
    .set({ completedAt: now })
    .where(and(eq(participations.id, participationId), isNull(participations.completedAt)))
    .run();
  db.update(participations)
    .set({ startedAt: now })
    .where(and(eq(participations.id, participationId), isNull(participations.startedAt)))
    .run();
}

/** Member checks of rounds this panellist was invited to, with their own response. */
export function memberChecksFor(db: Db, panellistId: number) {
  const roundIds = db
    .select({ id: participations.roundId })
    .from(participations)
    .where(eq(participations.panellistId, panellistId))
    .all()
    .map((r) => r.id);
  if (!roundIds.length) return [];
  const checks = db
    .select({
      id: memberChecks.id,
      roundId: memberChecks.roundId,
      summary: memberChecks.summary,
      publishedAt: memberChecks.publishedAt,
      roundNumber: rounds.number,
      roundTitle: rounds.title,
    })
    .from(memberChecks)
    .innerJoin(rounds, eq(rounds.id, memberChecks.roundId))
    .where(inArray(memberChecks.roundId, roundIds))
    .orderBy(desc(memberChecks.publishedAt))
    .all();
  return checks.map((c) => ({
    ...c,
    response: db
      .select()
      .from(memberCheckResponses)
      .where(
        and(eq(memberCheckResponses.memberCheckId, c.id), eq(memberCheckResponses.panellistId, panellistId)),
      )
      .get(),
  }));
}

/** Stores (or replaces) a panellist's "klopt" or comment on a member check they may see. */
export function respondMemberCheck(
  db: Db,
  panellistId: number,
  memberCheckId: number,
  agrees: boolean,
  comment: string,
): boolean {
  const ok = memberChecksFor(db, panellistId).some((c) => c.id === memberCheckId);
  if (!ok) return false;
  db.insert(memberCheckResponses)
    .values({ memberCheckId, panellistId, agrees, comment, at: new Date() })
    .onConflictDoUpdate({
      target: [memberCheckResponses.memberCheckId, memberCheckResponses.panellistId],
      set: { agrees, comment, at: new Date() },
    })
    .run();
  return true;
}
