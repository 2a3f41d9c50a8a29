import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildHandbook, renderPdf, type Block, type HandbookDoc } from '../../src/handbook';
import { h, p } from '../../src/handbook/model';
import { pdfContent } from '../../src/handbook/pdf-content';
import { fixture } from './fixture';

/**
 * The PDF as `pdftotext -layout` reads it, page by page, without blank lines and page numbers; lines indented
 * from the margin (table cells, list items, running heads) keep one leading space.
 */
function pdfPages(buf: Buffer): string[][] {
  const file = join(mkdtempSync(join(tmpdir(), 'maatstaf-pdf-')), 'handbook.pdf');
  writeFileSync(file, buf);
  return execFileSync('/usr/bin/pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
    .split('\f')
    .map((page) =>
      page
        .split('\n')
        .map((l) => l.trimEnd().replace(/\s+/g, ' '))
        .filter((l) => l && !/^ ?\d+ \/ \d+$/.test(l)),
    );
}

/** Pages whose last line or two lines are a heading or table caption of the document. */
function strandedHeadings(doc: HandbookDoc, pages: string[][]): string[] {
  const heads = doc.blocks.flatMap((x) =>
    x.kind === 'heading' ? [x.text] : x.kind === 'table' || x.kind === 'checklist' ? [x.caption] : [],
  );
  return pages.flatMap((lines, k) => {
    const [prev, last] = [lines[lines.length - 2] ?? '', lines[lines.length - 1] ?? ''];
    return heads.some((t) => t === last || t === `${prev} ${last}`) ? [`page ${k + 1}: ${last}`] : [];
  });
}

/**
 * Sections of 0–8 lines of text, each then a heading and a table caption before a table of 14 rows (long: it
 * may span pages) or, in every third section, 5 rows (short: it moves whole).
 */
function longTables(sections: number): HandbookDoc {
  const blocks: Block[] = [];
  for (let s = 1; s <= sections; s++) {
    for (let l = 0; l < s % 9; l++) blocks.push(p(`Regel ${l + 1} van de tekst voor sectie ${s}.`));
    blocks.push(h(2, `sectie-${s}`, `Sectie ${s} met een lange tabel`));
    blocks.push({
      kind: 'table',
      caption: `Tabel ${s}. Een tabel van ${s % 3 === 0 ? 'vijf' : 'veertien'} rijen`,
      header: ['Item', 'Mediaan', 'Oordeel'],
      rows: Array.from({ length: s % 3 === 0 ? 5 : 14 }, (_, r) => [
        `Rij ${r + 1} van tabel ${s}`,
        String(r),
        'Voldaan',
      ]),
      numeric: [1],
    });
  }
  return { lang: 'nl', title: 'Lange tabellen', runningHead: 'Lange tabellen', blocks };
}

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

  it('leaves no heading or table caption alone at the foot of a page', async () => {
    const doc = buildHandbook(fixture);
    expect(strandedHeadings(doc, pdfPages(await renderPdf(doc)))).toEqual([]);
  });
});

describe('renderPdf with long tables', async () => {
  const doc = longTables(30);
  const pages = pdfPages(await renderPdf(doc));

  it('moves a heading and caption to the next page when the table after them starts there, short or long', () => {
    expect(pages.length).toBeGreaterThan(8);
    expect(strandedHeadings(doc, pages)).toEqual([]);
    for (let s = 1; s <= 30; s++) {
      const at = (text: string) => pages.findIndex((lines) => lines.some((l) => l.trim().startsWith(text)));
      expect(at(`Sectie ${s} met`), `sectie ${s}`).toBe(at(`Rij 1 van tabel ${s} `));
      expect(at(`Tabel ${s}.`), `tabel ${s}`).toBe(at(`Rij 1 van tabel ${s} `));
    }
  });

  it('lets a long table run on over pages, repeating its header', () => {
    const text = pages.map((lines) => lines.map((l) => l.trim()).join(' '));
    expect(text.some((t) => /Lange tabellen Item Mediaan Oordeel Rij (1[0-4]|[2-9]) van tabel/.test(t))).toBe(
      true,
    );
    expect(pages.flat().filter((l) => l.trim().startsWith('Rij 14 van tabel'))).toHaveLength(20);
  });

  it('asks pdfmake only about each node itself, which costs linear rather than quadratic time', () => {
    // pdfmake collects the nodes following each node on its page for a hook declaring a second parameter.
    expect(pdfContent(doc).pageBreakBefore).toHaveLength(1);
  });
});

describe('renderPdf with scoring lists of tall rows', async () => {
  // Like appendix A: a heading, the form line, then a table of few rows that together fill more than a page.
  const tall = (s: number, r: number) =>
    `Handeling ${s}.${r} ` +
    'De hulpverlener bespreekt met de cliënt wat er speelt en legt dat vast. '.repeat(9);
  const blocks: Block[] = [p('Inleidende tekst van de bijlage.')];
  for (let s = 1; s <= 4; s++) {
    blocks.push(h(2, `lijst-${s}`, `Scorelijst ${s} van de bijlage`));
    blocks.push(p('Getoetste: ………… Toetser: ………… Dossier: ………… Datum: …………'));
    blocks.push({
      kind: 'table',
      caption: `Tabel ${s}. Scorelijst`,
      header: ['Handeling', 'Voldaan', 'Niet voldaan'],
      rows: Array.from({ length: 6 }, (_, r) => [tall(s, r + 1), '', '']),
      widths: [60, 20, 20],
    });
  }
  const doc: HandbookDoc = { lang: 'nl', title: 'Scorelijsten', runningHead: 'Scorelijsten', blocks };
  const pages = pdfPages(await renderPdf(doc));
  const pageOf = (text: string) => pages.findIndex((lines) => lines.some((l) => l.includes(text)));

  it('prints every row, also when the table is taller than a page', () => {
    for (let s = 1; s <= 4; s++)
      for (let r = 1; r <= 6; r++)
        expect(pageOf(`Handeling ${s}.${r} `), `${s}.${r}`).toBeGreaterThanOrEqual(0);
  });

  it('keeps the heading and the form line on the page where the table starts', () => {
    for (let s = 1; s <= 4; s++) {
      expect(pageOf(`Scorelijst ${s} van`), `lijst ${s}`).toBe(pageOf(`Handeling ${s}.1 `));
      expect(strandedHeadings(doc, pages)).toEqual([]);
    }
  });
});
