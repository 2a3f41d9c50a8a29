import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, standardItems, standardVersions } from '../../db/schema';
import { Agent, testApp } from '../_setup';
import { openedRound } from '../rounds/_fixture';
import { standardFixture } from '../standard/_fixture';

async function setup() {
  const { app, db } = testApp();
  const f = await standardFixture(db);
  const agent = new Agent(app);
  await agent.post('/login', { email: f.user.email, password: 'geheim-wachtwoord' });
  const base = `/studies/${f.study.id}/standard`;
  await agent.post(`${base}/versions`);
  return { db, f, agent, base, url: `${base}/versions/1/adopt` };
}

const fillAll = (db: ReturnType<typeof testApp>['db']) =>
  db.update(standardItems).set({ criterion: 'Het staat in het dossier.', normPercentage: 80 }).run();

describe('GET/POST /studies/:id/standard/versions/:n/adopt', () => {
  it('blocks adoption while items lack a criterion or a norm, naming the items', async () => {
    const { agent, url, db } = await setup();
    const page = await (await agent.get(url)).text();
    expect(page).toContain('5 items zonder criterium');
    expect(page).toContain('De hulpverlener neemt binnen vijf werkdagen contact op met de cliënt.');
    expect(page).toMatch(/<button type="submit" disabled/);
    const res = await agent.post(url, { 'confirm_no-member-check': 'on' });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('los eerst de blokkerende punten op');
    expect(db.select().from(standardVersions).get()!.status).toBe('draft');
  });

  it('accepts "geen norm" stated explicitly instead of a percentage', async () => {
    const { agent, url, db } = await setup();
    db.update(standardItems).set({ criterion: 'Het staat in het dossier.', noNorm: true }).run();
    const page = await (await agent.get(url)).text();
    expect(page).not.toContain('zonder norm');
    expect(page).not.toContain('zonder criterium');
  });

  it('lists open rounds, items without consensus and no member check as warnings to confirm', async () => {
    const { agent, url, db, f } = await setup();
    fillAll(db);
    openedRound(db, f.user.id, f.study.id, { kind: 'review', title: 'Nog open' });
    const page = await (await agent.get(url)).text();
    expect(page).toContain('Er staat nog 1 ronde open.');
    expect(page).toContain('niet in een member check aan het panel voorgelegd');
    const res = await agent.post(url, { 'confirm_no-member-check': 'on' });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('Bevestig dit punt om vast te stellen.');
    // what was ticked stays ticked
    expect(html).toMatch(/name="confirm_no-member-check" value="on" checked/);
    expect(db.select().from(standardVersions).get()!.status).toBe('draft');
  });

  it('adopts once every warning is confirmed, and records the confirmation in the audit log and the handbook', async () => {
    const { agent, url, db, base, f } = await setup();
    fillAll(db);
    openedRound(db, f.user.id, f.study.id, { kind: 'review', title: 'Nog open' });
    const res = await agent.post(url, { 'confirm_open-rounds': 'on', 'confirm_no-member-check': 'on' });
    expect(res.status).toBe(303);
    const v = db.select().from(standardVersions).get()!;
    expect(v.status).toBe('adopted');
    expect(v.adoptionConfirmed).toEqual([
      { code: 'open-rounds', count: 1 },
      { code: 'no-member-check', count: 1 },
    ]);
    const entry = db.select().from(auditLog).where(eq(auditLog.action, 'standard.adopt')).get()!;
    expect(entry.after).toContain('open-rounds');
    const md = await (await agent.get(`${base}/versions/1/handbook.md`)).text();
    expect(md).toContain('### 2.9 Vaststelling');
    expect(md).toContain('1 ronde stond nog open');
    expect(md).toContain('de definitieve standaard is niet aan het panel voorgelegd (geen member check)');
  });
});
