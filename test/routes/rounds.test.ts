import { describe, expect, it } from 'vitest';
import { createRound, withoutOwnNumber } from '../../db/rounds/rounds';
import { addPanel, openedRound, roundsWorld } from '../rounds/_fixture';

describe('round page', () => {
  it('asks for confirmation on the form itself before a round is opened or closed', async () => {
    const w = await roundsWorld();
    addPanel(w.db, w.studyId);
    const draft = createRound(w.db, w.userId, { studyId: w.studyId, kind: 'review', title: 'Eerste ronde' });
    const html = await (await w.agent.get(`/studies/${w.studyId}/rounds/${draft.id}`)).text();
    expect(html).toMatch(/<form[^>]*action="[^"]*\/open"[^>]*hx-confirm="[^"]+"/);
    const open = openedRound(w.db, w.userId, w.studyId, { kind: 'rating' });
    const page = await (await w.agent.get(`/studies/${w.studyId}/rounds/${open.id}`)).text();
    expect(page).toMatch(/<form[^>]*action="[^"]*\/close"[^>]*hx-confirm="[^"]+"/);
  });
  it('warns before opening while the information letter lacks retention, contact or ethics approval', async () => {
    const w = await roundsWorld();
    addPanel(w.db, w.studyId);
    const draft = createRound(w.db, w.userId, { studyId: w.studyId, kind: 'review', title: 'Eerste ronde' });
    const url = `/studies/${w.studyId}/rounds/${draft.id}`;
    const before = await (await w.agent.get(url)).text();
    expect(before).toContain(
      'De informatie voor panelleden mist nog: bewaartermijn, contactpersoon, ethische toetsing.',
    );
    expect(before).toContain(`href="/studies/${w.studyId}/privacy"`);
    const saved = await w.agent.post(`/studies/${w.studyId}/privacy`, {
      contact: 'Dr. A. Onderzoeker, a@example.nl',
      ethicsRef: 'METC 2026-042',
      retentionUntil: '2031-12-31',
      infoLetter: '',
    });
    expect(saved.status).toBe(303);
    expect(await (await w.agent.get(url)).text()).not.toContain('De informatie voor panelleden mist nog');
  });
  it('warns on a rating round in preparation until the study has fixed its consensus protocol', async () => {
    const w = await roundsWorld();
    addPanel(w.db, w.studyId);
    const rating = createRound(w.db, w.userId, { studyId: w.studyId, kind: 'rating', title: 'Waardering' });
    const review = createRound(w.db, w.userId, { studyId: w.studyId, kind: 'review', title: 'Aanvullen' });
    const page = async (id: number) => (await w.agent.get(`/studies/${w.studyId}/rounds/${id}`)).text();
    expect(await page(rating.id)).toContain('Er is nog geen consensusprotocol vastgelegd.');
    expect(await page(review.id)).not.toContain('Er is nog geen consensusprotocol vastgelegd.');
    const saved = await w.agent.post(`/studies/${w.studyId}/protocol`, {
      preset: 'comet',
      decideOn: 'importance',
      countIncomplete: 'yes',
      maxRounds: '3',
    });
    expect(saved.status).toBe(303);
    expect(await page(rating.id)).not.toContain('Er is nog geen consensusprotocol vastgelegd.');
  });
  it('tells the researcher on the new-round form that the round number is added to the title', async () => {
    const w = await roundsWorld();
    const html = await (await w.agent.get(`/studies/${w.studyId}/rounds`)).text();
    expect(html).toMatch(/aria-describedby="f-title-hint"/);
    expect(html).toContain('Maatstaf zet het rondenummer er zelf voor');
  });
  it('shows a title typed with its own round number once: "Ronde 1: aanvullen" is stored as "aanvullen"', async () => {
    const w = await roundsWorld();
    const round = createRound(w.db, w.userId, {
      studyId: w.studyId,
      kind: 'review',
      title: 'Ronde 1: aanvullen',
    });
    expect(round.title).toBe('aanvullen');
    const html = await (await w.agent.get(`/studies/${w.studyId}/rounds/${round.id}`)).text();
    expect(html).toContain('Ronde 1: aanvullen');
    expect(html).not.toContain('Ronde 1: Ronde 1');
  });
});

describe('withoutOwnNumber', () => {
  it("drops only the round's own number in front, in Dutch or English, and never leaves an empty title", () => {
    expect(withoutOwnNumber('Ronde 2 – beoordelen', 2)).toBe('beoordelen');
    expect(withoutOwnNumber('round 02. Rating', 2)).toBe('Rating');
    expect(withoutOwnNumber('Ronde 12: beoordelen', 1)).toBe('Ronde 12: beoordelen');
    expect(withoutOwnNumber('Ronde 1', 1)).toBe('Ronde 1');
    expect(withoutOwnNumber('Rondetafel 1', 1)).toBe('Rondetafel 1');
    expect(withoutOwnNumber('Tweede ronde', 2)).toBe('Tweede ronde');
  });
});
