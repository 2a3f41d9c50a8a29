import { describe, expect, it } from 'vitest';
import { listAudit } from '../../db/audit';
import type { Db } from '../../db/client';
import { roundItemsOf } from '../../db/rounds/rounds';
import { createStudyVia, signedIn, testApp } from '../_setup';
import { addPanel, openedRound, panellistAgent, roundsWorld } from '../rounds/_fixture';

/** Every table of the database file whose rows mention `needle` (case-insensitive), audit log included. */
function tablesMentioning(db: Db, needle: string): string[] {
  const tables = db.$client
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`)
    .all() as { name: string }[];
  const lower = needle.toLowerCase();
  return tables
    .map((t) => t.name)
    .filter((name) =>
      (db.$client.prepare(`SELECT * FROM "${name}"`).all() as unknown[]).some((row) =>
        JSON.stringify(row).toLowerCase().includes(lower),
      ),
    );
}

describe('erasure leaves no name or e-mail address behind', () => {
  it('a deleted researcher account leaves its name and e-mail address in no table, the audit log of a study it joined included', async () => {
    const { app, db } = testApp();
    const owner = await signedIn(app, db);
    const id = await createStudyVia(owner.agent);
    const editor = await signedIn(app, db, 'Redacteur Rosa');
    await owner.agent.post(`/studies/${id}/team`, { email: editor.email, role: 'editor' });
    await editor.agent.post(`/studies/${id}/settings`, { title: 'Door Rosa hernoemd' });
    // While the account exists, the audit page says whom the owner added.
    const audit = await (await owner.agent.get(`/studies/${id}/audit`)).text();
    expect(audit).toContain('Redacteur Rosa: editor');
    expect(tablesMentioning(db, editor.email)).toEqual(['users']);
    const res = await editor.agent.post('/account/delete', { password: 'geheim-wachtwoord' });
    expect(res.status).toBe(303);
    expect(tablesMentioning(db, editor.email)).toEqual([]);
    expect(tablesMentioning(db, 'Redacteur Rosa')).toEqual([]);
    // The entries they made stay, without a name.
    expect(listAudit(db, id).some((e) => e.action === 'study.update' && e.userName === '')).toBe(true);
  });

  it('a panellist erased with answers kept leaves their name, e-mail address and organisation in no table', async () => {
    const w = await roundsWorld();
    const [anna] = addPanel(w.db, w.studyId);
    const round = openedRound(w.db, w.userId, w.studyId, { kind: 'rating' });
    const item = roundItemsOf(w.db, round.id)[0]!;
    await panellistAgent(w.app).post(
      `${anna!.path}/r/${round.id}/i/${item.id}`,
      { importance: '8', frequency: '4' },
      { 'hx-request': 'true' },
    );
    const base = `/studies/${w.studyId}/panel/${anna!.id}`;
    await w.agent.post(`${base}/edit`, {
      name: 'Anna de Vries',
      email: 'anna.devries@example.org',
      organisation: 'Wijkteam Zuidoost',
      role: 'maatschappelijk werker',
      stakeholderGroup: 'maatschappelijk werkers',
    });
    await w.agent.post(`/studies/${w.studyId}/rounds/${round.id}/reminders.csv`);
    const res = await w.agent.post(`${base}/erase`, {
      answers: 'keep',
      reason: 'Anna de Vries vroeg erom per mail vanaf anna.devries@example.org',
    });
    expect(res.status).toBe(303);
    expect(tablesMentioning(w.db, 'Anna de Vries')).toEqual([]);
    expect(tablesMentioning(w.db, 'anna.devries@example.org')).toEqual([]);
    expect(tablesMentioning(w.db, 'Wijkteam Zuidoost')).toEqual([]);
    expect(tablesMentioning(w.db, 'P001')).toContain('panellists');
  });
});

describe('the names the pseudonymiser always replaces', () => {
  it('are kept out of the append-only audit log: a change records how many there are, not who', async () => {
    const { app, db } = testApp();
    const owner = await signedIn(app, db);
    const id = await createStudyVia(owner.agent, { knownNames: 'Gerda Hendriks' });
    const res = await owner.agent.post(`/studies/${id}/settings`, {
      title: 'Teststudie',
      knownNames: 'Gerda Hendriks\nWim Bakker',
    });
    expect(res.status).toBe(303);
    const entry = listAudit(db, id).find((e) => e.action === 'study.update')!;
    expect(entry.summary).toBe('knownNames');
    expect(JSON.parse(entry.after!)).toEqual({ knownNames: 2 });
    expect(JSON.parse(entry.before!)).toEqual({ knownNames: 1 });
    expect(tablesMentioning(db, 'Wim Bakker')).toEqual(['studies']);
    expect(tablesMentioning(db, 'Gerda Hendriks')).toEqual(['studies']);
  });
});
