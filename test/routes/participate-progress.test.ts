import { describe, expect, it } from 'vitest';
import { roundItemsOf } from '../../db/rounds/rounds';
import { addPanel, openedRound, panellistAgent, roundsWorld } from '../rounds/_fixture';

const hx = { 'hx-request': 'true' };

describe('autosave and the progress line', () => {
  it('sends the updated progress line with each saved answer, so the count keeps up without reloading', async () => {
    const w = await roundsWorld();
    const [anna] = addPanel(w.db, w.studyId);
    const round = openedRound(w.db, w.userId, w.studyId, { kind: 'rating' });
    const items = roundItemsOf(w.db, round.id);
    const phone = panellistAgent(w.app);
    await phone.get(`${anna!.path}/r/${round.id}`);
    const save = (itemId: number, f: Record<string, string>) =>
      phone.post(`${anna!.path}/r/${round.id}/i/${itemId}`, f, hx);
    const half = await (await save(items[2]!.id, { importance: '8' })).text();
    expect(half).toContain('Opgeslagen');
    expect(half).toMatch(/id="progress" hx-swap-oob="true">cluster 2 van 2 · 0 van 4 items/);
    const whole = await (await save(items[2]!.id, { importance: '8', frequency: '3' })).text();
    expect(whole).toContain('cluster 2 van 2 · 1 van 4 items');
    expect(whole).toMatch(/<progress id="progress-bar" max="4" value="1"[^>]*hx-swap-oob="true"/);
  });
});
