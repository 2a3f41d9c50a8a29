import { describe, expect, it } from 'vitest';
import { listAudit } from '../../db/audit';
import type { Db } from '../../db/client';
import { roundItemsOf } from '../../db/rounds/rounds';
import { standardItems } from '../../db/schema';
import { createApp } from '../../src/app';
import { loadEnv } from '../../src/env';
import { listReviewRounds, membersOf, reviewLinkToken } from '../../src/services/review/review';
import { Agent, createStudyVia, signedIn, tempDb, testApp } from '../_setup';
import { PANEL_KEY, reviewFixture } from '../review/_fixture';
import { standardFixture } from '../standard/_fixture';
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

  it('an adopted version keeps, frozen, the names of who adopted it and of the authors after their accounts are deleted', async () => {
    const { app, db } = testApp();
    const f = await standardFixture(db);
    const owner = new Agent(app);
    await owner.post('/login', { email: f.user.email, password: 'geheim-wachtwoord' });
    const editor = await signedIn(app, db, 'Redacteur Rosa');
    await owner.post(`/studies/${f.study.id}/team`, { email: editor.email, role: 'editor' });
    const base = `/studies/${f.study.id}/standard`;
    await editor.agent.post(`${base}/versions`);
    db.update(standardItems).set({ criterion: 'Het staat in het dossier.', normPercentage: 80 }).run();
    const adopted = await editor.agent.post(`${base}/versions/1/adopt`, { 'confirm_no-member-check': 'on' });
    expect(adopted.status).toBe(303);
    await editor.agent.post('/account/delete', { password: 'geheim-wachtwoord' });
    expect(tablesMentioning(db, editor.email)).toEqual([]);
    expect(tablesMentioning(db, 'Redacteur Rosa')).toEqual(['standard_versions']);
    expect(await (await owner.get(`${base}/versions/1/handbook.md`)).text()).toContain('Redacteur Rosa');
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

  it('a panellist erased with their answers leaves only their pseudonym behind, in the audit log', async () => {
    const w = await roundsWorld();
    const [anna] = addPanel(w.db, w.studyId);
    const round = openedRound(w.db, w.userId, w.studyId, { kind: 'rating' });
    const item = roundItemsOf(w.db, round.id)[0]!;
    await panellistAgent(w.app).post(
      `${anna!.path}/r/${round.id}/i/${item.id}`,
      { importance: '8', frequency: '4', comment: 'Zoals ik bij Wijkteam Zuidoost doe' },
      { 'hx-request': 'true' },
    );
    await w.agent.post(`/studies/${w.studyId}/rounds/${round.id}/reminders.csv`);
    expect(tablesMentioning(w.db, 'Wijkteam Zuidoost')).toEqual(['rating_answers']);
    const res = await w.agent.post(`/studies/${w.studyId}/panel/${anna!.id}/erase`, {
      answers: 'remove',
      reason: 'verzoek',
    });
    expect(res.status).toBe(303);
    expect(tablesMentioning(w.db, anna!.name)).toEqual([]);
    expect(tablesMentioning(w.db, 'Wijkteam Zuidoost')).toEqual([]);
    expect(tablesMentioning(w.db, anna!.pseudonym)).toEqual(['audit_log']);
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
    // Viewers are shown no form, so not the names either.
    const viewer = await signedIn(app, db, 'Lezer');
    await owner.agent.post(`/studies/${id}/team`, { email: viewer.email, role: 'viewer' });
    const settings = await viewer.agent.get(`/studies/${id}/settings`);
    expect(settings.status).toBe(200);
    expect(await settings.text()).not.toContain('Gerda Hendriks');
  });
});

describe('names in peer review', () => {
  it('are stored only in the review group and the improvement plan, never in the audit log, and one member can be erased', async () => {
    const db = tempDb();
    const app = createApp({ db, config: loadEnv({}), panelKey: PANEL_KEY });
    const { agent, userId } = await signedIn(app, db);
    const fx = reviewFixture(db, userId);
    const base = `/studies/${fx.study.id}/reviews`;
    const created = await agent.post(base, {
      title: 'Voorjaar 2026',
      versionNumber: '1',
      startsOn: '2026-03-01',
      endsOn: '2026-04-01',
      sampleSize: '3',
      mode: 'rotating',
      reviewersPerPractitioner: '1',
      members: 'Anna Jansen\nBram Pietersen\nCees Mulder',
    });
    expect(created.status).toBe(303);
    const round = listReviewRounds(db, fx.study.id)[0]!.round;
    const added = await agent.post(`${base}/${round.id}/actions`, {
      itemLineage: '',
      action: 'Terugbelafspraak in het intakeprotocol',
      owner: 'Karin Smit',
      dueOn: '2026-06-01',
    });
    expect(added.status).toBe(303);
    expect(tablesMentioning(db, 'Anna Jansen')).toEqual(['review_members']);
    expect(tablesMentioning(db, 'Karin Smit')).toEqual(['improvement_actions']);

    // Erasing one member: the name goes from every table, the link stops working, the scores stay.
    const anna = membersOf(db, round.id).find((m) => m.name === 'Anna Jansen')!;
    const link = `/t/${reviewLinkToken(PANEL_KEY, anna)}`;
    expect((await new Agent(app).get(link)).status).toBe(200);
    const viewer = await signedIn(app, db, 'Lezer');
    await agent.post(`/studies/${fx.study.id}/team`, { email: viewer.email, role: 'viewer' });
    const erase = `${base}/${round.id}/members/${anna.id}/erase`;
    expect((await viewer.agent.post(erase)).status).toBe(403);
    expect(await (await agent.get(`${base}/${round.id}`)).text()).toContain(`/members/${anna.id}/erase`);
    expect((await agent.post(erase)).status).toBe(303);
    expect(tablesMentioning(db, 'Anna Jansen')).toEqual([]);
    expect((await new Agent(app).get(link)).status).toBe(404);
    const entry = listAudit(db, fx.study.id).find((e) => e.action === 'review.member.erase')!;
    expect(entry.summary).toBe(anna.pseudonym);
    expect(membersOf(db, round.id).find((m) => m.id === anna.id)).toMatchObject({
      name: '',
      pseudonym: anna.pseudonym,
    });
    expect((await agent.post(erase)).status).toBe(404);
  });
});
