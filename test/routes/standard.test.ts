import { describe, expect, it } from 'vitest';
import { addMember } from '../../db/studies/studies';
import { auditLog, standardClusters, standardItems, standardVersions } from '../../db/schema';
import { eq } from 'drizzle-orm';
import { Agent, testApp } from '../_setup';
import { standardFixture } from '../standard/_fixture';

async function setup() {
  const { app, db } = testApp();
  const f = await standardFixture(db, { email: `owner-${Math.random()}@example.org` });
  const agent = new Agent(app);
  const login = await agent.post('/login', { email: f.user.email, password: 'geheim-wachtwoord' });
  expect(login.status).toBe(303);
  const base = `/studies/${f.study.id}/standard`;
  return { app, db, f, agent, base };
}

const itemIdOf = (html: string) => Number(/\/items\/(\d+)\/edit/.exec(html)?.[1]);

const ALL_CONFIRMED = {
  'confirm_open-rounds': 'on',
  'confirm_no-consensus': 'on',
  'confirm_no-member-check': 'on',
  'confirm_protocol-changed': 'on',
};

/** Gives every item of the draft a criterion and a norm, then adopts it through the checklist. */
function adopt(agent: Agent, base: string, db: ReturnType<typeof testApp>['db'], n = 1) {
  db.update(standardItems).set({ criterion: 'Het staat in het dossier.', normPercentage: 80 }).run();
  return agent.post(`${base}/versions/${n}/adopt`, ALL_CONFIRMED);
}

