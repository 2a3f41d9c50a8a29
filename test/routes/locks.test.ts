import { eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import * as passwords from '../../src/auth/passwords';
import type { Db } from '../../db/client';
import { roundItemsOf } from '../../db/rounds/rounds';
import { decisions, ratingAnswers, rounds } from '../../db/schema';
import { closeRound, decideAfterGrace } from '../../src/services/decisions/close-round';
import { Agent, signedIn, testApp } from '../_setup';
import { addPanel, openedRound, panellistAgent, roundsWorld } from '../rounds/_fixture';

// The real argon2 verification, observed: how many passwords were checked, against which hash.
vi.mock('../../src/auth/passwords', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/auth/passwords')>();
  return { ...real, verifyPassword: vi.fn(real.verifyPassword) };
});
const verify = vi.mocked(passwords.verifyPassword);

const seenOf = (html: string) => /name="seen" value="([^"]+)"/.exec(html)![1]!;
const findDecisionCount = (db: Db, roundId: number) =>
  db.select().from(decisions).where(eq(decisions.roundId, roundId)).all().length;

describe('POST /login under parallel attempts', () => {
  it('checks at most 5 passwords of 60 parallel attempts, and the right password sent last does not get in', async () => {
    const { app, db } = testApp();
    const { email } = await signedIn(app, db);
    const agent = new Agent(app);
    await agent.get('/login');
    const tries = Array.from({ length: 60 }, (_, i) =>
      agent.post('/login', { email, password: i === 59 ? 'geheim-wachtwoord' : `fout-${i}-wachtwoord` }),
    );
    verify.mockClear();
    const statuses = (await Promise.all(tries)).map((r) => r.status);
    expect(verify.mock.calls.length).toBeLessThanOrEqual(5);
    expect(statuses.filter((s) => s === 422)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(55);
    expect(statuses[59]).toBe(429);
  });

  it('verifies an unknown account against a dummy argon2 hash, so it takes as long as a wrong password', async () => {
    const { app, db } = testApp();
    const { email } = await signedIn(app, db);
    const agent = new Agent(app);
    await agent.get('/login');
    verify.mockClear();
    expect(
      (await agent.post('/login', { email: 'niemand@example.org', password: 'iets-anders-1' })).status,
    ).toBe(422);
    expect((await agent.post('/login', { email, password: 'iets-anders-1' })).status).toBe(422);
    // Timing on a shared machine is too noisy to assert; the same argon2 work is what makes the times equal.
    expect(verify).toHaveBeenCalledTimes(2);
    for (const [hash] of verify.mock.calls) expect(hash).toMatch(/^\$argon2id\$/);
  });
});

describe('redirects after login and language choice', () => {
  const evil = [
    '/\\evil.example',
    '/\t/evil.example',
    '//evil.example',
    '/\\/evil.example',
    'https://evil.example/',
  ];

  it.each(evil)('does not send a signed-in researcher off-site for next=%j', async (next) => {
    const { app, db } = testApp();
    const { email } = await signedIn(app, db);
    const agent = new Agent(app);
    await agent.get('/login');
    const res = await agent.post('/login', { email, password: 'geheim-wachtwoord', next });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/studies');
  });

  it.each(evil)('does not send anyone off-site for back=%j', async (back) => {
    const { app } = testApp();
    const agent = new Agent(app);
    await agent.get('/login');
    const res = await agent.post('/lang/en', { back });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/');
  });

  it('still returns to a page of our own with its query', async () => {
    const { app, db } = testApp();
    const { email } = await signedIn(app, db);
    const agent = new Agent(app);
    await agent.get('/login');
    const res = await agent.post('/login', { email, password: 'geheim-wachtwoord', next: '/studies/3?x=1' });
    expect(res.headers.get('location')).toBe('/studies/3?x=1');
  });
});

describe('GET /studies/:id/panel/:pid/link', () => {
  it('refuses a viewer with 403 and shows viewers pseudonyms only, no names, e-mails or links', async () => {
    const w = await roundsWorld();
    const [anna] = addPanel(w.db, w.studyId);
    const viewer = await signedIn(w.app, w.db, 'Lezer');
    await w.agent.post(`/studies/${w.studyId}/team`, { email: viewer.email, role: 'viewer' });
    const link = await viewer.agent.get(`/studies/${w.studyId}/panel/${anna!.id}/link`);
    expect(link.status).toBe(403);
    expect(await link.text()).not.toContain(anna!.path);
    const list = await viewer.agent.get(`/studies/${w.studyId}/panel`);
    expect(list.status).toBe(200);
    const html = await list.text();
    expect(html).toContain(anna!.pseudonym);
    expect(html).not.toContain('Anna de Vries');
    expect(html).not.toContain('anna@example.org');
    expect(html).not.toContain('/link');
  });

  it('gives the owner the link', async () => {
    const w = await roundsWorld();
    const [anna] = addPanel(w.db, w.studyId);
    const res = await w.agent.get(`/studies/${w.studyId}/panel/${anna!.id}/link`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain(anna!.path);
  });
});

describe('answers after a round closed', () => {
  async function closedAfterPageShown(graceHours: number, kind: 'rating' | 'coverage' = 'rating') {
    const w = await roundsWorld();
    const [anna] = addPanel(w.db, w.studyId);
    const round = openedRound(w.db, w.userId, w.studyId, { kind, graceHours });
    const item = roundItemsOf(w.db, round.id)[0]!;
    const a = panellistAgent(w.app);
    const seen = seenOf(await (await a.get(`${anna!.path}/r/${round.id}`)).text());
    await new Promise((r) => setTimeout(r, 5));
    closeRound(w.db, round.id, w.userId);
    const post = () =>
      a.post(`${anna!.path}/r/${round.id}/i/${item.id}`, { seen, importance: '7', frequency: '3' });
    return { w, round, post };
  }

  it('refuses with a clear page when the round has no grace period, even from a page shown while open', async () => {
    const { w, post } = await closedAfterPageShown(0);
    const res = await post();
    expect(res.status).toBe(409);
    expect(await res.text()).toContain('Deze ronde is gesloten');
    expect(w.db.select().from(ratingAnswers).all()).toHaveLength(0);
  });

  it('refuses once the grace period has run out', async () => {
    const { w, round, post } = await closedAfterPageShown(2);
    w.db
      .update(rounds)
      .set({ closedAt: new Date(Date.now() - 3 * 3_600_000) })
      .where(eq(rounds.id, round.id))
      .run();
    expect((await post()).status).toBe(409);
    expect(w.db.select().from(ratingAnswers).all()).toHaveLength(0);
  });

  it('keeps a late answer within the grace period, and decides the rating round only after it', async () => {
    const { w, round, post } = await closedAfterPageShown(2);
    expect(findDecisionCount(w.db, round.id)).toBe(0);
    expect((await post()).status).toBe(200);
    expect(w.db.select().from(ratingAnswers).get()).toMatchObject({ importance: 7, late: true });
    expect(decideAfterGrace(w.db, new Date(Date.now() + 3_600_000))).toEqual([]);
    expect(decideAfterGrace(w.db, new Date(Date.now() + 3 * 3_600_000))).toEqual([round.id]);
    expect(findDecisionCount(w.db, round.id)).toBeGreaterThan(0);
    // The round is decided now: its report no longer changes, also within what was the grace period.
    expect((await post()).status).toBe(409);
  });

  it('says on the round report that the grace period runs, and then how many answers came late', async () => {
    const { w, round, post } = await closedAfterPageShown(2);
    await post();
    const report = `/studies/${w.studyId}/rounds/${round.id}/report`;
    const during = await (await w.agent.get(report)).text();
    expect(during).toContain('De uitlooptijd van deze ronde loopt nog');
    expect(during).toContain('1 antwoord kwam na het sluiten binnen de uitlooptijd');
    w.db
      .update(rounds)
      .set({ closedAt: new Date(Date.now() - 3 * 3_600_000) })
      .where(eq(rounds.id, round.id))
      .run();
    decideAfterGrace(w.db);
    const after = await (await w.agent.get(report)).text();
    expect(after).not.toContain('De uitlooptijd van deze ronde loopt nog');
    expect(after).toContain('1 antwoord kwam na het sluiten binnen de uitlooptijd');
  });

  it('marks late answers in the answers export', async () => {
    const { w, round, post } = await closedAfterPageShown(2);
    await post();
    decideAfterGrace(w.db, new Date(Date.now() + 3 * 3_600_000));
    const csv = await (await w.agent.get(`/studies/${w.studyId}/rounds/${round.id}/answers.csv`)).text();
    const [head, first] = csv.replace('\uFEFF', '').split('\r\n');
    expect(head!.split(',')).toContain('late');
    expect(first!.split(',')[head!.split(',').indexOf('late')]).toBe('1');
  });
});
