import { describe, expect, it } from 'vitest';
import { binomialHalf, iCviThreshold, itemCvi, scaleCvi } from '../../src/stats/cvi';
import { CANNOT_JUDGE } from '../../src/stats/scale';

describe('content validity', () => {
  it('computes I-CVI and modified kappa as in Polit, Beck & Owen (6 experts, 5 relevant)', () => {
    // Pc = C(6,5)·0.5⁶ = 6/64; κ* = (5/6 − 6/64)/(1 − 6/64) = .82 in their table
    const c = itemCvi([4, 3, 4, 4, 3, 2]);
    expect(c.iCvi).toBeCloseTo(5 / 6, 15);
    expect(c.pc).toBe(6 / 64);
    expect(c.kappa).toBeCloseTo(0.8160919540229885, 14);
    expect(c.threshold).toBe(0.83);
    expect(c.acceptable).toBe(true);
  });

  it('accepts 7 of 9 experts (I-CVI .78) and rejects 6 of 9', () => {
    expect(itemCvi([4, 4, 4, 4, 3, 3, 3, 1, 2]).acceptable).toBe(true);
    expect(itemCvi([4, 4, 4, 4, 3, 3, 1, 1, 2]).acceptable).toBe(false);
  });

  it('requires full agreement with 3–5 experts and ignores "cannot judge"', () => {
    const c = itemCvi([4, 3, 3, 2, CANNOT_JUDGE]);
    expect(c.experts).toBe(4);
    expect(c.iCvi).toBe(0.75);
    expect(c.acceptable).toBe(false);
    expect(iCviThreshold(5)).toBe(1);
    expect(iCviThreshold(2)).toBeNull();
  });

  it('averages I-CVI into S-CVI/Ave and counts universal agreement', () => {
    const s = scaleCvi([[4, 4, 3], [4, 2, 3], [CANNOT_JUDGE]]);
    expect(s.sCviAve).toBeCloseTo((1 + 2 / 3) / 2, 15);
    expect(s.sCviUa).toBe(0.5);
  });

  it('computes C(N, A)·0.5^N without overflow for large panels', () => {
    expect(binomialHalf(4, 2)).toBe(6 / 16);
    expect(binomialHalf(2000, 1000)).toBeCloseTo(0.01783901114, 10);
  });
});
