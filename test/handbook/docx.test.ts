import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildHandbook, renderDocx } from '../../src/handbook';
import { fixture } from './fixture';

describe('renderDocx', async () => {
  const buf = await renderDocx(buildHandbook(fixture));
  const zip = await JSZip.loadAsync(buf);
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const settings = (await zip.file('word/settings.xml')?.async('string')) ?? '';

  it('is a Word document with real heading styles', () => {
    expect(buf.subarray(0, 2).toString()).toBe('PK');
    expect(xml).toContain('<w:pStyle w:val="Heading1"/>');
    expect(xml).toContain('<w:pStyle w:val="Heading2"/>');
    expect(xml).toContain('<w:pStyle w:val="Heading3"/>');
  });

  it('has a table of contents field that Word updates on opening', () => {
    expect(xml).toMatch(/<w:instrText[^>]*>TOC [^<]*\\o &quot;1-2&quot;/);
    expect(settings).toContain('w:updateFields');
  });

  it('contains tables with repeating header rows, numbered lists and page breaks', () => {
    expect(xml).toContain('<w:tbl>');
    expect(xml).toContain('<w:tblHeader/>');
    expect(xml).toContain('<w:numPr>');
    expect(xml).toContain('<w:br w:type="page"/>');
  });

  it('contains the item texts, escaped', () => {
    expect(xml).toContain('De hulpverlener maakt met de cliënt schriftelijke afspraken over de doelen.');
    expect(xml).toContain('Stichting Welzijn Één &lt;Oost&gt;');
  });
});
