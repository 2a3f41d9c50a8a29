import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeItems, proposedStudy } from '../draft/routes-helpers';
import { axeViolations, hasChromium, launchChromium, serveApp } from '../_browser';

describe.skipIf(!hasChromium)('draft editor flags under axe', () => {
  let browser: Browser;
  let served: Awaited<ReturnType<typeof serveApp>> | undefined;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  it('finds no violations on the draft filtered to items to check, nor on the assist settings', async () => {
    const { app, db, id, owner, base } = await proposedStudy();
    const item = activeItems(db, id)[0]!;
    await owner.agent.post(`${base}/items/${item.id}`, {
      text: 'Ik bel [PERSOON 2] en vraag: hoe gaat het?',
      clusterId: item.clusterId === null ? '' : String(item.clusterId),
      phaseId: item.phaseId ?? '',
      version: '1',
    });
    served = await serveApp(app);
    const page = await browser.newPage({ bypassCSP: true });
    await page.goto(`${served.base}/login`);
    await page.fill('input[name="email"]', owner.email);
    await page.fill('input[name="password"]', 'geheim-wachtwoord');
    await Promise.all([
      page.waitForURL((u) => !u.pathname.startsWith('/login')),
      page.click('form:has(input[name="password"]) button[type="submit"]'),
    ]);

    await page.goto(`${served.base}${base}?check=1`);
    expect(await page.textContent('.item-flags')).toContain('Te controleren:');
    expect((await axeViolations(page)).map((v) => `${v.id}: ${v.html}`)).toEqual([]);

    await page.goto(`${served.base}${base}/assist`);
    expect((await axeViolations(page)).map((v) => `${v.id}: ${v.html}`)).toEqual([]);
  }, 60_000);

  /**
   * A proposed draft whose first item is worded so the catalogue offers its general wording, served, and the
   * owner signed in in a fresh page.
   */
  async function signedInWithCatalogueItem() {
    const { app, db, id, owner, base } = await proposedStudy();
    const item = activeItems(db, id)[0]!;
    await owner.agent.post(`${base}/items/${item.id}`, {
      text: 'De hulpverlener doorloopt meldcode.',
      clusterId: item.clusterId === null ? '' : String(item.clusterId),
      phaseId: item.phaseId ?? '',
      version: '1',
    });
    await served?.close();
    served = await serveApp(app);
    const page = await browser.newPage({ bypassCSP: true });
    await page.goto(`${served.base}/login`);
    await page.fill('input[name="email"]', owner.email);
    await page.fill('input[name="password"]', 'geheim-wachtwoord');
    await Promise.all([
      page.waitForURL((u) => !u.pathname.startsWith('/login')),
      page.click('form:has(input[name="password"]) button[type="submit"]'),
    ]);
    return { page, item, base, origin: served.base };
  }

  it('takes the catalogue wording into an item with one click, in place, without violations', async () => {
    const { page, item, base, origin } = await signedInWithCatalogueItem();
    await page.goto(`${origin}${base}`);
    const row = page.locator(`#item-${item.id}`);
    expect(await row.locator('.item-catalogue').textContent()).toContain(
      'Algemene formulering uit de catalogus',
    );
    expect((await axeViolations(page)).map((v) => `${v.id}: ${v.html}`)).toEqual([]);
    await row.locator('.item-catalogue button').click();
    await page.waitForSelector(`#item-${item.id} .saved-state`);
    expect(await page.locator(`#item-${item.id} .item-text`).textContent()).toMatch(
      /stappen van de meldcode\.$/,
    );
    expect(await page.locator(`#item-${item.id} .item-catalogue`).count()).toBe(0);
  }, 60_000);
  it('names the catalogue button in English with its visible words (no label-in-name violation)', async () => {
    const { page, item, base, origin } = await signedInWithCatalogueItem();
    await page.goto(`${origin}${base}`);
    await Promise.all([page.waitForLoadState('load'), page.click('header button[lang="en"]')]);
    await page.goto(`${origin}${base}`);
    const button = page.locator(`#item-${item.id} .item-catalogue button`);
    expect(await button.textContent()).toBe('Use this wording');
    expect((await axeViolations(page)).map((v) => `${v.id}: ${v.html}`)).toEqual([]);
  }, 60_000);
});
