import { and, desc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Db } from './client';
import { auditLog, users } from './schema';

export interface AuditEntry {
  studyId: number;
  userId: number | null;
  action: string;
  entity: string;
  entityId?: number | null;
  summary?: string;
  before?: unknown;
  after?: unknown;
}

const SHORT = 2000;

function short(v: unknown): string | null {
  if (v === undefined || v === null) return null;
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return s.length > SHORT ? `${s.slice(0, SHORT)}…` : s;
}

/** Appends one entry; the audit log is never updated or deleted by the app. */
export function appendAudit(db: Db, e: AuditEntry): void {
  db.insert(auditLog)
    .values({
      studyId: e.studyId,
      userId: e.userId,
      at: new Date(),
      action: e.action,
      entity: e.entity,
      entityId: e.entityId ?? null,
      summary: e.summary ?? '',
      before: short(e.before),
      after: short(e.after),
    })
    .run();
}

/** A team member an entry is about: their name is joined in, never stored in the append-only log. */
const member = alias(users, 'member');

export function listAudit(db: Db, studyId: number, limit = 200) {
  return db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      action: auditLog.action,
      entity: auditLog.entity,
      entityId: auditLog.entityId,
      summary: auditLog.summary,
      before: auditLog.before,
      after: auditLog.after,
      userName: users.name,
      memberName: member.name,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.userId))
    .leftJoin(member, and(eq(auditLog.entity, 'member'), eq(member.id, auditLog.entityId)))
    .where(eq(auditLog.studyId, studyId))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(limit)
    .all();
}
