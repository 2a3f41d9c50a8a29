import { and, asc, eq, gte, isNull, sql } from 'drizzle-orm';
import { deriveToken, newLinkSecrets, newSalt, tokenHash, type PanelRowInput } from '../../src/panel';
import { appendAudit } from '../audit';
import type { Db } from '../client';
import { panellists, rounds } from '../schema';

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

const pseudonym = (n: number) => `P${String(n).padStart(3, '0')}`;

/**
 * Adds panellists with fresh link salts, in one transaction; each is also invited to rounds that are open now.
 * Returns them in input order.
 */
export function addPanellists(
  db: Db,
  key: Buffer,
  studyId: number,
  inputs: PanelRowInput[],
  secrets = newLinkSecrets(key, inputs.length),
): Panellist[] {
  if (secrets.length !== inputs.length) throw new Error('one link secret per panellist');
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
    const rows = inputs.map((input, i) => ({ ...input, pseudonym: pseudonym(++last), ...secrets[i]! }));
    // Prepared statements, then one read back: building a drizzle statement per row cost more than the
    // writes themselves (20,000 rows: 9 s, now well under one).
    const insert = db.$client.prepare(
      `insert into panellists (study_id, pseudonym, name, email, organisation, role, stakeholder_group,
         token_salt, token_hash, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const ids = rows.map(
      (r) =>
        insert.run(
          studyId,
          r.pseudonym,
          r.name,
          r.email,
          r.organisation,
          r.role,
          r.stakeholderGroup,
          r.tokenSalt,
          r.tokenHash,
          now.getTime(),
        ).lastInsertRowid as number,
    );
    const added = ids.length
      ? t
          .select()
          .from(panellists)
          .where(and(eq(panellists.studyId, studyId), gte(panellists.id, ids[0]!)))
          .orderBy(asc(panellists.id))
          .all()
      : [];
    const invite = db.$client.prepare(
      'insert into participations (round_id, panellist_id, invited_at) values (?, ?, ?) on conflict do nothing',
    );
    for (const p of added) for (const r of open) invite.run(r.id, p.id, now.getTime());
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

function auditPanellist(db: Db, p: Panellist, userId: number, action: string, summary = p.pseudonym) {
  appendAudit(db, { studyId: p.studyId, userId, action, entity: 'panellist', entityId: p.id, summary });
}

/** True when the address is already on the study's panel (case-insensitive), other than on panellist `except`. */
export function emailTaken(db: Db, studyId: number, email: string, except?: number): boolean {
  const lower = email.toLowerCase();
  return db
    .select({ id: panellists.id, email: panellists.email })
    .from(panellists)
    .where(eq(panellists.studyId, studyId))
    .all()
    .some((r) => r.id !== except && r.email?.toLowerCase() === lower);
}

/**
 * Adds one panellist from the panel form with its audit entry, in one transaction; refused when the e-mail
 * address is already on the panel.
 */
export function createPanellist(
  db: Db,
  key: Buffer,
  studyId: number,
  userId: number,
  input: PanelRowInput,
): { ok: true; panellist: Panellist } | { ok: false; error: 'duplicateEmail' } {
  return db.transaction(() => {
    if (input.email && emailTaken(db, studyId, input.email)) return { ok: false, error: 'duplicateEmail' };
    // `db`, not the transaction handle: addPanellists prepares statements on the connection, and its own
    // transaction nests as a savepoint in this one.
    const p = addPanellist(db, key, studyId, input);
    auditPanellist(db, p, userId, 'panellist.create');
    return { ok: true, panellist: p };
  });
}

/**
 * Adds the good rows of an imported CSV with one audit entry naming the pseudonyms, in one transaction (all or
 * nothing). `secrets` come from the worker pool, one per row.
 */
export function importPanellists(
  db: Db,
  key: Buffer,
  studyId: number,
  userId: number,
  inputs: PanelRowInput[],
  secrets: ReturnType<typeof newLinkSecrets>,
): Panellist[] {
  return db.transaction(() => {
    const added = addPanellists(db, key, studyId, inputs, secrets);
    if (added.length)
      auditPanellist(
        db,
        added[0]!,
        userId,
        'panellist.import',
        `${added.length} (${added.map((p) => p.pseudonym).join(', ')})`,
      );
    return added;
  });
}

/**
 * New salt, new link, with its audit entry in one transaction; the old link stops working at once. Also lifts a
 * revocation.
 */
export function regenerateLink(
  db: Db,
  key: Buffer,
  studyId: number,
  id: number,
  userId: number,
): Panellist | undefined {
  const salt = newSalt();
  return db.transaction((tx) => {
    const t = tx as unknown as Db;
    const p = t
      .update(panellists)
      .set({ tokenSalt: salt, tokenHash: tokenHash(deriveToken(key, salt)), revokedAt: null })
      .where(and(eq(panellists.studyId, studyId), eq(panellists.id, id)))
      .returning()
      .get();
    if (p) auditPanellist(t, p, userId, 'panellist.link.regenerate');
    return p;
  });
}

/** Revokes a working link, with its audit entry in one transaction; undefined when it was revoked already. */
export function revokeLink(db: Db, studyId: number, id: number, userId: number): Panellist | undefined {
  return db.transaction((tx) => {
    const t = tx as unknown as Db;
    const p = t
      .update(panellists)
      .set({ revokedAt: new Date() })
      .where(and(eq(panellists.studyId, studyId), eq(panellists.id, id), isNull(panellists.revokedAt)))
      .returning()
      .get();
    if (p) auditPanellist(t, p, userId, 'panellist.link.revoke');
    return p;
  });
}

/** The e-mail addresses on a study's panel (for the CSV import's duplicate check). */
export function panelEmails(db: Db, studyId: number): string[] {
  return db
    .select({ email: panellists.email })
    .from(panellists)
    .where(eq(panellists.studyId, studyId))
    .all()
    .flatMap((r) => (r.email ? [r.email] : []));
}
