import { describe, expect, it } from 'vitest';
import { listAudit } from '../../db/audit';
import { roundItemsOf } from '../../db/rounds/rounds';
import { panellists, ratingAnswers, studies } from '../../db/schema';
import { addPanel, openedRound, panellistAgent, roundsWorld } from '../rounds/_fixture';

const hx = { 'hx-request': 'true' };

async function world() {
  const w = await roundsWorld();
  w.db
    .update(studies)
    .set({
      contact: 'dr. A. Onderzoeker, onderzoek@example.org',
      ethicsRef: 'METC 2026-123',
      retentionUntil: '2031-12-31',
    })
    .run();
  const [anna] = addPanel(w.db, w.studyId, undefined, { consent: false });
  const round = openedRound(w.db, w.userId, w.studyId, { kind: 'rating' });
  const item = roundItemsOf(w.db, round.id)[0]!;
  const a = panellistAgent(w.app);
  const answer = () =>
    a.post(`${anna!.path}/r/${round.id}/i/${item.id}`, { importance: '7', frequency: '3' }, hx);
  return { w, anna: anna!, round, a, answer };
}

describe('the information letter and consent', () => {
  it('shows the letter with contact, ethics reference and retention on the first page, and refuses answers before consent', async () => {
    const { w, anna, round, a, answer } = await world();
    const first = await a.get(anna.path);
    expect(first.status).toBe(200);
    const html = await first.text();
    for (const s of [
      'Informatie over het onderzoek',
      'METC 2026-123',
      'onderzoek@example.org',
      '2031-12-31',
      'Ik doe mee',
    ])
      expect(html).toContain(s);
    const roundPage = await a.get(`${anna.path}/r/${round.id}`);
    expect(roundPage.status).toBe(303);
    expect(roundPage.headers.get('location')).toBe(anna.path);
    const refused = await answer();
    expect(refused.status).toBe(409);
    expect(await refused.text()).toContain('geef aan dat u meedoet');
    expect(w.db.select().from(ratingAnswers).all()).toHaveLength(0);
  });

  it('records consent, then takes answers, and logs the consent by pseudonym only', async () => {
    const { w, anna, a, answer } = await world();
    expect((await a.post(`${anna.path}/consent`, {})).status).toBe(409);
    const res = await a.post(`${anna.path}/consent`, { agree: '1' });
    expect(res.status).toBe(303);
    expect(w.db.select().from(panellists).get()!.consentedAt).toBeInstanceOf(Date);
    expect(await (await a.get(anna.path)).text()).toContain('Ronde rating');
    expect((await answer()).status).toBe(200);
    expect(w.db.select().from(ratingAnswers).all()).toHaveLength(1);
    const log = listAudit(w.db, w.studyId).find((e) => e.action === 'panellist.consent')!;
    expect(log.summary).toBe(anna.pseudonym);
    expect(JSON.stringify(log)).not.toContain('Anna');
  });

  it('lets the panellist stop: no answers are accepted afterwards and the link says so', async () => {
    const { w, anna, a, answer } = await world();
    await a.post(`${anna.path}/consent`, { agree: '1' });
    expect((await a.post(`${anna.path}/stop`)).status).toBe(303);
    expect(await (await a.get(anna.path)).text()).toContain('U doet niet meer mee');
    expect((await answer()).status).toBe(403);
    expect(w.db.select().from(ratingAnswers).all()).toHaveLength(0);
    expect(w.db.select().from(panellists).get()!.withdrawnAt).toBeInstanceOf(Date);
  });
});
