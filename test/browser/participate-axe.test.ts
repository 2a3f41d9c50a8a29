import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeRound } from '../../src/services/decisions/close-round';
import { publishMemberCheck } from '../../db/rounds/progress';
import { createStudy } from '../../db/studies/studies';
import { createApp } from '../../src/app';
import { createUser } from '../../src/services/auth/accounts';
import { loadEnv } from '../../src/env';
import { defaultPhases, frequencyScale, importanceScale } from '../../src/studies/defaults';
import { tempDb } from '../_setup';
import { axeViolations, hasChromium, launchChromium, serveApp } from '../_browser';
import { addPanel, KEY, openedRound, seedDraft } from '../rounds/_fixture';

/** Every axe violation on the page, of any impact, as "rule: first element". */
const violations = async (page: Page) => (await axeViolations(page)).map((v) => `${v.id}: ${v.html}`);

describe.skipIf(!hasChromium)('panellist pages under axe', () => {
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

  it('finds no violations of any impact on the start page, each kind of round, the finish page and a dead link', async () => {
    const user = await createUser(db, { email: 'axe@example.org', name: 'A', password: 'geheim-wachtwoord' });
    const study = createStudy(db, user.id, {
      title: 'Axe-studie',
      lang: 'nl',
      phases: defaultPhases('nl'),
      importanceScale: importanceScale('1-9', 'nl'),
      frequencyScale: frequencyScale('1-5', 'nl'),
    });
    seedDraft(db, study.id);
    const [anna] = addPanel(db, study.id);
    // Two closed rounds the panellist took part in, each with a summary to check: two member-check regions.
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, bypassCSP: true });
    for (const title of ['Eerste beoordeling', 'Tweede beoordeling']) {
      const done = openedRound(db, user.id, study.id, { kind: 'rating', title });
      await page.goto(`${base}${anna!.path}/r/${done.id}`);
      closeRound(db, done.id, user.id);
      publishMemberCheck(db, done.id, user.id, `Samenvatting van ${title.toLowerCase()}.`);
    }
    const rounds = (['review', 'coverage', 'rating'] as const).map((kind) =>
      openedRound(db, user.id, study.id, { kind, instructions: 'Lees eerst dit.' }),
    );
    const pages = [
      anna!.path,
      ...rounds.map((r) => `${anna!.path}/r/${r.id}`),
      `${anna!.path}/r/${rounds[2]!.id}?c=2`,
      `${anna!.path}/r/${rounds[2]!.id}/finish`,
      '/p/geen-geldige-link',
    ];
    const found: Record<string, string[]> = {};
    for (const path of pages) {
      await page.goto(`${base}${path}`);
      expect(await page.locator('main').count()).toBe(1);
      const v = await violations(page);
      if (v.length) found[path] = v;
    }
    expect(
      await page.goto(`${base}${anna!.path}`).then(() => page.locator('main section h2').allTextContents()),
    ).toEqual(
      expect.arrayContaining([
        'Samenvatting van ronde 1 ter controle',
        'Samenvatting van ronde 2 ter controle',
      ]),
    );
    expect(found).toEqual({});
  });
});
