import type { Browser } from 'playwright-core';
import { axeOnHtml, launchChromium } from '../_browser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decideRound } from '../../src/services/decisions';
import { createStudyVia, signedIn, testApp } from '../_setup';
import { seedPanel, seedRound } from '../report/_fixture';

describe('report and protocol pages with axe-core', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const violations = (html: string) => axeOnHtml(browser, html);

  it('finds no violations on the round report, an item page and the protocol page', async () => {
    const { app, db } = testApp();
    const { agent, userId } = await signedIn(app, db);
    const studyId = await createStudyVia(agent);
    const panel = seedPanel(db, studyId, ['a', 'a', 'b', 'b', 'b']);
    const r1 = seedRound(db, studyId, {
      number: 1,
      items: ['Eerste item', 'Tweede item'],
      panellists: panel,
      answer: (i, j) => ({
        importance: 3 + i * 3 + (j % 3),
        frequency: 2,
        ...(j === 0 ? { dissent: 'Bezwaar' } : {}),
      }),
    });
    decideRound(db, r1.roundId, userId);
    const r2 = seedRound(db, studyId, {
      number: 2,
      items: ['Tweede item'],
      refIds: [2],
      panellists: panel.slice(0, 4),
      answer: () => ({ importance: 8, frequency: 3 }),
    });
    decideRound(db, r2.roundId, userId);
    const pages = [
      `/studies/${studyId}/rounds/${r2.roundId}/report`,
      `/studies/${studyId}/rounds/${r1.roundId}/report?sort=median&dir=desc`,
      `/studies/${studyId}/rounds/${r1.roundId}/report/items/${r1.itemIds[0]}`,
      `/studies/${studyId}/protocol`,
      `/studies/${studyId}/report`,
    ];
    for (const path of pages) {
      const res = await agent.get(path);
      expect(res.status).toBe(200);
      expect({ path, violations: await violations(await res.text()) }).toEqual({ path, violations: [] });
    }
  }, 60_000);
});
