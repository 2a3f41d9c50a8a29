import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildHandbook, renderPdf } from '../../src/handbook';
import { fixture } from './fixture';

async function pdfText(lang: 'nl' | 'en'): Promise<{ text: string; pages: number }> {
  const buf = await renderPdf(buildHandbook({ ...fixture, study: { ...fixture.study, lang } }));
  const file = join(mkdtempSync(join(tmpdir(), 'maatstaf-pdf-')), 'handbook.pdf');
  writeFileSync(file, buf);
  const text = execFileSync('/usr/bin/pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const info = execFileSync('/usr/bin/pdfinfo', [file], { encoding: 'utf8' });
  return { text: text.replace(/\s+/g, ' '), pages: Number(info.match(/Pages:\s+(\d+)/)?.[1]) };
}

describe('renderPdf', async () => {
  const nl = await pdfText('nl');

  it('contains the item texts with Dutch characters intact', () => {
    expect(nl.text).toContain('De hulpverlener maakt met de cliënt schriftelijke afspraken over de doelen.');
    expect(nl.text).toContain('Stichting Welzijn Één <Oost>');
    expect(nl.text).toContain('Sem Öztürk en Noë Jansen');
    expect(nl.text).toContain('Gebruikte casuïstiek');
  });

  it('has a table of contents, page numbers and the scoring checklist', () => {
    expect(nl.text).toMatch(/Inhoud 1 Inleiding \d+/);
    expect(nl.text).toContain(`2 / ${nl.pages}`);
    expect(nl.text).toMatch(
      /Handeling, criterium, norm en bron Voldaan Deels Niet voldaan N\.v\.t\. Notities/,
    );
    expect(nl.text).toContain('Norm: Geen norm vastgesteld');
    expect(nl.text).toContain('In alle getoetste dossiers');
    expect(nl.pages).toBeGreaterThan(10);
  });

  it('renders the English handbook in English', async () => {
    const en = await pdfText('en');
    expect(en.text).toContain('Contents');
    expect(en.text).toContain('Accounting of the method');
    expect(en.text).toContain('Activity, criterion, norm and source Met Partly Not met N/a Notes');
  });
});
