import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { codebookXml, projectXml } from '../../src/refi-qda/export';
import { codebookTable, readCodebook } from '../../src/refi-qda/read-codebook';
import { codePointOffset, guidOf } from '../../src/refi-qda/xml';
import { validate } from './_xmllint';

const CODES = [
  {
    key: 'c1',
    name: 'Contact & kennismaking <1>',
    codable: false,
    children: [
      {
        key: 'i1',
        name: 'De hulpverlener "stelt zich voor".',
        description: 'aanmelding',
        codable: true,
        children: [],
      },
      {
        key: 's1',
        name: 'Afspraken',
        codable: false,
        children: [{ key: 'i2', name: 'Maakt afspraken.', codable: true, children: [] }],
      },
    ],
  },
  { key: 's2', name: 'Leeg deelaspect', codable: false, children: [] },
  { key: 'i3', name: 'Los item', codable: true, children: [] },
];

describe('REFI-QDA export', () => {
  it('writes a codebook valid against Codebook.xsd that reads back to the same tree', () => {
    const xml = codebookXml(CODES);
    expect(validate(xml, 'Codebook.xsd')).toEqual({ ok: true, messages: '' });
    const back = readCodebook(xml);
    if (!back.ok) throw new Error(back.error);
    expect(back.codes.map((c) => c.name)).toEqual([
      'Contact & kennismaking <1>',
      'Leeg deelaspect',
      'Los item',
    ]);
    expect(back.codes[0]!.children[0]).toMatchObject({ key: guidOf('i1'), description: 'aanmelding' });
    expect(codebookTable(back.codes)).toEqual([
      ['cluster', 'sub-aspect', 'wording'],
      ['Contact & kennismaking <1>', '', 'De hulpverlener "stelt zich voor".'],
      ['Contact & kennismaking <1>', 'Afspraken', 'Maakt afspraken.'],
      ['', '', 'Los item'],
    ]);
  });

  it('writes a project valid against Project.xsd, counting selections in code points', () => {
    const text = 'Cliënt 😀 belde. Ik heb gebeld.';
    const start = text.indexOf('Ik heb');
    const xml = projectXml({
      name: 'Studie',
      codes: CODES,
      sources: [
        {
          key: 'k1',
          name: 'Casus 1',
          text,
          selections: [{ key: 'e1', start, end: text.length, codeKey: 'i1' }],
        },
      ],
      exportedAt: new Date('2026-01-02T03:04:05.678Z'),
    });
    expect(validate(xml, 'Project.xsd')).toEqual({ ok: true, messages: '' });
    expect(xml).toContain(`startPosition="${start - 1}" endPosition="${text.length - 1}"`);
    expect(xml).toContain(`<CodeRef targetGUID="${guidOf('i1')}"/>`);
    expect(codePointOffset('a😀b', 3)).toBe(2);
  });

  it('refuses what is not a codebook, and reads the codes of an ATLAS.ti project', async () => {
    expect(readCodebook('<CodeBook')).toEqual({ ok: false, error: 'errXml' });
    expect(readCodebook('<x xmlns="urn:other"><Code name="a"/></x>')).toEqual({
      ok: false,
      error: 'errNoCodes',
    });
    const zip = await JSZip.loadAsync(
      readFileSync(join(import.meta.dirname, 'fixtures/sample-atlas-project.qdpx')),
    );
    const qde = await zip.file('project.qde')!.async('string');
    const res = readCodebook(qde);
    if (!res.ok) throw new Error(res.error);
    expect(codebookTable(res.codes).slice(1)).toEqual([
      ['Commits', '', '2022-05-10T02:05:59Z 19e4dce'],
      ['Commits', '', '2022-02-11T10:39:25Z cdbfd92'],
    ]);
  });
});
