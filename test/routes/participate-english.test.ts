import { describe, expect, it } from 'vitest';
import { addPanel, openedRound, panellistAgent, roundsWorld } from '../rounds/_fixture';

describe('panellist pages of an English study', () => {
  it('speak English, whatever language the researcher uses', async () => {
    const w = await roundsWorld({ lang: 'en' });
    const [anna] = addPanel(w.db, w.studyId);
    const round = openedRound(w.db, w.userId, w.studyId, { kind: 'rating' });
    const phone = panellistAgent(w.app);
    const home = await (await phone.get(anna!.path)).text();
    expect(home).toContain('lang="en"');
    const page = await (await phone.get(`${anna!.path}/r/${round.id}`)).text();
    expect(page).toContain('cluster 1 of 2');
    expect(page).toMatch(/cannot judge/i);
    expect(page).not.toContain('kan ik niet beoordelen');
  });
});
