import { describe, expect, it } from 'vitest';
import { kendallForRound, kendallW } from '../../src/stats/kendall';
import { CANNOT_JUDGE, MISSING, SCALE_1_9 } from '../../src/stats/scale';

describe("Kendall's W", () => {
  it('reproduces the textbook example without ties (Siegel 1956: three judges, six objects)', () => {
    // R = 8, 14, 11, 11, 11, 8; R̄ = 10.5; S = 25.5; W = 12·25.5 / (9·210) = 0.1619
    const r = kendallW([
      [1, 6, 3, 2, 5, 4],
      [1, 5, 6, 4, 2, 3],
      [6, 3, 2, 5, 4, 1],
    ]);
    expect(r.w).toBeCloseTo(306 / 1890, 14);
    expect(r.chi2).toBeCloseTo(2.4285714285714284, 13);
    expect(r.df).toBe(5);
    expect(r.p).toBeCloseTo(0.7872118138839402, 12);
  });

  it('corrects for ties with average ranks and ΣT_j', () => {
    // ranks 4 2.5 2.5 1 | 3.5 3.5 1.5 1.5 | 4 2 3 1 → R = 11.5 8 7 3.5, S = 32.5;
    // ΣT = 6 + 12 + 0 = 18; W = 390 / (9·60 − 3·18) = 390/486
    const r = kendallW([
      [9, 7, 7, 3],
      [8, 8, 6, 6],
      [9, 6, 8, 5],
    ]);
    expect(r.w).toBeCloseTo(390 / 486, 14);
    expect(r.chi2).toBeCloseTo(7.222222222222222, 13);
    expect(r.p).toBeCloseTo(0.0651421673061529, 12);
  });

  it('is 1 with p from χ² when every panellist ranks the items the same way', () => {
    const r = kendallW([
      [1, 2, 3],
      [1, 2, 3],
    ]);
    expect(r.w).toBe(1);
    expect(r.chi2).toBe(4);
    expect(r.p).toBeCloseTo(Math.exp(-2), 14);
  });

  it('is undefined with fewer than two panellists, fewer than two items, or only ties', () => {
    expect(kendallW([[1, 2, 3]]).w).toBeNull();
    expect(kendallW([[1], [2]]).w).toBeNull();
    expect(
      kendallW([
        [5, 5, 5],
        [7, 7, 7],
      ]),
    ).toEqual({ m: 2, n: 3, w: null, chi2: null, df: null, p: null });
  });

  it('counts in a round only the panellists who rated every item validly', () => {
    // rows are items, columns panellists; panellists 3 and 4 are incomplete
    const items = [
      [9, 8, 9, CANNOT_JUDGE, 1],
      [7, 8, MISSING, 5, 2],
      [7, 6, 8, 5, 3],
      [3, 6, 5, 5, 4],
    ];
    const r = kendallForRound(items, SCALE_1_9);
    const reference = kendallW([
      [9, 7, 7, 3],
      [8, 8, 6, 6],
      [1, 2, 3, 4],
    ]);
    expect(r).toEqual(reference);
    expect(r.m).toBe(3);
  });
});