describe('standard versions', () => {
  it('creates a draft from the items with consensus-in, with medians, criticality and clusters', async () => {
    const { agent, base, db } = await setup();
    const res = await agent.post(`${base}/versions`);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`${base}/versions/1`);
    const page = await (await agent.get(`${base}/versions/1`)).text();
    expect(page).toContain('Contact en kennismaking');
    expect(page).toContain('De hulpverlener neemt binnen vijf werkdagen contact op met de cliënt.');
    // item 5 came in by the researcher's override in round 2; item 6 was out
    expect(page).toContain('De hulpverlener evalueert met de cliënt of de doelen zijn bereikt.');
    expect(page).not.toContain('De hulpverlener belt de schuldeiser namens de cliënt.');
    const rows = db.select().from(standardItems).all();
    expect(rows).toHaveLength(5);
    const first = rows.find((r) => r.text.includes('vijf werkdagen'))!;
    expect(first.importanceMedian).toBe(8);
    expect(first.criticality).toBe(8 * (first.frequencyMedian ?? 0));
    expect(first.criticalityClass).toBe('core');
  });

  it('refuses a second draft while one is open, with a message', async () => {
    const { agent, base } = await setup();
    await agent.post(`${base}/versions`);
    const res = await agent.post(`${base}/versions`);
    expect(res.status).toBe(409);
    expect(await res.text()).toContain('Er is al een conceptversie');
  });

  it('saves criteria and norms, and re-renders the form with 422 and the values kept when invalid', async () => {
    const { agent, base } = await setup();
    await agent.post(`${base}/versions`);
    const page = await (await agent.get(`${base}/versions/1`)).text();
    const id = itemIdOf(page);
    const form = await (await agent.get(`${base}/versions/1/items/${id}/edit`)).text();
    const sub = /name="subAspectId"[^]*?<option value="(\d+)"/.exec(form)?.[1] ?? '';
    const good = {
      text: 'De hulpverlener neemt binnen drie werkdagen contact op.',
      subAspectId: sub,
      phaseId: 'intake',
      criterion: 'Het eerste contact staat met datum in het dossier.',
      normPercentage: '80',
      normUnit: 'dossiers',
      evidenceSource: 'dossier',
      rubric1: 'Niet vastgelegd.',
      rubric2: 'Vastgelegd zonder datum.',
      rubric3: 'Vastgelegd met datum.',
      explanation: 'Snel contact voorkomt uitval.',
    };
    const bad = await agent.post(`${base}/versions/1/items/${id}`, {
      ...good,
      normPercentage: '180',
      rubric2: '',
      rubric3: '',
    });
    expect(bad.status).toBe(422);
    const badHtml = await bad.text();
    expect(badHtml).toContain('Vul een heel getal van 1 tot en met 100 in.');
    expect(badHtml).toContain('Beschrijf ten minste twee niveaus');
    expect(badHtml).toContain('value="180"');
    expect(badHtml).toContain('Het eerste contact staat met datum in het dossier.');
    const ok = await agent.post(`${base}/versions/1/items/${id}`, good);
    expect(ok.status).toBe(303);
    const after = await (await agent.get(`${base}/versions/1`)).text();
    expect(after).toContain('in ≥ 80% van de getoetste dossiers');
    expect(after).toContain('Vastgelegd zonder datum.');
  });

  it('moves an item down and back up within its sub-aspect', async () => {
    const { agent, base } = await setup();
    await agent.post(`${base}/versions`);
    const page = await (await agent.get(`${base}/versions/1`)).text();
    const id = itemIdOf(page);
    expect((await agent.post(`${base}/versions/1/items/${id}/move`, { direction: 'down' })).status).toBe(303);
    const moved = await (await agent.get(`${base}/versions/1`)).text();
    expect(moved.indexOf('vijf werkdagen')).toBeGreaterThan(moved.indexOf('wel en niet kan bieden'));
  });

  it('adopts a version: dated, with who adopted it, and every editing route then answers 409', async () => {
    const { agent, base, db } = await setup();
    await agent.post(`${base}/versions`);
    const page = await (await agent.get(`${base}/versions/1`)).text();
    const id = itemIdOf(page);
    expect((await adopt(agent, base, db)).status).toBe(303);
    const v = db.select().from(standardVersions).get()!;
    expect(v.status).toBe('adopted');
    expect(v.adoptedAt).toBeInstanceOf(Date);
    expect(await (await agent.get(`${base}/versions/1`)).text()).toContain('Anna Onderzoeker');
    const attempts = [
      agent.get(`${base}/versions/1/items/${id}/edit`),
      agent.post(`${base}/versions/1/items/${id}`, {
        text: 'Nieuwe tekst voor dit item.',
        subAspectId: '1',
        normUnit: 'dossiers',
        evidenceSource: 'dossier',
      }),
      agent.post(`${base}/versions/1/items/${id}/move`, { direction: 'down' }),
      agent.post(`${base}/versions/1/items/${id}/delete`),
      agent.post(`${base}/versions/1/items`, { text: 'Een nieuw item erbij.', subAspectId: '1' }),
      agent.post(`${base}/versions/1/clusters/1`, { label: 'Andere naam' }),
      agent.post(`${base}/versions/1/adopt`),
      agent.post(`${base}/versions/1/criteria-round`, { kind: 'review' }),
    ];
    for (const res of await Promise.all(attempts)) {
      expect(res.status).toBe(409);
      const html = await res.text();
      expect(html).toContain('Dit kan nu niet');
      expect(html).toContain('Deze versie is vastgesteld');
    }
    expect(db.select().from(standardItems).where(eq(standardItems.id, id)).get()!.text).toContain(
      'vijf werkdagen',
    );
  });

  it('refuses changes to an adopted version in the database itself', async () => {
    const { agent, base, db } = await setup();
    await agent.post(`${base}/versions`);
    await adopt(agent, base, db);
    expect(() => db.update(standardItems).set({ text: 'x' }).run()).toThrow(/frozen/);
    expect(() => db.update(standardVersions).set({ note: 'x' }).run()).toThrow(/frozen/);
    expect(() => db.delete(standardItems).run()).toThrow(/frozen/);
  });

  it('starts a new draft as a copy of the adopted version and shows the diff', async () => {
    const { agent, base, db } = await setup();
    await agent.post(`${base}/versions`);
    await adopt(agent, base, db);
    const copy = await agent.post(`${base}/versions/1/copy`);
    expect(copy.headers.get('location')).toBe(`${base}/versions/2`);
    const page = await (await agent.get(`${base}/versions/2`)).text();
    const id = itemIdOf(page);
    const form = await (await agent.get(`${base}/versions/2/items/${id}/edit`)).text();
    const sub = /name="subAspectId"[^]*?<option value="(\d+)"/.exec(form)?.[1] ?? '';
    await agent.post(`${base}/versions/2/items/${id}`, {
      text: 'De hulpverlener neemt binnen drie werkdagen contact op.',
      subAspectId: sub,
      criterion: 'Datum van eerste contact in dossier.',
      normPercentage: '90',
      normUnit: 'dossiers',
      evidenceSource: 'dossier',
    });
    const diff = await agent.get(`${base}/diff?from=1&to=2`);
    expect(diff.status).toBe(200);
    const html = await diff.text();
    expect(html).toContain('anders geformuleerd');
    expect(html).toContain('criterium gewijzigd');
    expect(html).toContain('drie werkdagen');
  });

  it('creates a criteria round through the rounds module from a draft version', async () => {
    const { agent, base, db } = await setup();
    await agent.post(`${base}/versions`);
    const res = await agent.post(`${base}/versions/1/criteria-round`, { kind: 'rating' });
    expect(res.status).toBe(303);
    const { rounds } = await import('../../db/schema');
    const round = db
      .select()
      .from(rounds)
      .all()
      .find((r) => r.subject === 'criteria')!;
    expect(round.kind).toBe('rating');
    expect(round.standardVersionId).toBe(db.select().from(standardVersions).get()!.id);
    expect(round.status).toBe('draft');
  });

  it('lets viewers read but not change the standard', async () => {
    const { app, db, f, base } = await setup();
    const { createUser } = await import('../../src/services/auth/accounts');
    const viewer = await createUser(db, {
      email: `v-${Math.random()}@example.org`,
      name: 'Kijker',
      password: 'geheim-wachtwoord',
    });
    addMember(db, f.study.id, viewer.id, 'viewer');
    const agent = new Agent(app);
    await agent.post('/login', { email: viewer.email, password: 'geheim-wachtwoord' });
    expect((await agent.get(base)).status).toBe(200);
    expect((await agent.post(`${base}/versions`)).status).toBe(403);
  });

  it('leads to the adoption checklist from the version page, and asks for confirmation before deleting an item', async () => {
    const { agent, base } = await setup();
    await agent.post(`${base}/versions`);
    const page = await (await agent.get(`${base}/versions/1`)).text();
    expect(page).toMatch(/<a[^>]*href="[^"]*\/versions\/1\/adopt"[^>]*>Naar de controlelijst/);
    const form = await (await agent.get(`${base}/versions/1/items/${itemIdOf(page)}/edit`)).text();
    expect(form).toMatch(/<form[^>]*action="[^"]*\/delete"[^>]*hx-confirm="[^"]+"/);
  });
});

