import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { type PanelRowInput } from '../../src/panel';
import { deriveToken, newLinkSecrets, newSalt, tokenHash } from '../../src/tokens';
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
  return db.transaction((tx) =>
    insertIn(tx as unknown as Db, db.$client, studyId, inputs, secrets, new Date()),
  );
}

/** Rows per transaction of a large import: a few milliseconds of writing each. */
export const IMPORT_CHUNK = 200;

/**
 * A large panel import (a CSV of up to 20,000 rows) in chunks of {@link IMPORT_CHUNK} rows, each a short
 * transaction, with the event loop free in between, so panellists' autosaves are not held up for the whole
 * import. Still all or nothing: when a chunk fails, the rows of the chunks before it are deleted again (their
 * links were never shown, so nobody can have used them). The audit entry naming the pseudonyms is written in
 * the last chunk's transaction. Another
 * researcher may see the panel grow during the import; pseudonyms stay unique, as each chunk counts on from the
 * highest in use at that moment.
 */
export async function importPanellists(
  db: Db,
  studyId: number,
  userId: number,
  inputs: PanelRowInput[],
  secrets: { tokenSalt: string; tokenHash: string }[],
): Promise<Panellist[]> {
  if (secrets.length !== inputs.length) throw new Error('one link secret per panellist');
  if (!inputs.length) return [];
  const now = new Date();
  const added: Panellist[] = [];
  // After the first chunk only panellists added since (by someone else, in between) can hold a higher number.
  const since = db.$client
    .prepare(
      'select max(cast(substr(pseudonym, 2) as integer)) from panellists where id > ? and study_id = ?',
    )
    .pluck();
  try {
    for (let from = 0; from < inputs.length; from += IMPORT_CHUNK) {
      if (from > 0) await new Promise((resolve) => setImmediate(resolve));
      const to = from + IMPORT_CHUNK;
      const prev = added.at(-1);
      db.transaction((tx) => {
        const t = tx as unknown as Db;
        const last = prev
          ? Math.max(Number(prev.pseudonym.slice(1)), Number(since.get(prev.id, studyId) ?? 0))
          : undefined;
        added.push(
          ...insertIn(t, db.$client, studyId, inputs.slice(from, to), secrets.slice(from, to), now, last),
        );
        if (to >= inputs.length)
          auditPanellist(
            t,
            added[0]!,
            userId,
            'panellist.import',
            `${added.length} (${added.map((p) => p.pseudonym).join(', ')})`,
          );
      });
    }
  } catch (e) {
    const del = db.$client.prepare('delete from panellists where study_id = ? and id = ?');
    db.$client.transaction(() => added.forEach((p) => del.run(studyId, p.id)))();
    throw e;
  }
  return added;
}

/** Inserts within the caller's transaction: one look-up of the last pseudonym, prepared statements per row. */
function insertIn(
  t: Db,
  client: Db['$client'],
  studyId: number,
  inputs: PanelRowInput[],
  secrets: { tokenSalt: string; tokenHash: string }[],
  now: Date,
  /** The highest pseudonym number in use, when the caller knows it (else it is looked up). */
  known?: number,
): Panellist[] {
  const open = t
    .select({ id: rounds.id })
    .from(rounds)
    .where(and(eq(rounds.studyId, studyId), eq(rounds.status, 'open')))
    .all();
  // One look-up for the whole batch (not a scan of the panel per row): inside the transaction nobody else can
  // take a number in between.
  let last = known ?? lastPseudonym(t, studyId);
  // Prepared statements, and the rows built from what was written instead of read back: building a drizzle
  // statement per row, or reading 20,000 rows back, cost more than the writes themselves.
  const insert = client.prepare(
    `insert into panellists (study_id, pseudonym, name, email, organisation, role, stakeholder_group,
       token_salt, token_hash, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const invite = client.prepare(
    'insert into participations (round_id, panellist_id, invited_at) values (?, ?, ?) on conflict do nothing',
  );
  return inputs.map((input, i) => {
    const p: Panellist = {
      id: 0,
      studyId,
      pseudonym: pseudonym(++last),
      name: input.name,
      email: input.email,
      organisation: input.organisation,
      role: input.role,
      stakeholderGroup: input.stakeholderGroup,
      tokenSalt: secrets[i]!.tokenSalt,
      tokenHash: secrets[i]!.tokenHash,
      revokedAt: null,
      consentedAt: null,
      withdrawnAt: null,
      erasedAt: null,
      createdAt: now,
    };
    p.id = Number(
      insert.run(
        studyId,
        p.pseudonym,
        p.name,
        p.email,
        p.organisation,
        p.role,
        p.stakeholderGroup,
        p.tokenSalt,
        p.tokenHash,
        now.getTime(),
      ).lastInsertRowid,
    );
    for (const r of open) invite.run(r.id, p.id, now.getTime());
    return p;
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

/** A panel of thousands is listed this many at a time. */
export const PANEL_PAGE_SIZE = 200;

export interface PanelListPage {
  /** The page's panellists, in pseudonym order. */
  rows: Panellist[];
  total: number;
  /** The page shown (1-based, within 1..pages) and how many there are. */
  page: number;
  pages: number;
  /**
   * Everyone who was on the panel per stakeholder group, in the order the groups first occur in the list: as the
   * handbook counts them (a revoked link does not undo taking part).
   */
  groups: [string, number][];
}

/**
 * One page of the panel list with the counts the page shows, read page by page: a panel of 20,000 is not loaded
 * whole to show 200 of them.
 */
export function panelListPage(
  db: Db,
  studyId: number,
  requested: number,
  size = PANEL_PAGE_SIZE,
): PanelListPage {
  const groups = db
    .select({
      group: panellists.stakeholderGroup,
      n: sql<number>`count(*)`,
      first: sql<string>`min(${panellists.pseudonym})`,
    })
    .from(panellists)
    .where(eq(panellists.studyId, studyId))
    .groupBy(panellists.stakeholderGroup)
    .all()
    .sort((a, b) => (a.first < b.first ? -1 : a.first > b.first ? 1 : 0));
  const total = groups.reduce((s, g) => s + g.n, 0);
  const pages = Math.max(1, Math.ceil(total / size));
  const page = Math.min(Math.max(1, Number.isInteger(requested) ? requested : 1), pages);
  const rows = db
    .select()
    .from(panellists)
    .where(eq(panellists.studyId, studyId))
    .orderBy(asc(panellists.pseudonym))
    .limit(size)
    .offset((page - 1) * size)
    .all();
  return { rows, total, page, pages, groups: groups.map((g) => [g.group, g.n]) };
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
/** The panel's e-mail addresses (for refusing duplicates on import): one plain read, even for 20,000 panellists. */
export function panelEmails(db: Db, studyId: number): string[] {
  return db.$client
    .prepare("select email from panellists where study_id = ? and email is not null and email <> ''")
    .pluck()
    .all(studyId) as string[];
}
