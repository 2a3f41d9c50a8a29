import type { Lang } from '../../src/domain';
import { and, count, eq, gt, isNull, lt, notInArray } from 'drizzle-orm';
import type { Db } from '../client';
import { loginFailures, sessions, setupTokens, users } from '../schema';

export type User = typeof users.$inferSelect;

/** Researchers, optionally not counting some accounts (the demo researcher does not make an install "set up"). */
export function countUsers(db: Db, except: string[] = []): number {
  const where = except.length ? notInArray(users.email, except) : undefined;
  return db.select({ n: count() }).from(users).where(where).get()?.n ?? 0;
}

export function findUserByEmail(db: Db, email: string): User | undefined {
  return db.select().from(users).where(eq(users.email, email.trim().toLowerCase())).get();
}

export function insertUser(
  db: Db,
  u: { email: string; name: string; passwordHash: string; lang?: Lang },
): User {
  return db
    .insert(users)
    .values({ ...u, email: u.email.trim().toLowerCase(), createdAt: new Date() })
    .returning()
    .get();
}

export function setUserLang(db: Db, id: number, lang: Lang): void {
  db.update(users).set({ lang }).where(eq(users.id, id)).run();
}

export function insertSession(db: Db, tokenHash: string, userId: number, ttlMs: number): void {
  const now = Date.now();
  db.insert(sessions)
    .values({ tokenHash, userId, createdAt: new Date(now), expiresAt: new Date(now + ttlMs) })
    .run();
}

export function findSessionUser(db: Db, tokenHash: string): User | undefined {
  const row = db
    .select({ user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, new Date())))
    .get();
  return row?.user;
}

export function deleteSession(db: Db, tokenHash: string): void {
  db.delete(sessions).where(eq(sessions.tokenHash, tokenHash)).run();
}

/** Expired sessions are of no use and name who was signed in when; the server drops them every minute. */
export function purgeExpiredSessions(db: Db, now = new Date()): number {
  return db.delete(sessions).where(lt(sessions.expiresAt, now)).run().changes;
}

/**
 * Reserves one login attempt for this account and address before any password is checked: counted as a failure
 * until the login succeeds (then the failures are cleared). Count and insert run in one synchronous transaction,
 * so parallel requests cannot all pass the check before any of them is recorded. False when the limit is reached.
 */
export function reserveLoginAttempt(
  db: Db,
  email: string,
  ip: string,
  limit: number,
  windowMs: number,
): boolean {
  return db.transaction((tx) => {
    if (countRecentFailures(tx as unknown as Db, email, ip, windowMs) >= limit) return false;
    tx.insert(loginFailures).values({ email: email.trim().toLowerCase(), ip, at: new Date() }).run();
    return true;
  });
}

export function countRecentFailures(db: Db, email: string, ip: string, sinceMs: number): number {
  const since = new Date(Date.now() - sinceMs);
  return (
    db
      .select({ n: count() })
      .from(loginFailures)
      .where(
        and(
          eq(loginFailures.email, email.trim().toLowerCase()),
          eq(loginFailures.ip, ip),
          gt(loginFailures.at, since),
        ),
      )
      .get()?.n ?? 0
  );
}

export function clearLoginFailures(db: Db, email: string, ip: string): void {
  db.delete(loginFailures)
    .where(and(eq(loginFailures.email, email.trim().toLowerCase()), eq(loginFailures.ip, ip)))
    .run();
}

export function insertSetupToken(db: Db, tokenHash: string): void {
  db.insert(setupTokens).values({ tokenHash, createdAt: new Date() }).run();
}

/** Marks the setup token used; true only for the first caller with an unused, valid token. */
export function consumeSetupToken(db: Db, tokenHash: string): boolean {
  const res = db
    .update(setupTokens)
    .set({ usedAt: new Date() })
    .where(and(eq(setupTokens.tokenHash, tokenHash), isNull(setupTokens.usedAt)))
    .run();
  return res.changes === 1;
}

export function isSetupTokenValid(db: Db, tokenHash: string): boolean {
  const row = db.select().from(setupTokens).where(eq(setupTokens.tokenHash, tokenHash)).get();
  return !!row && row.usedAt === null;
}

/** Failed logins older than the throttle window no longer matter; the server drops them every minute. */
export function pruneLoginFailures(db: Db, olderThanMs: number): void {
  db.delete(loginFailures)
    .where(lt(loginFailures.at, new Date(Date.now() - olderThanMs)))
    .run();
}
