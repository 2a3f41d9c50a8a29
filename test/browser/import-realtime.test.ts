import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDraft } from '../../db/draft/draft';
import { setRealtime } from '../../db/rounds/realtime';
import { createRound } from '../../db/rounds/rounds';
import { openRound } from '../../src/services/rounds/open';
import { createStudy } from '../../db/studies/studies';
import { createApp } from '../../src/app';
import { createUser } from '../../src/services/auth/accounts';
import { loadEnv } from '../../src/env';
import { defaultPhases, frequencyScale, importanceScale } from '../../src/studies/defaults';
import { hasChromium, launchChromium, serveApp } from '../_browser';
import { suiteDb } from '../_setup';
import { addPanel, KEY, seedDraft } from '../rounds/_fixture';

const newStudy = (db: ReturnType<typeof suiteDb>, userId: number, title: string) =>
  createStudy(db, userId, {
    title,
    lang: 'nl',
    phases: defaultPhases('nl'),
    importanceScale: importanceScale('1-9', 'nl'),
    frequencyScale: frequencyScale('1-5', 'nl'),
  });

describe.skipIf(!hasChromium)('item import and real-time rounds in a real browser', () => {
  let browser: Browser;
  let served: Awaited<ReturnType<typeof serveApp>>;
  const db = suiteDb();

  beforeAll(async () => {
    served = await serveApp(createApp({ db, config: loadEnv({}), panelKey: KEY }));
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  it('uploads a CSV item list, shows the preview (boosted by htmx) and imports it into the draft', async () => {
    const user = await createUser(db, { email: 'imp@example.org', name: 'I', password: 'geheim-wachtwoord' });
    const study = newStudy(db, user.id, 'Importstudie');
    const page = await browser.newPage();
    page.setDefaultTimeout(8000);
    await page.goto(`${served.base}/login`);
    await page.fill('input[name="email"]', 'imp@example.org');
    await page.fill('input[name="password"]', 'geheim-wachtwoord');
    await Promise.all([page.waitForNavigation(), page.click('form[action="/login"] button[type="submit"]')]);
    await page.goto(`${served.base}/studies/${study.id}/draft`);
    await page.getByRole('link', { name: /Itemlijst importeren/ }).click();
    await page.setInputFiles('input[name="file"]', {
      name: 'lijst.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('cluster;formulering\nContact;De hulpverlener belt de cliënt terug.\n'),
    });
    await page.getByRole('button', { name: 'Voorbeeld bekijken' }).click();
    await page.getByText('Alle 1 rijen kunnen worden geïmporteerd.').waitFor();
    await page.getByRole('button', { name: '1 items importeren' }).click();
    await page.getByText('1 items geïmporteerd').waitFor();
    expect(loadDraft(db, study.id).items.map((i) => [i.text, i.origin])).toEqual([
      ['De hulpverlener belt de cliënt terug.', 'import'],
    ]);
  });

  it('shows a panellist the group so far right after they rate an item in a real-time round', async () => {
    const user = await createUser(db, { email: 'rt@example.org', name: 'R', password: 'geheim-wachtwoord' });
    const study = newStudy(db, user.id, 'Real-time studie');
    seedDraft(db, study.id);
    const [anna] = addPanel(db, study.id);
    const round = createRound(db, user.id, { studyId: study.id, kind: 'rating', title: 'Doorlopend' });
    setRealtime(db, round, true, user.id);
    if (!openRound(db, round.id, user.id).ok) throw new Error('not opened');
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${served.base}${anna!.path}/r/${round.id}`);
    const form = page.locator('form.item-form').first();
    await expect.poll(() => form.locator('.feedback').count()).toBe(0);
    await form.locator('input[name="importance"][value="8"]').check();
    await form.locator('.feedback', { hasText: 'De groep tot nu toe' }).waitFor({ timeout: 5000 });
  });
});
