import { auditDown } from '../_audit-down';
import { describe, expect, it } from 'vitest';
import { listAudit } from '../../db/audit';
import {
  addPanellist,
  IMPORT_CHUNK,
  importPanellists,
  listPanellists,
  type Panellist,
} from '../../db/panel/panel';
import { participations } from '../../db/schema';
import { newLinkSecrets } from '../../src/tokens';
import { openedRound, roundsWorld } from '../rounds/_fixture';

const rows = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    name: `Panellid ${i}`,
    email: `p${i}@example.org`,
    organisation: '',
    role: '',
    stakeholderGroup: 'mw',
  }));
const KEY = Buffer.alloc(32, 3);

describe('importPanellists', () => {
  it('lets other work run between its chunks and stores every row with consecutive pseudonyms, invited to open rounds', async () => {
    const w = await roundsWorld();
    const round = openedRound(w.db, w.userId, w.studyId, { kind: 'rating' });
    const n = IMPORT_CHUNK * 3 + 7;
    let ranBetween = false;
    setImmediate(() => (ranBetween = true));
    const added = await importPanellists(w.db, w.studyId, w.userId, rows(n), newLinkSecrets(KEY, n));
    expect(ranBetween).toBe(true);
    expect(added).toHaveLength(n);
    const stored = listPanellists(w.db, w.studyId);
    expect(stored.map((p) => p.pseudonym)).toEqual(added.map((p) => p.pseudonym).sort());
    expect(added[n - 1]!.pseudonym).toBe(`P${n}`);
    // What it returns is what was stored.
    expect(stored.find((p) => p.id === added[9]!.id)).toEqual(added[9]);
    const invited = w.db
      .select()
      .from(participations)
      .all()
      .filter((p) => p.roundId === round.id);
    expect(invited).toHaveLength(n);
  });

  it('counts on after a panellist someone else added between two chunks, so every pseudonym stays unique', async () => {
    const w = await roundsWorld();
    const n = IMPORT_CHUNK * 2;
    let between: Panellist | undefined;
    setImmediate(() => (between = addPanellist(w.db, KEY, w.studyId, rows(1)[0]!)));
    const added = await importPanellists(w.db, w.studyId, w.userId, rows(n), newLinkSecrets(KEY, n));
    expect(between!.pseudonym).toBe(`P${IMPORT_CHUNK + 1}`);
    expect(added[IMPORT_CHUNK]!.pseudonym).toBe(`P${IMPORT_CHUNK + 2}`);
    const all = listPanellists(w.db, w.studyId).map((p) => p.pseudonym);
    expect(all).toHaveLength(n + 1);
    expect(new Set(all).size).toBe(n + 1);
  });

  it('is all or nothing: when the last chunk fails, the rows of the chunks before it are removed again', async () => {
    const w = await roundsWorld();
    const n = IMPORT_CHUNK * 2 + 1;
    // The audit entry is written in the last chunk's transaction.
    auditDown(w.db);
    await expect(
      importPanellists(w.db, w.studyId, w.userId, rows(n), newLinkSecrets(KEY, n)),
    ).rejects.toThrow();
    expect(listPanellists(w.db, w.studyId)).toHaveLength(0);
    expect(w.db.select().from(participations).all()).toHaveLength(0);
  });

  it('writes its audit entry once, with the number imported', async () => {
    const w = await roundsWorld();
    const csv = 'naam\n' + Array.from({ length: IMPORT_CHUNK + 1 }, (_, i) => `Lid ${i}`).join('\n');
    const res = await w.agent.post(`/studies/${w.studyId}/panel/import`, { csv });
    expect(res.status).toBe(200);
    const imports = listAudit(w.db, w.studyId).filter((e) => e.action === 'panellist.import');
    expect(imports).toHaveLength(1);
    expect(imports[0]!.summary).toMatch(new RegExp(`^${IMPORT_CHUNK + 1} \\(P001, `));
  });
});
