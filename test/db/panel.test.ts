import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../db/client';
import {
  createPanellist,
  findPanellist,
  importPanellists,
  listPanellists,
  regenerateLink,
  revokeLink,
} from '../../db/panel/panel';
import { auditLog } from '../../db/schema';
import { newLinkSecrets } from '../../src/tokens';
import { KEY, roundsWorld } from '../rounds/_fixture';

/** From now on every audit insert fails, as a full disk or a broken log would. */
function breakAudit(db: Db) {
  db.run(
    sql.raw(
      "CREATE TRIGGER audit_fails BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'audit down'); END",
    ),
  );
}

const anna = { name: 'Anna', email: 'anna@example.org', organisation: '', role: '', stakeholderGroup: '' };
const actions = (db: Db, studyId: number) =>
  db
    .select()
    .from(auditLog)
    .where(eq(auditLog.studyId, studyId))
    .all()
    .filter((a) => a.entity === 'panellist')
    .map((a) => `${a.action} ${a.summary}`);

describe('panel changes and their audit entries', () => {
  it('adds a panellist with an audit entry naming the pseudonym, and refuses an address already on the panel', async () => {
    const w = await roundsWorld();
    expect(createPanellist(w.db, KEY, w.studyId, w.userId, anna).ok).toBe(true);
    const again = createPanellist(w.db, KEY, w.studyId, w.userId, { ...anna, email: 'ANNA@example.org' });
    expect(again).toEqual({ ok: false, error: 'duplicateEmail' });
    expect(actions(w.db, w.studyId)).toEqual(['panellist.create P001']);
  });

  it('writes an added panellist and its audit entry in one transaction: when the audit insert fails nobody is added', async () => {
    const w = await roundsWorld();
    breakAudit(w.db);
    expect(() => createPanellist(w.db, KEY, w.studyId, w.userId, anna)).toThrow(/audit down/);
    expect(listPanellists(w.db, w.studyId)).toHaveLength(0);
  });

  it('imports all rows or none: when the audit insert fails no row is kept', async () => {
    const w = await roundsWorld();
    const rows = [anna, { ...anna, name: 'Bram', email: null }];
    breakAudit(w.db);
    await expect(
      importPanellists(w.db, w.studyId, w.userId, rows, newLinkSecrets(KEY, rows.length)),
    ).rejects.toThrow(/audit down/);
    expect(listPanellists(w.db, w.studyId)).toHaveLength(0);
  });

  it('keeps the old link and the revocation when the audit insert of a regeneration or revocation fails', async () => {
    const w = await roundsWorld();
    const res = createPanellist(w.db, KEY, w.studyId, w.userId, anna);
    if (!res.ok) throw new Error('not added');
    const p = res.panellist;
    breakAudit(w.db);
    expect(() => regenerateLink(w.db, KEY, w.studyId, p.id, w.userId)).toThrow(/audit down/);
    expect(() => revokeLink(w.db, w.studyId, p.id, w.userId)).toThrow(/audit down/);
    const after = findPanellist(w.db, w.studyId, p.id)!;
    expect(after.tokenSalt).toBe(p.tokenSalt);
    expect(after.revokedAt).toBeNull();
  });

  it('logs a revocation once: revoking a revoked link changes and logs nothing', async () => {
    const w = await roundsWorld();
    const res = createPanellist(w.db, KEY, w.studyId, w.userId, anna);
    if (!res.ok) throw new Error('not added');
    expect(revokeLink(w.db, w.studyId, res.panellist.id, w.userId)).toBeDefined();
    expect(revokeLink(w.db, w.studyId, res.panellist.id, w.userId)).toBeUndefined();
    expect(actions(w.db, w.studyId)).toEqual(['panellist.create P001', 'panellist.link.revoke P001']);
  });
});
