import { describe, expect, it } from 'vitest';
import { decisionsForRound } from '../../db/decisions/consensus';
import { listAudit } from '../../db/audit';
import { addMember } from '../../db/studies/studies';
import { decideRound } from '../../src/services/decisions';
import { createStudyVia, signedIn, testApp } from '../_setup';
import { seedPanel, seedRound } from '../report/_fixture';

async function setup() {
  const { app, db } = testApp();
  const { agent, userId } = await signedIn(app, db);
  const studyId = await createStudyVia(agent);
  const panel = seedPanel(db, studyId, [...Array(5).fill('cliënten'), ...Array(5).fill('werkers')]);
  const { roundId, itemIds } = seedRound(db, studyId, {
    number: 1,
    items: ['Maakt schriftelijke afspraken', 'Vraagt door naar de hulpvraag', 'Sluit het contact af'],
    panellists: panel,
    // Item 1: everyone 8 (in). Item 2: clients 8, workers 3 → divergent, no consensus. Item 3: everyone 2 (out).
    answer: (i, j) => ({
      importance: i === 0 ? 8 : i === 2 ? 2 : j < 5 ? 8 : 3,
      frequency: 3,
      ...(i === 1 && j === 9 ? { dissent: 'Hoort bij de intake' } : {}),
    }),
  });
  decideRound(db, roundId, userId);
  return {
    app,
    db,
    agent,
    userId,
    studyId,
    roundId,
    itemIds,
    base: `/studies/${studyId}/rounds/${roundId}/report`,
  };
}

describe('GET /studies/:id/rounds/:roundId/report', () => {
  it('shows every item with its figures, decision, dissent and the protocol used', async () => {
    const { agent, base } = await setup();
    const res = await agent.get(base);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Rapport ronde 1');
    expect(html).toContain('Maakt schriftelijke afspraken');
    expect(html).toContain('COMET/GRADE-regel');
    expect(html).toContain('Er is geen protocol opgeslagen; de standaard is gebruikt.');
    expect(html).toContain('1 item opnemen, 1 weglaten, 1 zonder consensus.');
    expect(html).toContain('Hoort bij de intake');
    expect(html).toContain('1 item loopt uiteen tussen groepen.');
    expect(html).toMatch(/<svg[^>]*role="img"/);
    expect(html).toContain('<title id=');
    expect(html).not.toContain('Geheime Naam');
  });

  it('sorts by a column from the query, marking the header with aria-sort', async () => {
    const { agent, base } = await setup();
    const html = await (await agent.get(`${base}?sort=agreement&dir=desc`)).text();
    const order = [
      'Maakt schriftelijke afspraken',
      'Vraagt door naar de hulpvraag',
      'Sluit het contact af',
    ].map((s) => html.indexOf(s));
    expect(order[0]).toBeLessThan(order[1]!);
    expect(order[1]).toBeLessThan(order[2]!);
    const asc = await (await agent.get(`${base}?sort=agreement&dir=asc`)).text();
    expect(asc.indexOf('Sluit het contact af')).toBeLessThan(asc.indexOf('Maakt schriftelijke afspraken'));
    expect(asc).toMatch(/aria-sort="ascending"><a href="[^"]*sort=agreement&amp;dir=desc/);
  });

  it('answers 404 for an unknown round', async () => {
    const { agent, studyId } = await setup();
    expect((await agent.get(`/studies/${studyId}/rounds/9999/report`)).status).toBe(404);
  });

  it('refuses researchers outside the team', async () => {
    const { app, db, base } = await setup();
    const other = await signedIn(app, db, 'Buitenstaander');
    expect((await other.agent.get(base)).status).toBe(403);
  });

  it('gives the same figures as JSON', async () => {
    const { agent, base } = await setup();
    const res = await agent.get(`${base}.json`);
    expect(res.status).toBe(200);
    const json = (await res.json()) as {
      tally: Record<string, number>;
      items: { number: string; importance: { n: number; median: number }; dissent: number }[];
      methods: Record<string, string>;
    };
    expect(json.tally).toEqual({ in: 1, out: 1, none: 1 });
    expect(json.items[1]).toMatchObject({ number: '1.2', importance: { n: 10, median: 5.5 }, dissent: 1 });
    expect(json.methods.quantiles).toContain('type 7');
  });

  it('links the round from the Rapportage tab', async () => {
    const { agent, studyId, base } = await setup();
    const html = await (await agent.get(`/studies/${studyId}/report`)).text();
    expect(html).toContain(`href="${base}"`);
  });
});

