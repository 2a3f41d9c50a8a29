import { auditSummary } from '../../src/studies/audit-summary';
import { describe, expect, it } from 'vitest';
import { decisionsForRound, findProtocolRow } from '../../db/decisions/consensus';
import { listAudit } from '../../db/audit';
import { decideRound } from '../../src/services/decisions';
import { createStudyVia, signedIn, testApp } from '../_setup';
import { seedPanel, seedRound } from '../report/_fixture';

const comet = { preset: 'comet', decideOn: 'importance', countIncomplete: 'yes', maxRounds: '3' };

async function setup() {
  const { app, db } = testApp();
  const { agent, userId } = await signedIn(app, db);
  const studyId = await createStudyVia(agent);
  return { app, db, agent, userId, studyId };
}

describe('GET /studies/:id/protocol', () => {
  it('shows the default COMET protocol as such until one is saved', async () => {
    const { agent, studyId } = await setup();
    const res = await agent.get(`/studies/${studyId}/protocol`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Tot dan geldt de standaard');
    expect(html).toContain('COMET/GRADE-regel (schaal 1–9)');
    expect(html).toContain('Hoogstens 3 beoordelingsrondes');
  });
});

describe('POST /studies/:id/protocol', () => {
  it('saves the percent preset with its IQR bound and describes it in the study language', async () => {
    const { agent, db, studyId } = await setup();
    const res = await agent.post(`/studies/${studyId}/protocol`, {
      ...comet,
      preset: 'percent',
      threshold: '80',
      iqrBound: 'on',
      outRule: 'on',
      maxRounds: '2',
    });
    expect(res.status).toBe(303);
    const row = findProtocolRow(db, studyId)!;
    expect(row.config).toMatchObject({ preset: 'percent', thresholdPercent: 80, iqrBound: true, out: true });
    expect(row.maxRounds).toBe(2);
    const html = await (await agent.get(`/studies/${studyId}/protocol`)).text();
    expect(html).toContain('ten minste 80% van de geldige oordelen in de bovenste band valt');
    expect(html).not.toContain('Tot dan geldt de standaard');
  });

  it('builds a custom rule from a range band, IQR and DI limits and no out rule', async () => {
    const { agent, db, studyId } = await setup();
    const res = await agent.post(`/studies/${studyId}/protocol`, {
      ...comet,
      preset: 'custom',
      threshold: '70',
      band: 'range',
      bandFrom: '6',
      bandTo: '9',
      maxIqr: '2',
      maxDi: '1',
      decideOn: 'importance',
      countIncomplete: 'no',
    });
    expect(res.status).toBe(303);
    expect(findProtocolRow(db, studyId)!.config).toEqual({
      preset: 'custom',
      decideOn: 'importance',
      countIncomplete: false,
      thresholdPercent: 70,
      agreementBand: { from: 6, to: 9 },
      maxIqr: 2,
      maxDi: 1,
      out: null,
    });
  });

  it('answers 422 with messages beside the fields and keeps the values', async () => {
    const { agent, db, studyId } = await setup();
    const res = await agent.post(`/studies/${studyId}/protocol`, {
      ...comet,
      preset: 'percent',
      threshold: '30',
      maxRounds: '0',
    });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('Vul een percentage van 50 tot en met 100 in.');
    expect(html).toContain('Vul een heel getal van 1 tot en met 10 in.');
    expect(html).toMatch(/name="threshold"[^>]*value="30"/);
    expect(findProtocolRow(db, studyId)).toBeUndefined();
  });

  it('refuses COMET when frequency on 1–5 decides', async () => {
    const { agent, studyId } = await setup();
    const res = await agent.post(`/studies/${studyId}/protocol`, { ...comet, decideOn: 'frequency' });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('alleen op een schaal van 1 tot 9');
  });

  it('needs no reason before a rating round opens', async () => {
    const { agent, db, studyId } = await setup();
    expect((await agent.post(`/studies/${studyId}/protocol`, comet)).status).toBe(303);
    expect(listAudit(db, studyId).some((e) => e.action === 'protocol.save')).toBe(true);
  });

  it('refuses a change without a reason once a rating round has opened, and accepts it with one', async () => {
    const { agent, db, studyId, userId } = await setup();
    await agent.post(`/studies/${studyId}/protocol`, comet);
    const panel = seedPanel(db, studyId, Array(10).fill('g'));
    const { roundId, itemIds } = seedRound(db, studyId, {
      number: 1,
      items: ['x'],
      panellists: panel,
      answer: (_i, j) => ({ importance: j < 6 ? 8 : 5 }),
    });
    decideRound(db, roundId, userId);
    expect(decisionsForRound(db, roundId).get(itemIds[0]!)?.computed).toBe('none');

    const page = await (await agent.get(`/studies/${studyId}/protocol`)).text();
    expect(page).toContain('Reden van de wijziging');
    const refused = await agent.post(`/studies/${studyId}/protocol`, {
      ...comet,
      preset: 'percent',
      threshold: '60',
    });
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain('Geef een reden');

    const ok = await agent.post(`/studies/${studyId}/protocol`, {
      ...comet,
      preset: 'percent',
      threshold: '60',
      reason: 'Panel klein; drempel verlaagd',
    });
    expect(ok.status).toBe(303);
    expect(findProtocolRow(db, studyId)!.reason).toBe('Panel klein; drempel verlaagd');
    const change = listAudit(db, studyId).find((e) => e.action === 'protocol.change');
    // stored as data; the audit page words it in the reader's language
    expect(auditSummary(change!, 'nl')).toContain('Reden: Panel klein; drempel verlaagd');
    expect(auditSummary(change!, 'en')).toContain('Reason: Panel klein; drempel verlaagd');
    expect(auditSummary(change!, 'en')).toMatch(/^Consensus in when at least 60% .* At most \d+ rounds\./);
    expect(await (await agent.get(`/studies/${studyId}/audit`)).text()).toContain('Hoogstens');
    // The closed round is decided again under the new rule.
    expect(decisionsForRound(db, roundId).get(itemIds[0]!)?.computed).toBe('in');
    const history = await (await agent.get(`/studies/${studyId}/protocol`)).text();
    expect(history).toContain('Panel klein; drempel verlaagd');
    const report = await (await agent.get(`/studies/${studyId}/rounds/${roundId}/report`)).text();
    expect(report).toContain('Wijzigingen van het protocol');
    expect(report).toContain('Panel klein; drempel verlaagd');
    expect(report).toContain('ten minste 60% van de geldige oordelen');
  });
});
