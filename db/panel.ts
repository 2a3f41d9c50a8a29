import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { deriveToken, newSalt, tokenHash, type PanelRowInput } from '../src/panel';
import type { Db } from './client';
import { panellists, participations, rounds } from './schema';

export type Panellist = typeof panellists.$inferSelect;

/** The highest pseudonym number in use; new ones count on from it (never reused, also after revocation). */
function lastPseudonym(db: Db, studyId: number): number {
  const row = db
    .select({ max: sql<number | null>`max(cast(substr(${panellists.pseudonym}, 2) as integer))` })
    .from(panellists)
    .where(eq(panellists.studyId, studyId))
    .get();
  return row?.max ?? 0;
}

const chunks = <T>(xs: T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(xs.length / size) }, (_, i) => xs.slice(i * size, (i + 1) * size));

const pseudonym = (n: number) => `P${String(n).padStart(3, '0')}`;

/**
 * Adds panellists with fresh link salts, in one transaction; each is also invited to rounds that are open now.
 * Returns them in input order.
 */
export function addPanellists(db: Db, key: Buffer, studyId: number, inputs: PanelRowInput[]): Panellist[] {
  return db.transaction((tx) => {
    const t = tx as unknown as Db;
    const open = t
      .select({ id: rounds.id })
      .from(rounds)
      .where(and(eq(rounds.studyId, studyId), eq(rounds.status, 'open')))
      .all();
    // One look-up for the whole import (not a scan of the panel per row): inside the transaction nobody else
    // can take a number in between.
    let last = lastPseudonym(t, studyId);
    const now = new Date();
    const rows = inputs.map((input) => {
      const salt = newSalt();
      return {
        ...input,
        studyId,
        pseudonym: pseudonym(++last),
        tokenSalt: salt,
        tokenHash: tokenHash(deriveToken(key, salt)),
        createdAt: now,
      };
    });
    // Multi-row statements: building one statement per row cost more than the writes (20,000 rows: 9 s).
    // 12 columns x 500 rows stays far below SQLite's 32,766 variables.
    const added = chunks(rows, 500).flatMap((chunk) =>
      t
        .insert(panellists)
        .values(chunk)
        .returning()
        .all()
        .sort((a, b) => a.id - b.id),
    );
    const invites = added.flatMap((p) =>
      open.map((r) => ({ roundId: r.id, panellistId: p.id, invitedAt: now })),
    );
    for (const chunk of chunks(invites, 1000))
      t.insert(participations).values(chunk).onConflictDoNothing().run();
    return added;
  });
}

export function addPanellist(db: Db, key: Buffer, studyId: number, input: PanelRowInput): Panellist {
  return addPanellists(db, key, studyId, [input])[0]!;
}

export function listPanellists(db: Db, studyId: number): Panellist[] {
  return db
    .select()
    .from(panellists)
    .where(eq(panellists.studyId, studyId))
    .orderBy(asc(panellists.pseudonym))
    .all();
}

export function findPanellist(db: Db, studyId: number, id: number): Panellist | undefined {
  return db
    .select()
    .from(panellists)
    .where(and(eq(panellists.studyId, studyId), eq(panellists.id, id)))
    .get();
}

/** The personal link token, derived again from the server key and the stored salt. */
export function linkToken(key: Buffer, p: Pick<Panellist, 'tokenSalt'>): string {
  return deriveToken(key, p.tokenSalt);
}

/** New salt, new link; the old link stops working at once. Also lifts a revocation. */
export function regenerateLink(db: Db, key: Buffer, studyId: number, id: number): Panellist | undefined {
  const salt = newSalt();
  return db
    .update(panellists)
    .set({ tokenSalt: salt, tokenHash: tokenHash(deriveToken(key, salt)), revokedAt: null })
    .where(and(eq(panellists.studyId, studyId), eq(panellists.id, id)))
    .returning()
    .get();
}

export function revokeLink(db: Db, studyId: number, id: number): Panellist | undefined {
  return db
    .update(panellists)
    .set({ revokedAt: new Date() })
    .where(and(eq(panellists.studyId, studyId), eq(panellists.id, id), isNull(panellists.revokedAt)))
    .returning()
    .get();
}

export function panelEmails(db: Db, studyId: number): string[] {
  return db
    .select({ email: panellists.email })
    .from(panellists)
    .where(eq(panellists.studyId, studyId))
    .all()
    .flatMap((r) => (r.email ? [r.email] : []));
}