describe('POST …/report/items/:itemId/override', () => {
  it('refuses an override without a reason with 422 and keeps the choice', async () => {
    const { agent, db, base, roundId, itemIds } = await setup();
    const res = await agent.post(`${base}/items/${itemIds[1]}/override`, { decision: 'in', reason: '' });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('Geef een reden voor de overruling.');
    expect(html).toMatch(/<option value="in" selected/);
    expect(decisionsForRound(db, roundId).get(itemIds[1]!)?.override).toBeNull();
  });

  it('keeps the override with its reason, shows it in the report and audits it', async () => {
    const { agent, db, studyId, base, roundId, itemIds } = await setup();
    const res = await agent.post(`${base}/items/${itemIds[1]}/override`, {
      decision: 'in',
      reason: 'Slotbijeenkomst: iedereen akkoord',
    });
    expect(res.status).toBe(303);
    const d = decisionsForRound(db, roundId).get(itemIds[1]!)!;
    expect(d).toMatchObject({
      computed: 'none',
      override: 'in',
      overrideReason: 'Slotbijeenkomst: iedereen akkoord',
    });
    const item = await (await agent.get(`${base}/items/${itemIds[1]}`)).text();
    expect(item).toContain('Slotbijeenkomst: iedereen akkoord');
    expect(await (await agent.get(base)).text()).toContain(
      '2 items opnemen, 1 weglaten, 0 zonder consensus.',
    );
    expect(listAudit(db, studyId).find((e) => e.action === 'decision.override')?.summary).toContain(
      'none → in',
    );
  });

  it('answers an htmx override with the decision fragment', async () => {
    const { agent, base, itemIds } = await setup();
    const res = await agent.post(
      `${base}/items/${itemIds[2]}/override`,
      { decision: 'none', reason: 'Nog bespreken' },
      { 'hx-request': 'true' },
    );
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html.startsWith('<section id="decision"')).toBe(true);
    expect(html).toContain('Het besluit is opgeslagen.');
  });

  it('does not let a viewer override', async () => {
    const { app, db, studyId, base, itemIds } = await setup();
    const viewer = await signedIn(app, db, 'Meelezer');
    addMember(db, studyId, viewer.userId, 'viewer');
    expect(
      (await viewer.agent.post(`${base}/items/${itemIds[0]}/override`, { decision: 'out', reason: 'x' }))
        .status,
    ).toBe(403);
  });
});

describe('overriding in a round closed before its decisions were recorded', () => {
  it('records the decisions first and then the override', async () => {
    const { app, db } = testApp();
    const { agent } = await signedIn(app, db);
    const studyId = await createStudyVia(agent);
    const panel = seedPanel(db, studyId, Array(4).fill('g'));
    const { roundId, itemIds } = seedRound(db, studyId, {
      number: 1,
      items: ['a'],
      panellists: panel,
      answer: () => ({ importance: 8 }),
    });
    const res = await agent.post(
      `/studies/${studyId}/rounds/${roundId}/report/items/${itemIds[0]}/override`,
      { decision: 'out', reason: 'Valt buiten het vak' },
    );
    expect(res.status).toBe(303);
    expect(decisionsForRound(db, roundId).get(itemIds[0]!)).toMatchObject({
      computed: 'in',
      override: 'out',
    });
  });
});

describe("the report in the reader's language", () => {
  it('shows the protocol and the stopping advice in English on the English interface of a Dutch study', async () => {
    const { agent, base, studyId } = await setup();
    const nl = await (await agent.get(base)).text();
    expect(nl).toContain('COMET/GRADE-regel');
    expect(nl).toMatch(/items hebben geen consensus|zonder consensus/);
    expect((await agent.post('/lang/en')).status).toBeLessThan(400);
    const en = await (await agent.get(base)).text();
    expect(en).toContain('COMET/GRADE rule (scale 1–9)');
    expect(en).toContain('rate it again in round 2');
    expect(en).not.toContain('COMET/GRADE-regel');
    expect(en).not.toContain('opnieuw beoordelen');
    const protocol = await (await agent.get(`/studies/${studyId}/protocol`)).text();
    expect(protocol).toContain('COMET/GRADE rule (scale 1–9)');
  });
});
