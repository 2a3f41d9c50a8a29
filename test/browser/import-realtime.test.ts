import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDraft } from '../../db/draft/draft';
import { setRealtime } from '../../db/rounds/realtime';
import { createRound } from '../../db/rounds/rounds';
import { closeRound } from '../../src/services/decisions/close-round';
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

  it('names every faulty row of a Dutch Excel CSV in the preview, imports nothing, then takes the corrected file', async () => {
    const user = await createUser(db, {
      email: 'imp2@example.org',
      name: 'I',
      password: 'geheim-wachtwoord',
    });
    const study = newStudy(db, user.id, 'Importstudie 2');
    const page = await browser.newPage();
    page.setDefaultTimeout(8000);
    await page.goto(`${served.base}/login`);
    await page.fill('input[name="email"]', 'imp2@example.org');
    await page.fill('input[name="password"]', 'geheim-wachtwoord');
    await Promise.all([page.waitForNavigation(), page.click('form[action="/login"] button[type="submit"]')]);
    const good = [
      'cluster;deelaspect;fase;formulering;criterium;norm',
      'Contact;Afspraken;intake;De hulpverlener belt de cliënt terug.;;80%',
      'Plan;;plan;De hulpverlener legt de doelen vast met de cliënt.;;80% van de dossiers',
    ];
    const bad = [
      ...good,
      'Contact;;intake;;;',
      'Contact;;onbekend;De hulpverlener maakt kennis.;;',
      `Contact;;intake;${'x'.repeat(2001)};;`,
      'Contact;;intake;De hulpverlener belt de cliënt terug.;;',
      'Contact;;intake;=HYPERLINK("http://x";"klik");;',
    ];
    // What Dutch Excel writes: semicolons, CRLF, Windows-1252 without BOM.
    const file = (rows: string[]) => Buffer.from(rows.join('\r\n'), 'latin1');
    await page.goto(`${served.base}/studies/${study.id}/draft/import`);
    await page.setInputFiles('input[name="file"]', {
      name: 'lijst.csv',
      mimeType: 'text/csv',
      buffer: file(bad),
    });
    await page.getByRole('button', { name: 'Voorbeeld bekijken' }).click();
    await page.getByText('5 van de 7 rijen kunnen niet worden geïmporteerd.').waitFor();
    await page.getByText('gelezen als Windows-1252').waitFor();
    const problems = await page
      .locator('#preview tbody tr')
      .evaluateAll((rows) => rows.map((r) => [r.children[0]!.textContent, r.children[1]!.textContent]));
    expect(problems).toEqual([
      ['2', 'in orde'],
      ['3', 'in orde'],
      ['4', 'formulering ontbreekt'],
      ['5', 'onbekende fase'],
      ['6', expect.stringContaining('tekst te lang')],
      ['7', 'staat al eerder in het bestand'],
      ['8', expect.stringContaining('lijkt een spreadsheetformule')],
    ]);
    // The reason stays on screen beside the row number, also next to a 2,001-character cell without spaces.
    const reason = await page.locator('#preview tbody tr').nth(4).locator('td').nth(1).boundingBox();
    expect(reason!.x + reason!.width).toBeLessThanOrEqual(page.viewportSize()!.width);
    const table = await page.locator('#preview table').boundingBox();
    expect(table!.x + table!.width).toBeLessThanOrEqual(page.viewportSize()!.width);
    await expect.poll(() => page.getByRole('button', { name: /items importeren/ }).count()).toBe(0);
    expect(loadDraft(db, study.id).items).toHaveLength(0);
    await page.setInputFiles('input[name="file"]', {
      name: 'lijst.csv',
      mimeType: 'text/csv',
      buffer: file(good),
    });
    await page.getByRole('button', { name: 'Voorbeeld bekijken' }).click();
    await page.getByRole('button', { name: '2 items importeren' }).click();
    await page.getByText('2 items geïmporteerd').waitFor();
    expect(loadDraft(db, study.id).items.map((i) => i.text)).toContain(
      'De hulpverlener belt de cliënt terug.',
    );
  });

  it('shows two panellists on phones each other’s ratings and comments (anonymised) as they revise, and the report their first and last ratings', async () => {
    const user = await createUser(db, { email: 'rt2@example.org', name: 'R', password: 'geheim-wachtwoord' });
    const study = newStudy(db, user.id, 'Real-time studie 2');
    seedDraft(db, study.id);
    const [anna, bram] = addPanel(db, study.id);
    const round = createRound(db, user.id, { studyId: study.id, kind: 'rating', title: 'Doorlopend' });
    setRealtime(db, round, true, user.id);
    if (!openRound(db, round.id, user.id).ok) throw new Error('not opened');
    const phone = () =>
      browser.newContext({ viewport: { width: 390, height: 844 } }).then((c) => c.newPage());
    const [a, b] = [await phone(), await phone()];
    const first = (p: typeof a) => p.locator('form.item-form').first();
    const comment = async (p: typeof a, text: string) => {
      await first(p).locator('details:has(textarea[name="comment"]) > summary').click();
      await first(p).locator('textarea[name="comment"]').fill(text);
      await first(p).getByRole('button', { name: 'Opslaan' }).click();
      await first(p).getByText('Opgeslagen om').waitFor();
    };
    await a.goto(`${served.base}${anna!.path}/r/${round.id}`);
    await first(a).locator('input[name="importance"][value="8"]').check();
    await first(a).locator('.feedback', { hasText: 'De groep tot nu toe' }).waitFor();
    await comment(a, 'Hoort bij elk eerste gesprek. Groet, Anna de Vries');
    await b.goto(`${served.base}${bram!.path}/r/${round.id}`);
    await first(b).locator('input[name="importance"][value="3"]').check();
    const fb = first(b).locator('.feedback');
    await fb.getByText('mediaan 5,5 · n = 2').waitFor();
    await fb.getByText(/Opmerkingen van panelleden/).click();
    await fb.getByText('Hoort bij elk eerste gesprek. Groet, [naam]').waitFor();
    expect(await fb.innerText()).not.toContain('Anna');
    await a.reload();
    await first(a).locator('input[name="importance"][value="5"]').check();
    await first(a).locator('.feedback').getByText('mediaan 4 · n = 2').waitFor();
    closeRound(db, round.id, user.id);

    const r = await browser.newPage();
    await r.goto(`${served.base}/login`);
    await r.fill('input[name="email"]', 'rt2@example.org');
    await r.fill('input[name="password"]', 'geheim-wachtwoord');
    await Promise.all([r.waitForNavigation(), r.click('form[action="/login"] button[type="submit"]')]);
    await r.goto(`${served.base}/studies/${study.id}/rounds/${round.id}/report`);
    const row = r.locator('#realtime tbody tr').first();
    expect((await row.locator('td').allInnerTexts()).slice(0, 5)).toEqual([
      '2',
      '3',
      '1',
      '5,5 / 50%',
      '4 / 0%',
    ]);
    await expect
      .poll(() => row.getByRole('img').getAttribute('aria-label'))
      .toBe('Overeenstemming van 100% naar 0% over 3 antwoorden');
    await r.locator('#realtime').getByText('nog geen beoordelingen').first().waitFor();
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
