import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildHandbook, renderDocx } from '../../src/handbook';
import { fixture } from './fixture';

const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));

/** The DOCX converted to PDF by LibreOffice, as `pdftotext -layout` reads it, page by page. */
async function libreOfficePages(title: string): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'maatstaf-lo-'));
  const input = { ...fixture, study: { ...fixture.study, title } };
  writeFileSync(join(dir, 'handbook.docx'), await renderDocx(buildHandbook(input)));
  execFileSync(
    SOFFICE!,
    [
      `-env:UserInstallation=file://${dir}/profile`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      join(dir, 'handbook.docx'),
    ],
    { stdio: 'ignore', timeout: 120_000 },
  );
  expect(readFileSync(join(dir, 'handbook.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  const text = execFileSync('/usr/bin/pdftotext', ['-layout', join(dir, 'handbook.pdf'), '-'], {
    encoding: 'utf8',
  });
  return text.split('\f');
}

describe.skipIf(!SOFFICE)('the DOCX as LibreOffice renders it', async () => {
  const pages = SOFFICE ? await libreOfficePages('Procesmatige hulpverlening') : [];
  const lines = pages.flatMap((p) => p.split('\n').map((l) => l.trim()));

  it('sets the title on one line of its own, not overlapping the lines around it', () => {
    const at = lines.indexOf('Procesmatige hulpverlening');
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).toMatch(/^Versie 2 — vastgesteld op 12 maart 2025$/);
  });

  // Word fills in the page numbers on opening (updateFields); LibreOffice shows the entries and leaves the
  // numbers to Tools › Update.
  it('has a table of contents listing the chapters, linked to them', () => {
    expect(lines.some((l) => /^1 Inleiding\.{5,}\s*\d*$/.test(l))).toBe(true);
    expect(lines.some((l) => /^4 De standaard\.{5,}\s*\d*$/.test(l))).toBe(true);
  });

  it('breaks no table header inside a word', () => {
    const text = lines.join('\n');
    for (const word of [
      'Voldaan',
      'Geherformuleerd',
      'Samengevoegd',
      'Doorgeschoven',
      'Uitgenodigd',
      'Opmerkingen',
    ])
      expect(text, word).toContain(word);
  });

  it('leaves no heading alone at the foot of a page', () => {
    for (const page of pages.slice(1, -1)) {
      const body = page
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l && !/^\d+$/.test(l));
      const last = body[body.length - 1] ?? '';
      if (last.includes('.....')) continue; // a table-of-contents page
      expect(last, last).not.toMatch(/^(\d+(\.\d+)*|[A-C]\.\d+|Cluster \d+\.) [A-Z]/);
    }
  });
});
