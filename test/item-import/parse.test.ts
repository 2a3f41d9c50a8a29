import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseItemTable, parseNorm } from '../../src/item-import/parse';
import { readItemFile } from '../../src/item-import/read';

const PHASES = [
  { id: 'intake', label: 'aanmelding en kennismaking' },
  { id: 'plan', label: 'hulpverleningsplan en afspraken' },
];

describe('parseItemTable', () => {
  it('reads Dutch headers, phases by id or label and a norm with its unit', () => {
    const res = parseItemTable(
      [
        ['Rubriek', 'Deelaspect', 'Fase', 'Formulering', 'Criterium', 'Norm'],
        [
          'Contact',
          'Kennismaken',
          'intake',
          'De hulpverlener stelt zich voor.',
          'In het dossier',
          '80% van de dossiers',
        ],
        ['Plan', '', 'Hulpverleningsplan en afspraken', 'De hulpverlener maakt afspraken.', '', ''],
      ],
      PHASES,
    );
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.rows.map((r) => r.errors)).toEqual([[], []]);
    expect(res.rows[0]!.input).toMatchObject({
      cluster: 'Contact',
      subAspect: 'Kennismaken',
      phaseId: 'intake',
      normPercentage: 80,
      normUnit: 'dossiers',
    });
    expect(res.rows[1]!.input).toMatchObject({ phaseId: 'plan', normPercentage: null, criterion: '' });
  });

  it('reports every faulty row with its spreadsheet row number and every reason', () => {
    const res = parseItemTable(
      [
        ['cluster', 'sub-aspect', 'phase', 'wording', 'norm', 'remark'],
        ['A', '', 'intake', 'Doet iets.', '', 'x'],
        ['', 'Sub', 'nergens', '', 'veel', ''],
        ['', '', '', '', '', ''],
        ['A', '', '', 'doet  iets.', '120%', ''],
        ['A', '', '', 'Staat al in het concept', '', ''],
      ],
      PHASES,
      ['staat al in het concept'],
    );
    if (!res.ok) throw new Error('not ok');
    expect(res.unknownHeaders).toEqual(['remark']);
    expect(res.rows.map((r) => [r.row, r.errors])).toEqual([
      [2, []],
      [3, ['errWording', 'errPhase', 'errNorm', 'errSubWithoutCluster']],
      [5, ['errNorm', 'errDuplicateFile']],
      [6, ['errDuplicateDraft']],
    ]);
  });

  it('refuses cells that look like spreadsheet formulas or error values, and unreadable characters', () => {
    const res = parseItemTable(
      [
        ['cluster', 'wording', 'criterion'],
        ['A', '=HYPERLINK("http://x";"klik")', ''],
        ['A', '@SUM(A1:A3)', ''],
        ['+A1', 'De hulpverlener belt terug.', ''],
        ['A', 'De hulpverlener schrijft het op.', '-SUM(B2:B9)'],
        ['A', '#REF!', ''],
        ['A', 'De cli\uFFFDnt krijgt een brief.', ''],
        ['A', '- De hulpverlener vat samen.', ''],
      ],
      PHASES,
    );
    if (!res.ok) throw new Error('not ok');
    expect(res.rows.map((r) => [r.row, r.errors])).toEqual([
      [2, ['errFormula']],
      [3, ['errFormula']],
      [4, ['errFormula']],
      [5, ['errFormula']],
      [6, ['errFormula']],
      [7, ['errEncoding']],
      [8, []],
    ]);
  });

  it('takes a wording as long as the draft form allows (2,000 characters) and refuses one character more', () => {
    const row = (n: number) => ['A', 'x'.repeat(n)];
    const res = parseItemTable(
      [['cluster', 'wording'], row(2000), row(2001), ['y'.repeat(301), 'Kort.']],
      PHASES,
    );
    if (!res.ok) throw new Error('not ok');
    expect(res.rows.map((r) => r.errors)).toEqual([[], ['errTooLong'], ['errTooLong']]);
  });

  it('refuses a table without header or without a wording column', () => {
    expect(parseItemTable([], PHASES)).toEqual({ ok: false, error: 'errEmpty' });
    expect(parseItemTable([['cluster', 'fase']], PHASES)).toEqual({ ok: false, error: 'errNoWording' });
  });

  it('reads norms written as 80, 80%, ≥ 80% of files, and refuses words', () => {
    expect(parseNorm('80')).toEqual({ percentage: 80, unit: 'dossiers' });
    expect(parseNorm('≥ 75% of files')).toEqual({ percentage: 75, unit: 'files' });
    expect(parseNorm('vaak')).toBeUndefined();
  });
});

describe('readItemFile', () => {
  const bytes = (b: Buffer) => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;

  it('reads a CSV that Dutch Excel saved as Windows-1252 with semicolons, and says so', async () => {
    const file = Buffer.from(
      'cluster;formulering\r\nContact;De hulpverlener belt de cliënt terug.\r\n',
      'latin1',
    );
    const res = await readItemFile('lijst.csv', bytes(file));
    expect(res).toEqual({
      ok: true,
      kind: 'csv',
      encoding: 'windows-1252',
      table: [
        ['cluster', 'formulering'],
        ['Contact', 'De hulpverlener belt de cliënt terug.'],
      ],
    });
  });

  it('reads UTF-8 with and without BOM and UTF-16 with BOM as the same table', async () => {
    const text = 'cluster,formulering\nContact,De cliënt 😀 krijgt uitleg.\n';
    const want = [
      ['cluster', 'formulering'],
      ['Contact', 'De cliënt 😀 krijgt uitleg.'],
    ];
    for (const b of [
      Buffer.from(text, 'utf8'),
      Buffer.from(`\uFEFF${text}`, 'utf8'),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
    ]) {
      const res = await readItemFile('lijst.csv', bytes(b));
      expect(res).toEqual({ ok: true, kind: 'csv', table: want });
    }
  });

  it('shows an XLSX formula without a stored value as the formula, so the preview refuses it', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Items');
    ws.addRow(['cluster', 'wording']);
    ws.addRow(['A', { formula: 'B1&"x"' }]);
    ws.addRow(['A', { formula: '"De hulpverlener "&"belt."', result: 'De hulpverlener belt.' }]);
    const res = await readItemFile('l.xlsx', (await wb.xlsx.writeBuffer()) as ArrayBuffer);
    if (!res.ok) throw new Error('not read');
    expect(res.table.slice(1)).toEqual([
      ['A', '=B1&"x"'],
      ['A', 'De hulpverlener belt.'],
    ]);
    const parsed = parseItemTable(res.table, PHASES);
    if (!parsed.ok) throw new Error('not ok');
    expect(parsed.rows.map((r) => r.errors)).toEqual([['errFormula'], []]);
  });
});
