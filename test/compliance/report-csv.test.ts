import { describe, expect, it } from 'vitest';
import { complianceReport, parseReviewCsv } from '../../src/compliance';

/*
 * Hand-computed example. Reviewers R1 and R2 both score dossiers d1 and d2 of practitioner A; R3 alone scores
 * d3 of B; d4 of B is scored by three reviewers (counts for compliance, not for two-reviewer agreement).
 *   i1: v v | v d | n | v v n  → v5 d1 n2 → (5 + .5)/8 = 68.75 %
 *   i2: d n | v                → v1 d1 n1 → 1.5/3      = 50 %
 *   i3: nvt ×3                 → nothing applicable     → null
 *   A: v3 d2 n1 (+2 nvt) → 4/6 = 66.67 %;  B: v3 n2 (+1 nvt) → 3/5 = 60 %;  all: v6 d2 n3 → 7/11
 * Agreement subjects (exactly two reviewers): A-d1-i1 (v,v) A-d1-i2 (d,n) A-d1-i3 (nvt,nvt) A-d2-i1 (v,d)
 *   → 2 of 4 agree = 50 %; pooled categories v3 d2 n1 nvt2 of 8 → Pe = (9+4+1+4)/64 = 18/64;
 *   kappa = (0.5 − 18/64)/(1 − 18/64) = 7/23.
 */
const CSV = `reviewer,practitioner,dossier,item,score
R1,A,d1,i1,voldaan
R2,A,d1,i1,voldaan
R1,A,d1,i2,deels
R2,A,d1,i2,niet
R1,A,d1,i3,nvt
R2,A,d1,i3,nvt
R1,A,d2,i1,voldaan
R2,A,d2,i1,deels
R3,B,d3,i1,niet
R3,B,d3,i2,voldaan
R3,B,d3,i3,nvt
R1,B,d4,i1,voldaan
R2,B,d4,i1,voldaan
R3,B,d4,i1,niet
`;

const report = (csv: string) => complianceReport(parseReviewCsv(csv));

describe('complianceReport', () => {
  it('computes compliance per item, practitioner and overall with n.v.t. left out', () => {
    const r = report(CSV);
    expect(r.items).toEqual([
      { item: 'i1', scored: 8, applicable: 8, compliance: 68.75 },
      { item: 'i2', scored: 3, applicable: 3, compliance: 50 },
      { item: 'i3', scored: 3, applicable: 0, compliance: null },
    ]);
    expect(r.practitioners[0]).toMatchObject({ practitioner: 'A', applicable: 6 });
    expect(r.practitioners[0]!.compliance).toBeCloseTo(200 / 3, 12);
    expect(r.practitioners[1]).toEqual({ practitioner: 'B', applicable: 5, compliance: 60 });
    expect(r.overall.applicable).toBe(11);
    expect(r.overall.compliance).toBeCloseTo(700 / 11, 12);
  });

  it('computes percent agreement and Fleiss kappa over subjects scored by exactly two reviewers', () => {
    const a = report(CSV).agreement;
    expect(a.subjects).toBe(4);
    expect(a.percent).toBe(50);
    expect(a.kappa).toBeCloseTo(7 / 23, 12);
  });

  it('gives null compliance for an item scored only n.v.t. and for a practitioner with only n.v.t.', () => {
    const r = report('reviewer,practitioner,dossier,item,score\nR1,A,d1,x,nvt\nR2,A,d1,x,NVT\n');
    expect(r.items).toEqual([{ item: 'x', scored: 2, applicable: 0, compliance: null }]);
    expect(r.practitioners).toEqual([{ practitioner: 'A', applicable: 0, compliance: null }]);
    expect(r.overall).toEqual({ applicable: 0, compliance: null });
    // Both said n.v.t.: full agreement, but with one category in use chance agreement is 1 and kappa undefined.
    expect(r.agreement).toEqual({ subjects: 1, percent: 100, kappa: null });
  });

  it('reports no agreement subjects when every dossier has a single reviewer', () => {
    const r = report('reviewer,practitioner,dossier,item,score\nR1,A,d1,i1,voldaan\nR1,A,d2,i1,deels\n');
    expect(r.items[0]).toEqual({ item: 'i1', scored: 2, applicable: 2, compliance: 75 });
    expect(r.agreement).toEqual({ subjects: 0, percent: null, kappa: null });
  });

  it('gives kappa 1 when two reviewers agree on every subject across categories', () => {
    const r = report(
      'reviewer,practitioner,dossier,item,score\nR1,A,d1,i1,voldaan\nR2,A,d1,i1,voldaan\nR1,A,d1,i2,niet\nR2,A,d1,i2,niet\n',
    );
    expect(r.agreement).toEqual({ subjects: 2, percent: 100, kappa: 1 });
  });

  it('gives kappa −1 when two reviewers always disagree over two equally used categories', () => {
    // p = ½, ½ → Pe = ½; Po = 0 → kappa = (0 − ½)/(1 − ½) = −1.
    const r = report(
      'reviewer,practitioner,dossier,item,score\nR1,A,d1,i1,voldaan\nR2,A,d1,i1,niet\nR1,A,d1,i2,niet\nR2,A,d1,i2,voldaan\n',
    );
    expect(r.agreement).toEqual({ subjects: 2, percent: 0, kappa: -1 });
  });

  it('treats the same dossier code of two practitioners as two dossiers', () => {
    const r = report('reviewer,practitioner,dossier,item,score\nR1,A,d1,i1,voldaan\nR2,B,d1,i1,niet\n');
    expect(r.agreement.subjects).toBe(0);
  });
});

