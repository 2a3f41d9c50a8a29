import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHandbook, renderHtml } from '../../src/handbook';
import { fixture } from './fixture';
import { axeOnHtml, launchChromium } from '../_browser';

describe('renderHtml', () => {
  const html = renderHtml(buildHandbook(fixture));
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const violations = (page: string) => axeOnHtml(browser, page);

  it('is a standalone document in the study language with print rules for A4', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('@page { size: A4');
    expect(html).toMatch(/\.chapter \{ break-before: page/);
    expect(html).toContain('<main>');
  });

  it('has a linked table of contents and tables with captions and column headers', () => {
    expect(html).toContain('<a href="#inleiding">1 Inleiding</a>');
    expect(html).toContain('<h2 id="inleiding">1 Inleiding</h2>');
    expect(html).toContain('<caption>Casussen per soort bron</caption>');
    expect(html).toContain('<th scope="col">Voldaan</th>');
    expect(html).toContain('De hulpverlener maakt met de cliënt schriftelijke afspraken over de doelen.');
  });

  it('escapes user text', () => {
    expect(html).toContain('Stichting Welzijn Één &lt;Oost&gt;');
    expect(html).not.toContain('<Oost>');
  });

  it('has no serious or critical accessibility violations (axe-core)', async () => {
    const found = await violations(html);
    expect(found.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  });

  it('has no serious or critical violations in English either', async () => {
    const en = renderHtml(buildHandbook({ ...fixture, study: { ...fixture.study, lang: 'en' } }));
    expect(en).toContain('<html lang="en">');
    const found = await violations(en);
    expect(found.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  });
});
