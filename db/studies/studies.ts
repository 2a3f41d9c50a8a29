import { and, asc, desc, eq, isNotNull, isNull } from 'drizzle-orm';
import { appendAudit, listAudit } from '../audit';
import { findUserByEmail } from '../auth/users';
import type { Db } from '../client';
import { cases, studies, studyMembers, users } from '../schema';

export type Study = typeof studies.$inferSelect;
export type NewStudy = Omit<typeof studies.$inferInsert, 'id' | 'createdAt' | 'updatedAt' | 'createdBy'>;
import type { Role } from '../../src/domain';
export type { Role } from '../../src/domain';

/** Creates a study with its creator as owner, in one transaction (no audit entry: seeds, fixtures, import). */
export function createStudy(db: Db, userId: number, input: NewStudy): Study {
  return db.transaction((tx) => {
    const now = new Date();
    const study = tx
      .insert(studies)
      .values({ ...input, createdBy: userId, createdAt: now, updatedAt: now })
      .returning()
      .get();
    tx.insert(studyMembers).values({ studyId: study.id, userId, role: 'owner', addedAt: now }).run();
    return study;
  });
}

export function findStudy(db: Db, id: number): Study | undefined {
  return db.select().from(studies).where(eq(studies.id, id)).get();
}

export function memberRole(db: Db, studyId: number, userId: number): Role | undefined {
  return db
    .select({ role: studyMembers.role })
    .from(studyMembers)
    .where(and(eq(studyMembers.studyId, studyId), eq(studyMembers.userId, userId)))
    .get()?.role;
}

/** The studies a researcher belongs to, with their role and case count. */
export function listStudiesFor(db: Db, userId: number, archived: boolean) {
  return db
    .select({
      id: studies.id,
      title: studies.title,
      description: studies.description,
      archivedAt: studies.archivedAt,
      updatedAt: studies.updatedAt,
      role: studyMembers.role,
      caseCount: db.$count(cases, eq(cases.studyId, studies.id)),
    })
    .from(studyMembers)
    .innerJoin(studies, eq(studies.id, studyMembers.studyId))
    .where(
      and(
        eq(studyMembers.userId, userId),
        archived ? isNotNull(studies.archivedAt) : isNull(studies.archivedAt),
      ),
    )
    .orderBy(desc(studies.updatedAt))
    .all();
}

export function updateStudy(db: Db, id: number, patch: Partial<NewStudy>): Study | undefined {
  return db
    .update(studies)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(studies.id, id))
    .returning()
    .get();
}

export function setArchived(db: Db, id: number, archived: boolean): void {
  db.update(studies)
    .set({ archivedAt: archived ? new Date() : null, updatedAt: new Date() })
    .where(eq(studies.id, id))
    .run();
}

export function listMembers(db: Db, studyId: number) {
  return db
    .select({ userId: users.id, name: users.name, email: users.email, role: studyMembers.role })
    .from(studyMembers)
    .innerJoin(users, eq(users.id, studyMembers.userId))
    .where(eq(studyMembers.studyId, studyId))
    .orderBy(asc(users.name))
    .all();
}

export function addMember(db: Db, studyId: number, userId: number, role: Exclude<Role, 'owner'>): void {
  db.insert(studyMembers).values({ studyId, userId, role, addedAt: new Date() }).run();
}

export function removeMember(db: Db, studyId: number, userId: number): void {
  db.delete(studyMembers)
    .where(and(eq(studyMembers.studyId, studyId), eq(studyMembers.userId, userId)))
    .run();
}

/**
 * Saves the study settings and, in the same transaction, one audit entry naming the changed fields with their
 * values before and after (of the known names only their number). Nothing is logged when nothing changed.
 */
export function updateStudySettings(db: Db, before: Study, input: Partial<NewStudy>, userId: number): void {
  db.transaction((tx) => {
    const t = tx as unknown as Db;
    updateStudy(t, before.id, input);
    const changed = (Object.keys(input) as (keyof NewStudy)[]).filter(
      (k) => JSON.stringify(input[k]) !== JSON.stringify(before[k as keyof Study]),
    );
    if (!changed.length) return;
    // The known names are real people's names; the append-only log keeps how many there are, not who.
    const logged = (k: string, v: unknown) => (k === 'knownNames' && Array.isArray(v) ? v.length : v);
    const pick = (o: Record<string, unknown>) => Object.fromEntries(changed.map((k) => [k, logged(k, o[k])]));
    appendAudit(t, {
      studyId: before.id,
      userId,
      action: 'study.update',
      entity: 'study',
      entityId: before.id,
      summary: changed.join(', '),
      before: pick(before as unknown as Record<string, unknown>),
      after: pick(input as unknown as Record<string, unknown>),
    });
  });
}

/** A researcher creates a study: the study, its owner and the audit entry in one transaction. */
export function createStudyAudited(db: Db, userId: number, input: NewStudy): Study {
  return db.transaction((tx) => {
    const t = tx as unknown as Db;
    const study = createStudy(t, userId, input);
    appendAudit(t, {
      studyId: study.id,
      userId,
      action: 'study.create',
      entity: 'study',
      entityId: study.id,
      summary: study.title,
    });
    return study;
  });
}

/** Archives (or brings back) a study, with its audit entry, in one transaction. */
export function archiveStudy(db: Db, studyId: number, archived: boolean, userId: number): void {
  db.transaction((tx) => {
    const t = tx as unknown as Db;
    setArchived(t, studyId, archived);
    appendAudit(t, {
      studyId,
      userId,
      action: archived ? 'study.archive' : 'study.unarchive',
      entity: 'study',
      entityId: studyId,
    });
  });
}

export type AddMemberResult = { ok: true } | { ok: false; reason: 'no-such-user' | 'already-member' };

/**
 * Adds the researcher with this e-mail address to the team, with its audit entry, in one transaction. Refused
 * when nobody has that address or the researcher is already on the team.
 */
export function addMemberByEmail(
  db: Db,
  studyId: number,
  email: string,
  role: Exclude<Role, 'owner'>,
  byUserId: number,
): AddMemberResult {
  return db.transaction((tx) => {
    const t = tx as unknown as Db;
    const user = findUserByEmail(t, email);
    if (!user) return { ok: false, reason: 'no-such-user' } as const;
    if (memberRole(t, studyId, user.id)) return { ok: false, reason: 'already-member' } as const;
    addMember(t, studyId, user.id, role);
    appendAudit(t, {
      studyId,
      userId: byUserId,
      action: 'team.add',
      entity: 'member',
      entityId: user.id,
      // Role only: the log is append-only and outlives the account; the audit page shows the name while it exists.
      summary: role,
    });
    return { ok: true } as const;
  });
}

/**
 * Removes a member other than the owner from the team, with its audit entry, in one transaction. False (and
 * nothing logged) when the user is no member or the owner.
 */
export function removeTeamMember(db: Db, studyId: number, userId: number, byUserId: number): boolean {
  return db.transaction((tx) => {
    const t = tx as unknown as Db;
    const role = memberRole(t, studyId, userId);
    if (!role || role === 'owner') return false;
    removeMember(t, studyId, userId);
    appendAudit(t, {
      studyId,
      userId: byUserId,
      action: 'team.remove',
      entity: 'member',
      entityId: userId,
      before: role,
    });
    return true;
  });
}

/** The study's audit trail, newest first, for the audit page. */
export function studyAuditTrail(db: Db, studyId: number) {
  return listAudit(db, studyId);
}
