import { describe, expect, it } from 'vitest';
import { quantile, quantileFromCounts, quantileSorted } from '../../src/stats/quantile';

describe('quantile (R type 7)', () => {
  it('interpolates the quartiles of an even sample as R does', () => {
    // quantile(1:10) in R: 25% 3.25, 50% 5.5, 75% 7.75 (index 1 + 9p).
    const x = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(quantile(x, 0.25)).toBeCloseTo(3.25, 14);
    expect(quantile(x, 0.5)).toBe(5.5);
    expect(quantile(x, 0.75)).toBeCloseTo(7.75, 14);
  });

  it('takes the middle value of an odd sample as the median and interpolates P30/P70', () => {
    // index 1 + 2·0.3 = 1.6 → 7 + 0.6·(8 − 7); 1 + 2·0.7 = 2.4 → 8 + 0.4·(9 − 8)
    expect(quantile([9, 7, 8], 0.5)).toBe(8);
    expect(quantile([9, 7, 8], 0.3)).toBeCloseTo(7.6, 14);
    expect(quantile([9, 7, 8], 0.7)).toBeCloseTo(8.4, 14);
  });

  it('returns the single value for n = 1 and null for n = 0', () => {
    expect(quantile([6], 0.25)).toBe(6);
    expect(quantile([6], 0.75)).toBe(6);
    expect(quantile([], 0.5)).toBeNull();
  });

  it('does not interpolate between equal neighbours', () => {
    expect(quantileSorted([4, 4, 4, 4], 0.3)).toBe(4);
  });

  it('gives the same answer from counts per scale point as from the sorted sample', () => {
    const sorted = [2, 3, 3, 5, 7, 7, 7, 9];
    const counts = [0, 1, 2, 0, 1, 0, 3, 0, 1]; // points 1..9
    for (const p of [0, 0.25, 0.3, 0.5, 0.7, 0.75, 1]) {
      expect(quantileFromCounts(counts, 1, 8, p)).toBe(quantileSorted(sorted, p));
    }
  });
});
