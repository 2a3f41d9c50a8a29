import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createApp } from '../../src/app';
import { loadEnv } from '../../src/env';
import { createUser } from '../../src/services/auth/accounts';
import { createStudy } from '../../db/studies/studies';
import { participations, ratingAnswers } from '../../db/schema';
import { defaultPhases, frequencyScale, importanceScale } from '../../src/studies/defaults';
import { tempDb } from '../_setup';
import { CHROMIUM, hasChromium, launchChromium, serveApp } from '../_browser';
import { addPanel, KEY, openedRound, seedDraft } from '../rounds/_fixture';

if (!hasChromium) console.warn(`Skipping the browser test: ${CHROMIUM} is missing.`);

describe.skipIf(!hasChromium)('rating round on a phone', () => {
  let browser: Browser;
  let served: Awaited<ReturnType<typeof serveApp>>;
  let base = '';
  const db = tempDb();

  beforeAll(async () => {
    const app = createApp({ db, config: loadEnv({}), panelKey: KEY });
    served = await serveApp(app);
    base = served.base;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  it('completes every item, sees each answer saved, and finishes on a 390×844 screen', async () => {
    const user = await createUser(db, {
      email: 'browser@example.org',
      name: 'B',
      password: 'geheim-wachtwoord',
    });
    const study = createStudy(db, user.id, {
      title: 'Telefoonstudie',
      lang: 'nl',
      phases: defaultPhases('nl'),
      importanceScale: importanceScale('1-9', 'nl'),
      frequencyScale: frequencyScale('1-5', 'nl'),
    });
    seedDraft(db, study.id);
    const [anna] = addPanel(db, study.id);
    const round = openedRound(db, user.id, study.id, { kind: 'rating', instructions: 'Beoordeel elk item.' });
    const page = await browser.newPage({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    await page.goto(`${base}${anna!.path}`);
    await page.getByRole('link', { name: 'Beginnen' }).click();
    for (let cluster = 1; cluster <= 2; cluster++) {
      await expect
        .poll(() => page.locator('.progress-line').textContent())
        .toContain(`cluster ${cluster} van 2`);
      const forms = page.locator('form.item-form');
      const n = await forms.count();
      for (let i = 0; i < n; i++) {
        const form = forms.nth(i);
        await form.locator('input[name="importance"][value="8"]').check();
        await form.locator('.saved-state', { hasText: 'Opgeslagen' }).waitFor({ timeout: 5000 });
        await form.locator('input[name="frequency"][value="4"]').check();
      }
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(390);
      await page.getByRole('link', { name: cluster === 1 ? /Volgende cluster/ : /Naar afronden/ }).click();
    }
    await page.locator('h1', { hasText: 'Afronden' }).waitFor();
    await page.getByText('U hebt alle items beantwoord.').waitFor();
    await page.getByRole('button', { name: 'Afronden' }).click();
    await page.getByText('Dank u wel!').waitFor();
    await page.screenshot({ path: '/tmp/maatstaf-rating-finish.png' });
    const rows = db.select().from(ratingAnswers).where(eq(ratingAnswers.roundId, round.id)).all();
    expect(rows.map((r) => [r.importance, r.frequency])).toEqual(Array(4).fill([8, 4]));
    expect(
      db.select().from(participations).where(eq(participations.panellistId, anna!.id)).get()!.completedAt,
    ).not.toBeNull();
  });
});
