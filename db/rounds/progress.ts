import { and, asc, count, eq, isNull, sql } from 'drizzle-orm';
import { appendAudit } from '../audit';
import type { Db } from '../client';
import { memberCheckResponses, memberChecks, panellists, participations, reminders } from '../schema';

/** One row per invited panellist, for the dashboard tally (pseudonym and group only, never the name). */
export function participationRows(db: Db, roundId: number) {
  return db
    .select({
      panellistId: panellists.id,
      pseudonym: panellists.pseudonym,
      group: panellists.stakeholderGroup,
      revokedAt: panellists.revokedAt,
      startedAt: participations.startedAt,
      completedAt: participations.completedAt,
      lastReminderAt: participations.lastReminderAt,
    })
    .from(participations)
    .innerJoin(panellists, eq(panellists.id, participations.panellistId))
    .where(eq(participations.roundId, roundId))
    .orderBy(asc(panellists.pseudonym))
    .all();
}

/**
 * Who gets a mailing of the round, with the identity, for mail merge only: everyone invited whose link works
 * and who has not stopped — for a reminder only those who have not completed the round.
 */
function recipients(db: Db, roundId: number, notCompleted: boolean) {
  return db
    .select({
      id: panellists.id,
      pseudonym: panellists.pseudonym,
      name: panellists.name,
      email: panellists.email,
      tokenSalt: panellists.tokenSalt,
    })
    .from(participations)
    .innerJoin(panellists, eq(panellists.id, participations.panellistId))
    .where(
      and(
        eq(participations.roundId, roundId),
        notCompleted ? isNull(participations.completedAt) : undefined,
        isNull(panellists.revokedAt),
        isNull(panellists.withdrawnAt),
      ),
    )
    .orderBy(asc(panellists.pseudonym))
    .all();
}

/** Who gets a reminder: invited, not completed, link not revoked, not stopped. */
export const reminderRecipients = (db: Db, roundId: number) => recipients(db, roundId, true);

/** Everyone invited to the round whose link works and who has not stopped: the invitation's recipients. */
export const invitationRecipients = (db: Db, roundId: number) => recipients(db, roundId, false);

/** Records reminders (one row each) and the time of the last one on the participation. */
export function recordReminders(
  db: Db,
  roundId: number,
  sent: { panellistId: number; channel: 'email' | 'csv' | 'copy'; error: string | null }[],
): void {
  db.transaction((tx) => {
    const now = new Date();
    for (const s of sent) {
      tx.insert(reminders)
        .values({ roundId, panellistId: s.panellistId, channel: s.channel, sentAt: now, error: s.error })
        .run();
      if (!s.error) {
        tx.update(participations)
          .set({ lastReminderAt: now })
          .where(and(eq(participations.roundId, roundId), eq(participations.panellistId, s.panellistId)))
          .run();
      }
    }
  });
}

/** Reminders of a round grouped by moment and channel, for the history list. */
export function reminderHistory(db: Db, roundId: number) {
  return db
    .select({
      sentAt: reminders.sentAt,
      channel: reminders.channel,
      sent: sql<number>`sum(case when ${reminders.error} is null then 1 else 0 end)`,
      failed: sql<number>`sum(case when ${reminders.error} is null then 0 else 1 end)`,
    })
    .from(reminders)
    .where(eq(reminders.roundId, roundId))
    .groupBy(reminders.sentAt, reminders.channel)
    .orderBy(sql`${reminders.sentAt} desc`)
    .all();
}

export function publishMemberCheck(db: Db, roundId: number, userId: number, summary: string) {
  return db
    .insert(memberChecks)
    .values({ roundId, summary, publishedAt: new Date(), publishedBy: userId })
    .returning()
    .get();
}

/** A member check is put to the panel only after its round has closed. */
export const canPublishMemberCheck = (round: { status: string }) => round.status === 'closed';

/**
 * Publishes the summary of a closed round for the member check, with its audit entry (how many panellists it
 * goes to), in one transaction; undefined when the round has not closed.
 */
export function publishRoundMemberCheck(
  db: Db,
  round: { id: number; studyId: number; status: string },
  userId: number,
  summary: string,
) {
  if (!canPublishMemberCheck(round)) return undefined;
  return db.transaction((tx) => {
    const t = tx as unknown as Db;
    const mc = publishMemberCheck(t, round.id, userId, summary);
    appendAudit(t, {
      studyId: round.studyId,
      userId,
      action: 'round.member-check',
      entity: 'round',
      entityId: round.id,
      after: { memberCheckId: mc.id, panellists: countParticipations(t, round.id) },
    });
    return mc;
  });
}

/** Member checks of a round with the responses, by pseudonym. */
export function memberChecksOf(db: Db, roundId: number) {
  const checks = db
    .select()
    .from(memberChecks)
    .where(eq(memberChecks.roundId, roundId))
    .orderBy(asc(memberChecks.publishedAt))
    .all();
  return checks.map((c) => ({
    ...c,
    responses: db
      .select({
        pseudonym: panellists.pseudonym,
        agrees: memberCheckResponses.agrees,
        comment: memberCheckResponses.comment,
        at: memberCheckResponses.at,
      })
      .from(memberCheckResponses)
      .innerJoin(panellists, eq(panellists.id, memberCheckResponses.panellistId))
      .where(eq(memberCheckResponses.memberCheckId, c.id))
      .orderBy(asc(panellists.pseudonym))
      .all(),
  }));
}

export function countParticipations(db: Db, roundId: number): number {
  return (
    db.select({ n: count() }).from(participations).where(eq(participations.roundId, roundId)).get()?.n ?? 0
  );
}
