import { describe, expect, it } from 'vitest';
import { roundClustersOf, roundItemsOf } from '../../db/rounds/rounds';
import { ratingAnswers } from '../../db/schema';
import { addPanel, openedRound, panellistAgent, roundsWorld } from '../rounds/_fixture';

describe('autosave without JavaScript', () => {
  it('stores a plain form post (CSRF as a field) and sends the browser back to the item', async () => {
    const w = await roundsWorld();
    const [anna] = addPanel(w.db, w.studyId);
    const round = openedRound(w.db, w.userId, w.studyId, { kind: 'rating' });
    const item = roundItemsOf(w.db, round.id)[2]!;
    const a = panellistAgent(w.app);
    await a.get(`${anna!.path}/r/${round.id}?c=2`);
    const res = await a.post(
      `${anna!.path}/r/${round.id}/i/${item.id}`,
      { importance: '6', frequency: 'cj' },
      { referer: `http://localhost${anna!.path}/r/${round.id}?c=2` },
    );
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`${anna!.path}/r/${round.id}?c=2#i-${item.id}`);
    expect(w.db.select().from(ratingAnswers).get()).toMatchObject({
      importance: 6,
      frequency: null,
      frequencyCannotJudge: true,
    });
  });

  it('stores an htmx post that carries the CSRF header', async () => {
    const w = await roundsWorld();
    const [anna] = addPanel(w.db, w.studyId);
    const round = openedRound(w.db, w.userId, w.studyId, { kind: 'rating' });
    const item = roundItemsOf(w.db, round.id)[0]!;
    const a = panellistAgent(w.app);
    await a.get(anna!.path);
    const body = new URLSearchParams({ importance: '9', frequency: '5', comment: 'Altijd & overal' });
    const res = await a.request(`${anna!.path}/r/${round.id}/i/${item.id}`, {
      method: 'POST',
      body,
      headers: { 'hx-request': 'true', 'x-csrf-token': a.csrf },
    });
    expect(res.status).toBe(200);
    expect(w.db.select().from(ratingAnswers).get()).toMatchObject({
      importance: 9,
      frequency: 5,
      comment: 'Altijd & overal',
    });
  });
});

describe('an autosave that does not parse', () => {
  it('gets the small 422 fragment, naming the limit when a text is too long, and stores nothing', async () => {
    const w = await roundsWorld();
    const [anna] = addPanel(w.db, w.studyId);
    const round = openedRound(w.db, w.userId, w.studyId, { kind: 'rating' });
    const item = roundItemsOf(w.db, round.id)[0]!;
    const a = panellistAgent(w.app);
    await a.get(anna!.path);
    const post = (fields: Record<string, string>) =>
      a.request(`${anna!.path}/r/${round.id}/i/${item.id}`, {
        method: 'POST',
        body: new URLSearchParams(fields),
        headers: { 'hx-request': 'true', 'x-csrf-token': a.csrf },
      });

    const outOfScale = await post({ importance: '42', frequency: 'often' });
    expect(outOfScale.status).toBe(422);
    expect(await outOfScale.text()).toBe(
      '<strong class="error">Niet opgeslagen: Het formulier is niet opgeslagen. Verbeter de gemarkeerde velden.</strong>',
    );

    const long = await post({ importance: '5', frequency: '5', comment: 'x'.repeat(2001) });
    expect(long.status).toBe(422);
    expect(await long.text()).toBe(
      '<strong class="error">Niet opgeslagen: Dit is te lang: maximaal 2.000 tekens.</strong>',
    );
    expect(w.db.select().from(ratingAnswers).all()).toHaveLength(0);
  });

  it('refuses a malformed coverage answer the same way', async () => {
    const w = await roundsWorld();
    const [anna] = addPanel(w.db, w.studyId);
    const round = openedRound(w.db, w.userId, w.studyId, { kind: 'coverage' });
    const cluster = roundClustersOf(w.db, round.id)[0]!;
    const a = panellistAgent(w.app);
    await a.get(anna!.path);
    const res = await a.request(`${anna!.path}/r/${round.id}/c/${cluster.id}`, {
      method: 'POST',
      body: new URLSearchParams({ verdict: 'maybe' }),
      headers: { 'hx-request': 'true', 'x-csrf-token': a.csrf },
    });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('Niet opgeslagen');
  });
});
