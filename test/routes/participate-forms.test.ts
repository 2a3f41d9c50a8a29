import { describe, expect, it } from 'vitest';
import { roundItemsOf } from '../../db/rounds/rounds';
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
