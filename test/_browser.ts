import { serve, type ServerType } from '@hono/node-server';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { App } from '../src/app';

/** Debian's chromium; browser tests skip with a message when it is missing. */
export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);

/** The flags this closed network needs (no background connections, no updates, no sync). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

const axeSource = (createRequire(import.meta.url)('axe-core') as { source: string }).source;

export interface AxeViolation {
  id: string;
  impact: string | null;
  html: string;
}

/** Runs axe-core on the page as it is now; every violation with its impact and first element. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    type Result = { violations: { id: string; impact: string | null; nodes: { html: string }[] }[] };
    const axe = (window as unknown as { axe: { run: (d: Document) => Promise<Result> } }).axe;
    return (await axe.run(document)).violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      html: v.nodes[0]?.html.slice(0, 120) ?? '',
    }));
  });
}

/** Axe on a standalone HTML document in a fresh tab. */
export async function axeOnHtml(browser: Browser, html: string): Promise<AxeViolation[]> {
  const tab = await browser.newPage();
  try {
    await tab.setContent(html);
    return await axeViolations(tab);
  } finally {
    await tab.close();
  }
}

/** Serves the app on a free loopback port for a real browser. */
export async function serveApp(app: App): Promise<{ base: string; close: () => Promise<void> }> {
  const server: ServerType = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((r) => server.once('listening', r));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((r) => server.close(() => r())),
  };
}
