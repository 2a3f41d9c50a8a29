import { describe, expect, it } from 'vitest';
import { listAudit } from '../../db/audit';
import { roundItemsOf } from '../../db/rounds/rounds';
import { panellists, ratingAnswers } from '../../db/schema';
import { signedIn } from '../_setup';
import { addPanel, openedRound, panellistAgent, roundsWorld } from '../rounds/_fixture';

async function answered() {
  const w = await roundsWorld();
  const [anna, bram] = addPanel(w.db, w.studyId);
  const round = openedRound(w.db, w.userId, w.studyId, { kind: 'rating' });
  const item = roundItemsOf(w.db, round.id)[0]!;
  const a = panellistAgent(w.app);
  const res = await a.post(
    `${anna!.path}/r/${round.id}/i/${item.id}`,
    { importance: '8', frequency: '4' },
    { 'hx-request': 'true' },
  );
  expect(res.status).toBe(200);
  return { w, anna: anna!, bram: bram!, base: `/studies/${w.studyId}/panel/${anna!.id}` };
}

describe('a panellist’s data (owner or editor)', () => {
  it('exports everything stored about one panellist as JSON, without link secrets', async () => {
    const { w, base } = await answered();
    const res = await w.agent.get(`${base}/export.json`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const json = (await res.json()) as Record<string, unknown> & { panellist: Record<string, unknown> };
    expect(json.panellist).toMatchObject({
      name: 'Anna de Vries',
      email: 'anna@example.org',
      pseudonym: 'P001',
    });
    expect(json.panellist).not.toHaveProperty('tokenSalt');
    expect(json.panellist).not.toHaveProperty('tokenHash');
    expect(json['ratingAnswers']).toMatchObject([{ importance: 8, frequency: 4 }]);
    expect(json).toHaveProperty('participations');
  });

  it('corrects details and logs which fields changed, not their values', async () => {
    const { w, base } = await answered();
    const res = await w.agent.post(`${base}/edit`, {
      name: 'Anna de Vries-Smit',
      email: 'anna@example.org',
      organisation: 'AMW Noord',
      role: 'maatschappelijk werker',
      stakeholderGroup: 'maatschappelijk werkers',
    });
    expect(res.status).toBe(303);
    expect(w.db.select().from(panellists).get()!.name).toBe('Anna de Vries-Smit');
    const entry = listAudit(w.db, w.studyId).find((e) => e.action === 'panellist.update')!;
    expect(entry.summary).toBe('P001: name');
    expect(JSON.stringify(entry)).not.toContain('Smit');
    const bad = await w.agent.post(`${base}/edit`, { name: '', email: 'geen-adres' });
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain('Vul een naam in.');
  });

  it('erases the person and keeps the answers under the pseudonym; the link stops working; the reason is logged without names', async () => {
    const { w, anna, base } = await answered();
    const missing = await w.agent.post(`${base}/erase`, { answers: 'keep', reason: '' });
    expect(missing.status).toBe(422);
    expect(await missing.text()).toContain('Geef een reden.');
    const res = await w.agent.post(`${base}/erase`, {
      answers: 'keep',
      reason: 'Verzoek van Anna de Vries per e-mail',
    });
    expect(res.status).toBe(303);
    const row = w.db.select().from(panellists).get()!;
    expect(row).toMatchObject({ name: '', email: null, organisation: '', pseudonym: 'P001' });
    expect(row.erasedAt).toBeInstanceOf(Date);
    expect(w.db.select().from(ratingAnswers).all()).toHaveLength(1);
    expect((await panellistAgent(w.app).get(anna.path)).status).toBe(404);
    const entry = listAudit(w.db, w.studyId).find((e) => e.action === 'panellist.erase')!;
    expect(entry.summary).toBe('P001: answers kept');
    expect(JSON.stringify(entry)).not.toContain('Anna');
    expect((await w.agent.get(base)).status).toBe(404);
  });

  it('erases the person with their answers when the researcher chooses so', async () => {
    const { w, bram, base } = await answered();
    await w.agent.post(`${base}/erase`, { answers: 'remove', reason: 'verzoek panellid' });
    expect(w.db.select().from(ratingAnswers).all()).toHaveLength(0);
    expect(
      w.db
        .select()
        .from(panellists)
        .all()
        .map((p) => p.id),
    ).toEqual([bram.id, bram.id + 1]);
    expect(listAudit(w.db, w.studyId).find((e) => e.action === 'panellist.erase')!.summary).toBe(
      'P001: answers removed',
    );
  });

  it('refuses viewers everything on this page', async () => {
    const { w, base } = await answered();
    const viewer = await signedIn(w.app, w.db, 'Lezer');
    await w.agent.post(`/studies/${w.studyId}/team`, { email: viewer.email, role: 'viewer' });
    expect((await viewer.agent.get(base)).status).toBe(403);
    expect((await viewer.agent.get(`${base}/export.json`)).status).toBe(403);
    expect((await viewer.agent.post(`${base}/erase`, { answers: 'remove', reason: 'x' })).status).toBe(403);
    expect(w.db.select().from(ratingAnswers).all()).toHaveLength(1);
  });
});
