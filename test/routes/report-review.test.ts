import { describe, expect, it } from 'vitest';
import { createStudyVia, signedIn, testApp } from '../_setup';
import { seedPanel, seedRound } from '../report/_fixture';

describe('GET …/report for a review round', () => {
  it('counts verdicts and gives I-CVI, modified kappa and S-CVI/Ave when relevance was asked', async () => {
    const { app, db } = testApp();
    const { agent } = await signedIn(app, db);
    const studyId = await createStudyVia(agent);
    const panel = seedPanel(db, studyId, Array(6).fill('g'));
    const { roundId, itemIds } = seedRound(db, studyId, {
      number: 1,
      kind: 'review',
      items: ['Helder', 'Vaag'],
      panellists: panel,
      answer: () => null,
    });
    db.$client.prepare('UPDATE rounds SET ask_relevance = 1 WHERE id = ?').run(roundId);
    const ins = db.$client.prepare(
      'INSERT INTO review_answers (round_id, round_item_id, panellist_id, verdict, relevance, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
    );
    panel.forEach((pid, j) => {
      ins.run(roundId, itemIds[0], pid, 'keep', 4, Date.now());
      ins.run(
        roundId,
        itemIds[1],
        pid,
        j < 3 ? 'reformulate' : j < 5 ? 'keep' : 'remove',
        j < 3 ? 2 : 3,
        Date.now(),
      );
    });
    const res = await agent.get(`/studies/${studyId}/rounds/${roundId}/report`);
    expect(res.status).toBe(200);
    const html = await res.text();
    // Item 1: 6/6 relevant → I-CVI 1.00; item 2: 3/6 → 0.50; S-CVI/Ave = 0.75.
    expect(html).toContain('S-CVI/Ave = 0,75');
    expect(html).toMatch(
      /Helder<\/td><td class="num">6<\/td><td class="num">6<\/td><td class="num">0<\/td><td class="num">0<\/td><td class="num">6<\/td><td class="num">1,00<\/td><td class="num">1,00<\/td><td>ja<\/td>/,
    );
    expect(html).toMatch(
      /Vaag<\/td><td class="num">6<\/td><td class="num">2<\/td><td class="num">3<\/td><td class="num">1<\/td><td class="num">6<\/td><td class="num">0,50<\/td>/,
    );
  });
});
