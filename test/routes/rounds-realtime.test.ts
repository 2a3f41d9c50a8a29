import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { roundItemsOf } from '../../db/rounds/rounds';
import { ratingRevisions } from '../../db/schema';
import { addPanel, panellistAgent, roundsWorld } from '../rounds/_fixture';

const hx = { 'hx-request': 'true' };

describe('real-time Delphi rounds', () => {
  it('shows the group so far after answering, keeps every revision, and reports first and last ratings with a chart', async () => {
    const w = await roundsWorld();
    const [anna, bert] = addPanel(w.db, w.studyId);
    const created = await w.agent.post(`/studies/${w.studyId}/rounds`, {
      kind: 'rating',
      title: 'Real-time',
    });
    const base = created.headers.get('location')!;
    const roundId = Number(/rounds\/(\d+)/.exec(base)![1]);
    expect(await (await w.agent.get(base)).text()).toContain(
      'Deze beoordelingsronde als real-time Delphi houden',
    );
    expect((await w.agent.post(`${base}/realtime`, { enabled: '1' })).status).toBe(303);
    expect((await w.agent.post(`${base}/open`)).status).toBe(303);
    const item = roundItemsOf(w.db, roundId)[0]!;
    const url = (p: typeof anna) => `${p!.path}/r/${roundId}/i/${item.id}`;

    const a = panellistAgent(w.app);
    const before = await (await a.get(`${anna!.path}/r/${roundId}`)).text();
    expect(before).toContain(`id="fb-${item.id}"`);
    expect(before).not.toContain('De groep tot nu toe');
    const b = panellistAgent(w.app);
    await b.post(url(bert), { importance: '4', frequency: '3', comment: 'Niet altijd haalbaar' }, hx);
    const saved = await (await a.post(url(anna), { importance: '8', frequency: '4' }, hx)).text();
    expect(saved).toContain(`id="fb-${item.id}" aria-live="polite" hx-swap-oob="true"`);
    expect(saved).toContain('De groep tot nu toe');
    expect(saved).toContain('Niet altijd haalbaar');
    await a.post(url(anna), { importance: '8', frequency: '4' }, hx); // same answer again: no new revision
    await b.post(url(bert), { importance: '7', frequency: '3', comment: 'Niet altijd haalbaar' }, hx);
    const page = await (await a.get(`${anna!.path}/r/${roundId}`)).text();
    expect(page).toContain('De groep tot nu toe');

    const revs = w.db.select().from(ratingRevisions).where(eq(ratingRevisions.roundId, roundId)).all();
    expect(revs.map((r) => [r.panellistId, r.importance])).toEqual([
      [bert!.id, 4],
      [anna!.id, 8],
      [bert!.id, 7],
    ]);
    expect(() => w.db.update(ratingRevisions).set({ importance: 1 }).run()).toThrow(/append-only/);
    expect(() => w.db.delete(ratingRevisions).run()).toThrow(/append-only/);

    await w.agent.post(`${base}/close`);
    const report = await (await w.agent.get(`${base}/report`)).text();
    expect(report).toContain('Real-time Delphi: eerste en laatste beoordeling');
    expect(report).toMatch(
      /<svg[^>]*role="img"[^>]*aria-label="Overeenstemming van 0% naar 100% over 3 antwoorden"/,
    );

    // Erasing a panellist with their answers still takes their revisions along.
    const erased = await w.agent.post(`/studies/${w.studyId}/panel/${bert!.id}/erase`, {
      answers: 'remove',
      reason: 'Verzoek van het panellid',
    });
    expect(erased.status).toBeLessThan(400);
    const left = w.db.select().from(ratingRevisions).where(eq(ratingRevisions.roundId, roundId)).all();
    expect(left.map((r) => r.panellistId)).toEqual([anna!.id]);
  });
});
