import { describe, expect, it } from 'vitest';
import { createRound } from '../../db/rounds/rounds';
import { roundsWorld } from '../rounds/_fixture';

describe('dates on the researcher pages', () => {
  it('shows the closing date of a round written out, on one line in the rounds table', async () => {
    const w = await roundsWorld();
    const round = createRound(w.db, w.userId, {
      studyId: w.studyId,
      kind: 'rating',
      title: 'Beoordeling',
      closesAt: '2031-12-15',
    });
    const list = await (await w.agent.get(`/studies/${w.studyId}/rounds`)).text();
    expect(list).toContain('<td class="nowrap">15 december 2031</td>');
    const page = await (await w.agent.get(`/studies/${w.studyId}/rounds/${round.id}`)).text();
    expect(page).toContain('15 december 2031');
    expect(page).not.toContain('2031-12-15 ');
  });
});
