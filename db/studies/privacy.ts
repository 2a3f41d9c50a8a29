import { and, eq, isNotNull, lte } from 'drizzle-orm';
import type { Db } from '../client';
import {
  auditLog,
  loginFailures,
  reviewRounds,
  sessions,
  standardVersions,
  studies,
  studyMembers,
  users,
} from '../schema';

/**
 * Erasure at study and account level. Deleting a study removes everything stored for it, its audit log and
 * adopted standards included: the guard triggers allow that only for a study marked `deleting_at`, which only
 * this function sets, in the same transaction.
 */
export function deleteStudy(db: Db, studyId: number): boolean {
  return db.transaction((tx) => {
    const t = tx as unknown as Db;
    const marked = t.update(studies).set({ deletingAt: new Date() }).where(eq(studies.id, studyId)).run();
    if (marked.changes !== 1) return false;
    // Children whose guards look the study up go first: in a cascade the study row would already be gone. Peer
    // review rounds refer to standard versions (and their scores to standard items), so they go before those.
    t.delete(reviewRounds).where(eq(reviewRounds.studyId, studyId)).run();
    t.delete(standardVersions).where(eq(standardVersions.studyId, studyId)).run();
    t.delete(auditLog).where(eq(auditLog.studyId, studyId)).run();
    t.delete(studies).where(eq(studies.id, studyId)).run();
    return true;
  });
}

/** Studies this researcher owns whose retention date has come: their personal data is due for erasure. */
export function retentionDue(db: Db, userId: number, today: string) {
  return db
    .select({ id: studies.id, title: studies.title, retentionUntil: studies.retentionUntil })
    .from(studyMembers)
    .innerJoin(studies, eq(studies.id, studyMembers.studyId))
    .where(
      and(
        eq(studyMembers.userId, userId),
        eq(studyMembers.role, 'owner'),
        isNotNull(studies.retentionUntil),
        lte(studies.retentionUntil, today),
      ),
    )
    .all();
}

/** Studies in which this researcher is the only owner: their account cannot go before those are handed over. */
export function soleOwnerOf(db: Db, userId: number) {
  const owned = db
    .select({ id: studies.id, title: studies.title })
    .from(studyMembers)
    .innerJoin(studies, eq(studies.id, studyMembers.studyId))
    .where(and(eq(studyMembers.userId, userId), eq(studyMembers.role, 'owner')))
    .all();
  return owned.filter(
    (s) =>
      db
        .select({ userId: studyMembers.userId })
        .from(studyMembers)
        .where(and(eq(studyMembers.studyId, s.id), eq(studyMembers.role, 'owner')))
        .all().length === 1,
  );
}

/**
 * Deletes a researcher account: sessions, memberships and failed logins go; the row itself stays as an empty
 * tombstone (no name, no address, no password) because audit entries and records they made refer to its id.
 */
export function deleteAccount(db: Db, userId: number): boolean {
  return db.transaction((tx) => {
    const t = tx as unknown as Db;
    const u = t.select().from(users).where(eq(users.id, userId)).get();
    if (!u) return false;
    t.delete(sessions).where(eq(sessions.userId, userId)).run();
    t.delete(studyMembers).where(eq(studyMembers.userId, userId)).run();
    t.delete(loginFailures).where(eq(loginFailures.email, u.email)).run();
    t.update(users)
      .set({ name: '', email: `deleted-${userId}@invalid`, passwordHash: '!' })
      .where(eq(users.id, userId))
      .run();
    return true;
  });
}
