import { describe, expect, it } from 'vitest';
import { closeRound } from '../../src/services/decisions/close-round';
import { addPanel, openedRound, roundsWorld } from '../rounds/_fixture';

async function closedRound() {
  const w = await roundsWorld();
  addPanel(w.db, w.studyId);
  const round = openedRound(w.db, w.userId, w.studyId, { kind: 'rating' });
  closeRound(w.db, round.id, w.userId);
  return { ...w, url: `/studies/${w.studyId}/rounds/${round.id}/member-check` };
}

describe('POST /studies/:id/rounds/:roundId/member-check', () => {
  it('refuses an empty summary with 422 and the message beside the summary field', async () => {
    const w = await closedRound();
    const res = await w.agent.post(w.url, { summary: '   \n ' });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toMatch(/<p class="error" id="f-summary-error">Schrijf een samenvatting/);
    expect(html).toMatch(
      /<textarea[^>]*id="f-summary"[^>]*aria-describedby="f-summary-error"[^>]*aria-invalid="true"/,
    );
    expect(html).toContain('href="#f-summary"');
  });

  it('publishes a summary that has text', async () => {
    const w = await closedRound();
    const res = await w.agent.post(w.url, { summary: 'Het panel is het eens over de kern.' });
    expect(res.status).toBe(303);
    const page = await (await w.agent.get(w.url.replace('/member-check', ''))).text();
    expect(page).toContain('Het panel is het eens over de kern.');
  });

  it('refuses with 409 while the round is still open, also when the summary is empty', async () => {
    const w = await roundsWorld();
    addPanel(w.db, w.studyId);
    const round = openedRound(w.db, w.userId, w.studyId, { kind: 'rating' });
    const url = `/studies/${w.studyId}/rounds/${round.id}/member-check`;
    expect((await w.agent.post(url, { summary: 'Te vroeg' })).status).toBe(409);
    expect((await w.agent.post(url, { summary: '' })).status).toBe(409);
  });
});
