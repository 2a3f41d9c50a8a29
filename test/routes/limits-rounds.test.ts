import { describe, expect, it } from 'vitest';
import { listRounds, roundClustersOf } from '../../db/rounds/rounds';
import { closeRound } from '../../src/services/decisions/close-round';
import { LIMITS } from '../../src/limits';
import { addPanel, openedRound, panellistAgent, roundsWorld } from '../rounds/_fixture';

const over = (max: number, word = 'lang ') => word.repeat(Math.ceil((max + 1) / word.length));

describe('length limits on the round forms', () => {
  it('refuses a round title over its limit with 422 beside the title, keeping the instructions typed', async () => {
    const w = await roundsWorld();
    const res = await w.agent.post(`/studies/${w.studyId}/rounds`, {
      kind: 'rating',
      title: over(LIMITS.line),
      instructions: 'Lees eerst de casus.',
    });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toMatch(/id="f-title-error">Dit is te lang: maximaal 300 tekens\./);
    expect(html).toContain('Lees eerst de casus.');
    expect(listRounds(w.db, w.studyId)).toHaveLength(0);
  });

  it('refuses instructions over their limit with 422 and the limit named', async () => {
    const w = await roundsWorld();
    const res = await w.agent.post(`/studies/${w.studyId}/rounds`, {
      kind: 'rating',
      title: 'Ronde 1',
      instructions: over(LIMITS.note),
    });
    expect(res.status).toBe(422);
    expect(await res.text()).toMatch(/id="f-instructions-error">Dit is te lang: maximaal 10\.000 tekens\./);
  });

  it('accepts instructions of exactly the limit', async () => {
    const w = await roundsWorld();
    const res = await w.agent.post(`/studies/${w.studyId}/rounds`, {
      kind: 'rating',
      title: 'Ronde 1',
      instructions: 'x'.repeat(LIMITS.note),
    });
    expect(res.status).toBe(303);
  });

  it('refuses an invitation text over its limit with 422 beside the body and keeps the subject typed', async () => {
    const w = await roundsWorld();
    addPanel(w.db, w.studyId);
    const round = openedRound(w.db, w.userId, w.studyId, { kind: 'rating' });
    const res = await w.agent.post(`/studies/${w.studyId}/rounds/${round.id}/invitations/send`, {
      subject: 'Mijn eigen onderwerp',
      body: over(LIMITS.letter),
      action: 'save',
    });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toMatch(/id="f-inv-body-error">\s*Dit is te lang: maximaal 20\.000 tekens\./);
    expect(html).toContain('value="Mijn eigen onderwerp"');
  });

  it('refuses a reminder subject over its limit with 422 and saves nothing', async () => {
    const w = await roundsWorld();
    addPanel(w.db, w.studyId);
    const round = openedRound(w.db, w.userId, w.studyId, { kind: 'rating' });
    const res = await w.agent.post(`/studies/${w.studyId}/rounds/${round.id}/reminders/send`, {
      subject: over(LIMITS.line),
      body: 'Beste {naam}, ...',
      action: 'save',
    });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toMatch(/id="f-subject-error">\s*Dit is te lang: maximaal 300 tekens\./);
    expect(html).toContain('Beste {naam}, ...');
    expect(listRounds(w.db, w.studyId)[0]!.reminderTemplate ?? '').not.toContain('Beste {naam}');
  });

  it('refuses a member-check summary over its limit with 422 beside the summary', async () => {
    const w = await roundsWorld();
    addPanel(w.db, w.studyId);
    const round = openedRound(w.db, w.userId, w.studyId, { kind: 'rating' });
    closeRound(w.db, round.id, w.userId);
    const res = await w.agent.post(`/studies/${w.studyId}/rounds/${round.id}/member-check`, {
      summary: over(LIMITS.letter),
    });
    expect(res.status).toBe(422);
    expect(await res.text()).toMatch(/id="f-summary-error">\s*Dit is te lang/);
  });

  it('refuses a panellist’s proposed activity over the item limit with 422 instead of cutting it off', async () => {
    const w = await roundsWorld();
    const [anna] = addPanel(w.db, w.studyId);
    const round = openedRound(w.db, w.userId, w.studyId, { kind: 'review' });
    const cluster = roundClustersOf(w.db, round.id)[0]!;
    const res = await panellistAgent(w.app).post(`${anna!.path}/r/${round.id}/c/${cluster.id}/propose`, {
      text: over(LIMITS.item),
    });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('Dit is te lang: maximaal 2.000 tekens.');
  });

  it('refuses a team invitation address over the line limit with 422 beside the address', async () => {
    const w = await roundsWorld();
    const res = await w.agent.post(`/studies/${w.studyId}/team`, {
      email: `${'a'.repeat(LIMITS.line)}@example.org`,
      role: 'editor',
    });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('Dit is te lang: maximaal 300 tekens.');
  });
});
