import { and, asc, desc, eq, isNotNull, isNull } from 'drizzle-orm';
import { appendAudit } from '../audit';
import type { Db } from '../client';
import { cases, studies, studyMembers, users } from '../schema';

export type Study = typeof studies.$inferSelect;
export type NewStudy = Omit<typeof studies.$inferInsert, 'id' | 'createdAt' | 'updatedAt' | 'createdBy'>;
import type { Role } from '../../src/domain';
export type { Role } from '../../src/domain';

/** Creates a study with its creator as owner, in one transaction. */
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
 * values before and after. Nothing is logged when nothing changed.
 */
export function updateStudySettings(db: Db, before: Study, input: Partial<NewStudy>, userId: number): void {
  db.transaction((tx) => {
    const t = tx as unknown as Db;
    updateStudy(t, before.id, input);
    const changed = (Object.keys(input) as (keyof NewStudy)[]).filter(
      (k) => JSON.stringify(input[k]) !== JSON.stringify(before[k as keyof Study]),
    );
    if (!changed.length) return;
    const pick = (o: Record<string, unknown>) => Object.fromEntries(changed.map((k) => [k, o[k]]));
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
