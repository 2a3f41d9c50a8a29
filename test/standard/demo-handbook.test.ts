import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { loadHandbookRecords } from '../../src/services/standard/handbook-records';
import { listVersions } from '../../db/standard/standard';
import { listStudiesFor } from '../../db/studies/studies';
import { findUserByEmail } from '../../db/auth/users';
import { DEMO_EMAIL, ensureDemo } from '../../src/services/demo/seed';
import { renderHandbook, toHandbookInput } from '../../src/handbook-data';
import { suiteDb } from '../_setup';

const db = suiteDb();
await ensureDemo(db);
const user = findUserByEmail(db, DEMO_EMAIL)!;
const study = listStudiesFor(db, user.id, false)[0]!;
const versions = listVersions(db, study.id);

// The demo gets a standard once the rounds stage seeds closed rating rounds; until then this stays skipped.
describe.skipIf(versions.length === 0)('the demo study’s handbook', () => {
  const input = () => toHandbookInput(loadHandbookRecords(db, study.id, 1)!);
  const texts = () =>
    input().clusters.flatMap((c) => c.subAspects.flatMap((s) => s.items.map((x) => x.text)));

  it('has an adopted version 1 and a draft version 2', () => {
    expect(versions.map((v) => [v.number, v.status]).sort()).toEqual([
      [1, 'adopted'],
      [2, 'draft'],
    ]);
  });

  it('renders every format with the item texts', async () => {
    const items = texts();
    expect(items.length).toBeGreaterThan(0);
    const html = String(await renderHandbook(input(), 'html'));
    const md = String(await renderHandbook(input(), 'md'));
    const zip = await JSZip.loadAsync(await renderHandbook(input(), 'docx'));
    const docx = (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
    const file = join(mkdtempSync(join(tmpdir(), 'mf-demo-')), 'h.pdf');
    writeFileSync(file, await renderHandbook(input(), 'pdf'));
    const pdf = execFileSync('/usr/bin/pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    const esc = (s: string) =>
      s
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;');
    for (const text of items.slice(0, 10)) {
      expect(html).toContain(esc(text));
      expect(md.replace(/\\/g, '')).toContain(text);
      expect(docx).toContain(esc(text));
      expect(pdf).toContain(text.replace(/\s+/g, ' '));
    }
  });
});
