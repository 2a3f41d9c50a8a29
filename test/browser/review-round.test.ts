import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adoptVersion } from '../../db/standard/adoption';
import { findDraftVersion } from '../../db/standard/standard';
import { listReviewRounds } from '../../src/services/review/review';
import { scoresOf } from '../../src/services/review/scores';
import { createApp } from '../../src/app';
import { createUser } from '../../src/services/auth/accounts';
import { loadEnv } from '../../src/env';
import { tempDb } from '../_setup';
import { axeViolations, CHROMIUM, hasChromium, launchChromium, serveApp } from '../_browser';
import { PANEL_KEY, reviewFixture } from '../review/_fixture';

if (!hasChromium) console.warn(`Skipping the browser test: ${CHROMIUM} is missing.`);

describe.skipIf(!hasChromium)('a whole peer-review round in the browser', () => {
  let browser: Browser;
  let served: Awaited<ReturnType<typeof serveApp>>;
  const db = tempDb();

  beforeAll(async () => {
    served = await serveApp(createApp({ db, config: loadEnv({}), panelKey: PANEL_KEY }));
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  it('facilitator on a desktop sets up the round, reviewers score on 390×844 phones, then paper form, report, close, follow-up in the next round and the next draft', async () => {
    const base = served.base;
    const user = await createUser(db, {
      email: 'toets@example.org',
      name: 'F',
      password: 'geheim-wachtwoord',
    });
    const fx = reviewFixture(db, user.id);
    const desk = await browser.newPage({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    await desk.goto(`${base}/login`);
    await desk.fill('input[name="email"]', 'toets@example.org');
    await desk.fill('input[name="password"]', 'geheim-wachtwoord');
    await Promise.all([
      desk.waitForURL(/\/studies$/),
      desk.click('form[action="/login"] button[type="submit"]'),
    ]);
    await desk.goto(`${base}/studies/${fx.study.id}/reviews`);

    // On the draft version: refused with a clear message, the typed group kept.
    await desk.fill('input[name="title"]', 'Voorjaar');
    await desk.selectOption('select[name="versionNumber"]', '2');
    await desk.selectOption('select[name="mode"]', 'rotating');
    await desk.fill('input[name="reviewersPerPractitioner"]', '2');
    await desk.fill('textarea[name="members"]', 'Anna\nBram\nCees');
    await desk.click('#new-review button[type="submit"]');
    await desk.getByText('Toetsen kan alleen aan een vastgestelde versie').first().waitFor();
    expect(await desk.inputValue('textarea[name="members"]')).toBe('Anna\nBram\nCees');
    await desk.selectOption('select[name="versionNumber"]', '1');
    await desk.click('#new-review button[type="submit"]');
    await desk.locator('h1', { hasText: 'Toetsingsronde 1' }).waitFor();
    const links = await desk
      .locator('input.link')
      .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))
      // Personal links carry PUBLIC_URL; this test server listens on a port of its own.
      .then((all) => all.map((l) => l.replace(/^https?:\/\/[^/]+/, base)));
    expect(links).toHaveLength(3);

    // T2 and T3 both review T1 (rotating, two per dossier): each scores dossier D-101 on a phone.
    const axe: Record<string, string[]> = {};
    const phoneScores: [number, string[]][] = [
      [1, ['voldaan', 'deels', 'nvt']],
      [2, ['voldaan', 'niet', 'nvt']],
    ];
    for (const [who, scores] of phoneScores) {
      const phone = await browser.newPage({
        viewport: { width: 390, height: 844 },
        isMobile: true,
        hasTouch: true,
        bypassCSP: true,
      });
      await phone.goto(links[who]!);
      const t1 = phone.locator('[data-practitioner="T1"]');
      await t1.locator('input[name="code"]').fill('Jan Jansen');
      await t1.getByRole('button', { name: 'Dossier toevoegen' }).click();
      await phone.getByText('Deze code lijkt op een naam').first().waitFor();
      const again = phone.locator('[data-practitioner="T1"]');
      expect(await again.locator('input[name="code"]').inputValue()).toBe('Jan Jansen');
      await again.locator('input[name="code"]').fill('D-101');
      await again.getByRole('button', { name: 'Dossier toevoegen' }).click();
      await phone.locator('h1', { hasText: 'Dossier D-101' }).waitFor();
      await phone
        .getByText('Criterium bij: De hulpverlener neemt binnen vijf werkdagen contact op.')
        .waitFor();
      const forms = phone.locator('form.item-form');
      expect(await forms.count()).toBe(3);
      for (let i = 0; i < 3; i++) {
        const form = forms.nth(i);
        await form.locator(`input[name="score"][value="${scores[i]}"]`).check();
        await form.locator('.saved-state', { hasText: 'Opgeslagen' }).waitFor({ timeout: 5000 });
      }
      expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      // Criterion, norm and source stand above their values on a phone, not in a column a few words wide.
      const columns = await phone.evaluate(
        () => getComputedStyle(document.querySelector('dl.meta')!).gridTemplateColumns.split(' ').length,
      );
      expect(columns).toBe(1);
      if (who === 1) {
        axe['dossier'] = (await axeViolations(phone)).map((v) => `${v.id}: ${v.html}`);
        await phone.goto(links[who]!);
        // The group results (bars 250px wide) scroll inside their tables, not the whole page.
        expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
        axe['home'] = (await axeViolations(phone)).map((v) => `${v.id}: ${v.html}`);
      }
      await phone.close();
    }
    const round = listReviewRounds(db, fx.study.id)[0]!.round;
    expect(scoresOf(db, round.id)).toHaveLength(6);

    // Back on the desktop: the group's results with agreement, the plan, the report, closing.
    await desk.reload();
    await desk.locator('[data-item="1.1"]', { hasText: '100%' }).first().waitFor();
    await desk.getByText('Fleiss’ kappa').first().waitFor();
    await desk.selectOption('#new-action select[name="itemLineage"]', 'i-2');
    await desk.fill('#new-action input[name="action"]', 'Bespreken in het teamoverleg');
    await desk.fill('#new-action input[name="owner"]', 'Teamleider');
    await desk.fill('#new-action input[name="dueOn"]', '2026-06-01');
    await desk.click('#new-action button[type="submit"]');
    await desk.getByText('Bespreken in het teamoverleg').waitFor();

    // A paper form from the handbook: T1 scored T2's dossier P-7; a code like a date of birth is refused first.
    await desk.selectOption('#paper select[name="reviewerId"]', { label: 'T1 Anna' });
    await desk.selectOption('#paper select[name="practitionerId"]', { label: 'T2 Bram' });
    await desk.fill('#paper input[name="code"]', '12-03-1987');
    const paperScores = desk.locator('#paper select[name^="score_"]');
    for (const [i, score] of ['niet', 'voldaan', 'nvt'].entries())
      await paperScores.nth(i).selectOption(score);
    await desk.click('#paper button[type="submit"]');
    await desk.getByText('Deze code lijkt op een geboortedatum').first().waitFor();
    expect(await desk.locator('#paper select[name^="score_"]').nth(1).inputValue()).toBe('voldaan');
    await desk.fill('#paper input[name="code"]', 'P-7');
    await desk.click('#paper button[type="submit"]');
    await desk.getByText('3 scores opgeslagen').waitFor();
    expect(scoresOf(db, round.id)).toHaveLength(9);

    const roundPath = `${base}/studies/${fx.study.id}/reviews/${round.id}`;
    const report = await desk.request.get(`${roundPath}/report.html`);
    expect(report.status()).toBe(200);
    expect(await report.text()).toContain('Bespreken in het teamoverleg');
    const pdf = await desk.request.get(`${roundPath}/report.pdf`);
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    const docx = await desk.request.get(`${roundPath}/report.docx`);
    expect((await docx.body()).subarray(0, 2).toString()).toBe('PK');
    expect(await (await desk.request.get(`${roundPath}/report.md`)).text()).toContain('Verbeterplan');
    await desk.getByRole('button', { name: 'Ronde sluiten' }).click();
    await desk.getByText('gesloten').first().waitFor();
    axe['round'] = (await axeViolations(desk)).map((v) => `${v.id}: ${v.html}`);
    await desk.screenshot({ path: '/tmp/maatstaf-review-round.png', fullPage: true });

    // The next round follows the plan up.
    await desk.goto(`${base}/studies/${fx.study.id}/reviews`);
    await desk.fill('input[name="title"]', 'Najaar');
    await desk.selectOption('select[name="versionNumber"]', '1');
    await desk.selectOption('select[name="mode"]', 'pairs');
    await desk.fill('textarea[name="members"]', 'Anna\nBram');
    await desk.click('#new-review button[type="submit"]');
    await desk.locator('h1', { hasText: 'Toetsingsronde 2' }).waitFor();
    const earlier = desk.locator('form', { hasText: 'Bespreken in het teamoverleg' });
    await earlier.getByText('1.2 De hulpverlener legt uit wat het werk biedt.').waitFor();
    await earlier.locator('select[name="status"]').selectOption('done');
    await earlier.locator('input[name="followUp"]').fill('Besproken op 3 juni');
    await earlier.getByRole('button', { name: 'Bijwerken' }).click();
    await desk.locator('input[name="followUp"][value="Besproken op 3 juni"]').waitFor();
    axe['next'] = (await axeViolations(desk)).map((v) => `${v.id}: ${v.html}`);

    // Back into the standard: the version page says what the reviews say and starts the next draft.
    adoptVersion(db, fx.v2!.id, user.id);
    await desk.goto(`${base}/studies/${fx.study.id}/standard/versions/1`);
    await desk.locator('#review-signals [data-item="1.1"]').waitFor();
    axe['version'] = (await axeViolations(desk)).map((v) => `${v.id}: ${v.html}`);
    await desk.getByRole('button', { name: 'Nieuwe conceptversie starten' }).click();
    await desk.waitForURL(/\/standard\/versions\/3$/);
    expect(findDraftVersion(db, fx.study.id)?.number).toBe(3);
    expect(axe).toEqual({ dossier: [], home: [], round: [], next: [], version: [] });
  }, 90_000);
});
