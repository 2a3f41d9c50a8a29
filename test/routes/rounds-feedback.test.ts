import { describe, expect, it } from 'vitest';
import { createRound, roundItemsOf } from '../../db/rounds/rounds';
import { openRound } from '../../src/services/rounds/open';
import { closeRound } from '../../src/services/decisions/close-round';
import { decisions } from '../../db/schema';
import { addPanel, openedRound, panellistAgent, roundsWorld } from '../rounds/_fixture';

const hx = { 'hx-request': 'true' };
const GROUPS = [
  'maatschappelijk werkers',
  'maatschappelijk werkers',
  'maatschappelijk werkers',
  'teamleiders',
  'teamleiders',
  'teamleiders',
];

async function ratedWorld() {
  const w = await roundsWorld();
  const panel = addPanel(
    w.db,
    w.studyId,
    GROUPS.map((g, i) => ({
      name: `Panellid Naam${i}`,
      email: `p${i}@example.org`,
      organisation: 'AMW',
      role: 'mw',
      stakeholderGroup: g,
    })),
  );
  const r1 = openedRound(w.db, w.userId, w.studyId, { kind: 'rating' });
  const items = roundItemsOf(w.db, r1.id);
  const ratings = [9, 8, 8, 7, 2, 5];
  for (const [i, p] of panel.entries()) {
    const a = panellistAgent(w.app);
    await a.get(p.path);
    const comment = i === 0 ? 'Essentieel bij elke intake' : i === 4 ? 'Doen wij nooit zo' : '';
    await a.post(
      `${p.path}/r/${r1.id}/i/${items[0]!.id}`,
      { importance: String(ratings[i]), frequency: i === 5 ? 'cj' : '4', comment },
      hx,
    );
  }
  return { w, panel, r1, items };
}

describe('feedback in the next rating round', () => {
  it('shows the distribution, median, anonymous comments and the own previous rating, and no one else', async () => {
    const { w, panel, r1 } = await ratedWorld();
    closeRound(w.db, r1.id, w.userId);
    const r2 = createRound(w.db, w.userId, {
      studyId: w.studyId,
      kind: 'rating',
      title: 'Tweede ronde',
      feedbackByGroup: true,
      selectedRefIds: null,
    });
    const opened = openRound(w.db, r2.id, w.userId);
    expect(opened.ok).toBe(true);
    const me = panel[4]!;
    const html = await (await panellistAgent(w.app).get(`${me.path}/r/${r2.id}`)).text();
    expect(html).toContain('Uitkomst ronde 1');
    // One feedback region per item, each named after its item so screen-reader landmark lists tell them apart.
    expect(html).toContain('aria-label="Uitkomst ronde 1 bij item 1.1"');
    // Importance 9,8,8,7,2,5 → median (type 7) 7.5; frequency: five times 4, one cannot judge.
    expect(html).toContain('mediaan 7,5 · n = 6');
    expect(html).toContain('1 × kan ik niet beoordelen');
    expect(html).toMatch(/<li class="own"><span class="pt">2<\/span>/);
    expect(html).toContain('uw oordeel: 2');
    expect(html).toContain('Essentieel bij elke intake');
    expect(html).toContain('Doen wij nooit zo');
    expect(html).toContain('teamleiders');
    for (const p of panel) {
      expect(html).not.toContain(p.name);
      expect(html).not.toContain(p.pseudonym);
      expect(html).not.toContain(p.email!);
    }
  });

  it('carries forward only items without consensus once decisions exist', async () => {
    const { w, r1, items } = await ratedWorld();
    closeRound(w.db, r1.id, w.userId);
    w.db.delete(decisions).run();
    const now = new Date();
    items.forEach((it, i) =>
      w.db
        .insert(decisions)
        .values({
          roundId: r1.id,
          roundItemId: it.id,
          computed: i === 1 ? 'none' : 'in',
          override: i === 2 ? 'none' : null,
          computedAt: now,
        })
        .run(),
    );
    const r2 = createRound(w.db, w.userId, { studyId: w.studyId, kind: 'rating', title: 'Tweede ronde' });
    const page = await (await w.agent.get(`/studies/${w.studyId}/rounds/${r2.id}`)).text();
    expect(page).toContain('alleen de items zonder consensus uit ronde 1');
    expect(openRound(w.db, r2.id, w.userId).ok).toBe(true);
    expect(roundItemsOf(w.db, r2.id).map((i) => i.refId)).toEqual([items[1]!.refId, items[2]!.refId]);
  });

  it('lets the researcher choose the items of a round with the checkbox list', async () => {
    const w = await roundsWorld();
    const r = createRound(w.db, w.userId, { studyId: w.studyId, kind: 'review', title: 'Eerste ronde' });
    expect(
      (await w.agent.post(`/studies/${w.studyId}/rounds/${r.id}/selection`, { ref: [String(w.itemIds[3])] }))
        .status,
    ).toBe(303);
    expect((await w.agent.post(`/studies/${w.studyId}/rounds/${r.id}/open`)).status).toBe(303);
    expect(roundItemsOf(w.db, r.id).map((i) => i.refId)).toEqual([w.itemIds[3]]);
  });
});

describe('researcher pages show pseudonyms only', () => {
  it('keeps names off the round dashboard and the review processing page', async () => {
    const { w, panel, r1 } = await ratedWorld();
    const page = await (await w.agent.get(`/studies/${w.studyId}/rounds/${r1.id}`)).text();
    expect(page).toContain('maatschappelijk werkers');
    expect(page).toContain('hx-trigger="every 5s"');
    for (const p of panel) expect(page).not.toContain(p.name);
    const frag = await w.agent.get(`/studies/${w.studyId}/rounds/${r1.id}/progress`, hx);
    expect(await frag.text()).toMatch(/<td>6<\/td>/);
  });
});
