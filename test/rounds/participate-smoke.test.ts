import { describe, expect, it } from 'vitest';
import { roundItemsOf } from '../../db/rounds';
import { addPanel, openedRound, panellistAgent, roundsWorld } from './_fixture';

describe('smoke', () => {
  it('lets a panellist rate an item through the link', async () => {
    const w = await roundsWorld();
    const [anna] = addPanel(w.db, w.studyId);
    const round = openedRound(w.db, w.userId, w.studyId, { kind: 'rating' });
    const a = panellistAgent(w.app);
    const home = await a.get(anna!.path);
    expect(home.status).toBe(200);
    const page = await a.get(`${anna!.path}/r/${round.id}`);
    const html = await page.text();
    expect(html).toContain('De hulpverlener stelt zich voor');
    const item = roundItemsOf(w.db, round.id)[0]!;
    const res = await a.post(`${anna!.path}/r/${round.id}/i/${item.id}`, { importance: '8', frequency: '4' }, { 'hx-request': 'true' });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Opgeslagen');
  });
});