describe('standard forms through the one validation path', () => {
  it('refuses an empty cluster name with 422 and the message, and renames with a name, logged once', async () => {
    const { agent, base, db } = await setup();
    await agent.post(`${base}/versions`);
    const cluster = db.select().from(standardClusters).get()!;
    const empty = await agent.post(`${base}/versions/1/clusters/${cluster.id}`, { label: '   ' });
    expect(empty.status).toBe(422);
    expect(await empty.text()).toContain('Geef een naam.');
    const res = await agent.post(`${base}/versions/1/clusters/${cluster.id}`, { label: 'Andere naam' });
    expect(res.status).toBe(303);
    expect(db.select().from(standardClusters).where(eq(standardClusters.id, cluster.id)).get()!.label).toBe(
      'Andere naam',
    );
    const log = db.select().from(auditLog).where(eq(auditLog.action, 'standard.cluster.rename')).all();
    expect(log.map((r) => r.summary)).toEqual(['Andere naam']);
  });

  it('answers 409 for an adopted version before it looks at the cluster name', async () => {
    const { agent, base, db } = await setup();
    await agent.post(`${base}/versions`);
    await adopt(agent, base, db);
    const res = await agent.post(`${base}/versions/1/clusters/1`, { label: '' });
    expect(res.status).toBe(409);
  });

  it('moves down for any direction other than "up", as the buttons only send those two', async () => {
    const { agent, base } = await setup();
    await agent.post(`${base}/versions`);
    const page = await (await agent.get(`${base}/versions/1`)).text();
    const id = itemIdOf(page);
    expect((await agent.post(`${base}/versions/1/items/${id}/move`, { direction: 'sideways' })).status).toBe(
      303,
    );
    const moved = await (await agent.get(`${base}/versions/1`)).text();
    expect(moved.indexOf('vijf werkdagen')).toBeGreaterThan(moved.indexOf('wel en niet kan bieden'));
  });
});
