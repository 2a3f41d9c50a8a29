import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { listStudiesFor } from '../../db/studies/studies';
import { auditLog, panellists, standardVersions, studies, users } from '../../db/schema';
import { ensureDemo } from '../../src/services/demo/seed';
import { Agent, createStudyVia, signedIn, testApp } from '../_setup';
import { addPanel, panellistAgent, roundsWorld } from '../rounds/_fixture';

describe('GET/POST /studies/:id/privacy', () => {
  it('saves the information letter, contact, ethics reference and retention date, and panellists read them', async () => {
    const w = await roundsWorld();
    const [anna] = addPanel(w.db, w.studyId, undefined, { consent: false });
    const base = `/studies/${w.studyId}/privacy`;
    const bad = await w.agent.post(base, {
      contact: 'x@example.org',
      retentionUntil: 'morgen',
      infoLetter: 'Eigen brief',
    });
    expect(bad.status).toBe(422);
    const badHtml = await bad.text();
    expect(badHtml).toContain('Geef een datum als jjjj-mm-dd.');
    expect(badHtml).toContain('Eigen brief');
    const res = await w.agent.post(base, {
      contact: 'onderzoek@example.org',
      ethicsRef: 'METC-2026-7',
      retentionUntil: '2030-06-30',
      infoLetter:
        'Welkom bij {studie}.\n\nVragen: {contact}. Toetsing: {ethiek}. Bewaard tot {bewaartermijn}.',
    });
    expect(res.status).toBe(303);
    const letter = await (await panellistAgent(w.app).get(anna!.path)).text();
    expect(letter).toContain('Welkom bij Teststudie.');
    expect(letter).toContain('Vragen: onderzoek@example.org. Toetsing: METC-2026-7. Bewaard tot 2030-06-30.');
  });

  it('reminds owners on their study list once the retention date has come, and not before', async () => {
    const w = await roundsWorld();
    const list = async () =>
      (await (await w.agent.get('/studies')).text()).includes('Bewaartermijn verstreken');
    w.db.update(studies).set({ retentionUntil: '2999-01-01' }).run();
    expect(await list()).toBe(false);
    w.db.update(studies).set({ retentionUntil: '2020-01-01' }).run();
    expect(await list()).toBe(true);
    const editor = await signedIn(w.app, w.db, 'Redacteur');
    await w.agent.post(`/studies/${w.studyId}/team`, { email: editor.email, role: 'editor' });
    expect(await (await editor.agent.get('/studies')).text()).not.toContain('Bewaartermijn verstreken');
  });
});

describe('deleting a study', () => {
  it('offers the JSON export first, asks for the title, and then erases everything, adopted standard and audit log included', async () => {
    const { app, db } = testApp();
    const demo = await ensureDemo(db);
    const agent = new Agent(app);
    await agent.get('/login');
    await agent.post('/login', { email: demo.email, password: demo.password });
    const user = db.select().from(users).where(eq(users.email, demo.email)).get()!;
    const study = listStudiesFor(db, user.id, false)[0]!;
    expect(
      db.select().from(standardVersions).where(eq(standardVersions.status, 'adopted')).all().length,
    ).toBeGreaterThan(0);
    const confirm = await (await agent.get(`/studies/${study.id}/privacy/delete`)).text();
    expect(confirm).toContain(`/studies/${study.id}/transfer/export.json`);
    const wrong = await agent.post(`/studies/${study.id}/privacy/delete`, { confirm: 'iets anders' });
    expect(wrong.status).toBe(422);
    expect(db.select().from(studies).all()).toHaveLength(1);
    const res = await agent.post(`/studies/${study.id}/privacy/delete`, { confirm: study.title });
    expect(res.status).toBe(303);
    expect(db.select().from(studies).all()).toHaveLength(0);
    expect(db.select().from(panellists).all()).toHaveLength(0);
    expect(db.select().from(auditLog).all()).toHaveLength(0);
    expect(db.select().from(standardVersions).all()).toHaveLength(0);
  });

  it('is for the owner only, and leaves the guards of other studies in force', async () => {
    const w = await roundsWorld();
    const editor = await signedIn(w.app, w.db, 'Redacteur');
    await w.agent.post(`/studies/${w.studyId}/team`, { email: editor.email, role: 'editor' });
    expect((await editor.agent.get(`/studies/${w.studyId}/privacy/delete`)).status).toBe(403);
    expect(
      (await editor.agent.post(`/studies/${w.studyId}/privacy/delete`, { confirm: 'Teststudie' })).status,
    ).toBe(403);
    expect(() => w.db.delete(auditLog).run()).toThrow(/append-only/);
  });
});

describe('deleting a researcher account', () => {
  it('refuses while the researcher is the only owner of a study, naming it', async () => {
    const { app, db } = testApp();
    const { agent } = await signedIn(app, db);
    await createStudyVia(agent, { title: 'Mijn studie' });
    const page = await (await agent.get('/account')).text();
    expect(page).toContain('Mijn studie');
    const res = await agent.post('/account/delete', { password: 'geheim-wachtwoord' });
    expect(res.status).toBe(409);
  });

  it('checks the password, then erases name, e-mail and password and signs out', async () => {
    const { app, db } = testApp();
    const owner = await signedIn(app, db);
    const id = await createStudyVia(owner.agent);
    const editor = await signedIn(app, db, 'Redacteur Rosa');
    await owner.agent.post(`/studies/${id}/team`, { email: editor.email, role: 'editor' });
    expect((await editor.agent.post('/account/delete', { password: 'fout' })).status).toBe(422);
    const res = await editor.agent.post('/account/delete', { password: 'geheim-wachtwoord' });
    expect(res.status).toBe(303);
    expect((await editor.agent.get('/studies')).status).toBe(303);
    const row = db.select().from(users).where(eq(users.id, editor.userId)).get()!;
    expect(row).toMatchObject({ name: '' });
    expect(row.email).not.toContain('example.org');
    const again = new Agent(app);
    await again.get('/login');
    expect((await again.post('/login', { email: editor.email, password: 'geheim-wachtwoord' })).status).toBe(
      422,
    );
    expect(await (await owner.agent.get(`/studies/${id}/team`)).text()).not.toContain('Redacteur Rosa');
  });
});
