import { describe, expect, it } from 'vitest';
import { parseItemTable, parseNorm } from '../../src/item-import/parse';

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