describe('parseReviewCsv', () => {
  it('accepts any column order, quotes and a BOM', () => {
    const rows = parseReviewCsv(
      '\uFEFFscore,item,dossier,practitioner,reviewer\r\n"deels","1.2","D 1",A,R1\r\n',
    );
    expect(rows).toEqual([
      { reviewer: 'R1', practitioner: 'A', dossier: 'D 1', item: '1.2', score: 'deels' },
    ]);
  });

  it('rejects a score outside the four values, naming the line', () => {
    expect(() => parseReviewCsv('reviewer,practitioner,dossier,item,score\nR1,A,d1,i1,goed\n')).toThrow(
      /line 2: score "goed" is not one of voldaan, deels, niet, nvt/,
    );
  });

  it('rejects a second score of the same dossier and item by the same reviewer', () => {
    expect(() =>
      parseReviewCsv('reviewer,practitioner,dossier,item,score\nR1,A,d1,i1,niet\nR1,A,d1,i1,deels\n'),
    ).toThrow(/line 3: second score/);
  });

  it('skips empty lines before the header and between rows, and reads CR-only line ends', () => {
    const rows = parseReviewCsv('\n\r\nreviewer,practitioner,dossier,item,score\r\rR1,A,d1,i1, Voldaan \r');
    expect(rows).toEqual([
      { reviewer: 'R1', practitioner: 'A', dossier: 'd1', item: 'i1', score: 'voldaan' },
    ]);
  });

  it('reads a file separated by semicolons or tabs, as spreadsheets set to Dutch write it', () => {
    const expected = [{ reviewer: 'R1', practitioner: 'A', dossier: 'd,1', item: '1.1', score: 'deels' }];
    expect(parseReviewCsv('reviewer;practitioner;dossier;item;score\nR1;A;d,1;1.1;deels\n')).toEqual(
      expected,
    );
    expect(parseReviewCsv('reviewer\tpractitioner\tdossier\titem\tscore\nR1\tA\td,1\t1.1\tdeels')).toEqual(
      expected,
    );
  });

  it('says the file is empty rather than complaining about its header', () => {
    expect(() => parseReviewCsv('')).toThrow(/^the file is empty/);
    expect(() => parseReviewCsv('\uFEFF\r\n \n')).toThrow(/^the file is empty/);
  });

  it('names the columns the header lacks', () => {
    expect(() => parseReviewCsv('reviewer,dossier,item\nR1,d1,i1\n')).toThrow(
      /header must be .*: it lacks practitioner, score/,
    );
  });

  it('rejects a missing column and an empty field', () => {
    expect(() => parseReviewCsv('reviewer,dossier,item,score\n')).toThrow(/header must be/);
    expect(() => parseReviewCsv('reviewer,practitioner,dossier,item,score\nR1,,d1,i1,niet\n')).toThrow(
      /line 2: practitioner missing/,
    );
  });
});
