import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Browser } from 'playwright-core';
import { axeOnHtml, launchChromium } from '../_browser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, testApp } from '../_setup';
import { adoptedFixture, CRITERION } from '../handbook-data/_version';

async function setup() {
  const { app, db } = testApp();
  const f = await adoptedFixture(db);
  const agent = new Agent(app);
  await agent.post('/login', { email: f.user.email, password: 'geheim-wachtwoord' });
  return { agent, f, url: (ext: string) => `/studies/${f.study.id}/standard/versions/1/handbook.${ext}` };
}

describe('GET /studies/:id/standard/versions/:n/handbook.*', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('serves print-ready HTML inline that passes axe-core without serious or critical violations', async () => {
    const { agent, url } = await setup();
    const res = await agent.get(url('html'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(
      'inline; filename="procesmatige-hulpverlening-standaard-v1.html"',
    );
    const html = await res.text();
    expect(html).toContain(CRITERION(1));
    expect(html).toContain('De hulpverlener neemt binnen vijf werkdagen contact op met de cliënt.');
    const violations = await axeOnHtml(browser, html);
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  });

  it('serves a DOCX with headings, tables and the item texts in word/document.xml', async () => {
    const { agent, url } = await setup();
    const res = await agent.get(url('docx'));
    expect(res.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename=".*-v1\.docx"$/);
    const zip = await JSZip.loadAsync(Buffer.from(await res.arrayBuffer()));
    const xml = (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, (tag) =>
      tag.startsWith('<w:p ') || tag === '<w:p>' ? '\n' : '',
    );
    const raw = await zip.file('word/document.xml')!.async('string');
    expect(raw).toMatch(/w:pStyle w:val="Heading1"/);
    expect(raw).toContain('<w:tbl>');
    expect(xml).toContain('De hulpverlener neemt binnen vijf werkdagen contact op met de cliënt.');
    expect(xml).toContain(CRITERION(2));
    expect(xml).toContain('Het team vindt dit onmisbaar.');
  });

  it('serves a PDF whose text holds the item texts and criteria', async () => {
    const { agent, url } = await setup();
    const res = await agent.get(url('pdf'));
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const file = join(mkdtempSync(join(tmpdir(), 'mf-pdf-')), 'h.pdf');
    writeFileSync(file, Buffer.from(await res.arrayBuffer()));
    const text = execFileSync('/usr/bin/pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('De hulpverlener maakt met de cliënt schriftelijke afspraken over de doelen.');
    expect(text).toContain(CRITERION(3));
    expect(text).toContain('Contact en kennismaking');
  });

  it('serves Markdown as an attachment', async () => {
    const { agent, url } = await setup();
    const res = await agent.get(url('md'));
    expect(res.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment;/);
    const md = await res.text();
    expect(md).toMatch(/^# /m);
    expect(md).toContain('De hulpverlener legt uit wat het maatschappelijk werk wel en niet kan bieden.');
  });

  it('answers 404 for an unknown version or format', async () => {
    const { agent, f } = await setup();
    expect((await agent.get(`/studies/${f.study.id}/standard/versions/7/handbook.pdf`)).status).toBe(404);
    expect((await agent.get(`/studies/${f.study.id}/standard/versions/1/handbook.exe`)).status).toBe(404);
  });
});
