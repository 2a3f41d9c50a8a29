import { describe, expect, it } from 'vitest';
import {
  chiSquareUpper,
  gammaP,
  gammaQ,
  lnGamma,
  normalCdf,
  normalTwoSided,
} from '../../src/stats/distributions';

describe('distributions', () => {
  it('computes ln Γ to near machine precision', () => {
    expect(lnGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 14);
    expect(lnGamma(10)).toBeCloseTo(Math.log(362880), 13);
    expect(lnGamma(1)).toBeCloseTo(0, 13);
  });

  it('gives the familiar critical values of χ² and the normal distribution', () => {
    expect(chiSquareUpper(3.841458820694124, 1)).toBeCloseTo(0.05, 14);
    expect(normalCdf(1.959963984540054)).toBeCloseTo(0.975, 14);
    expect(normalTwoSided(1.959963984540054)).toBeCloseTo(0.05, 14);
    expect(normalCdf(0)).toBe(0.5);
  });

  it('matches the closed form of χ² with 2 df, exp(−x/2), deep into the tail', () => {
    for (const x of [0.5, 3, 20, 100]) {
      const expected = Math.exp(-x / 2);
      expect(Math.abs(chiSquareUpper(x, 2) - expected) / expected).toBeLessThan(1e-12);
    }
  });

  it('keeps P + Q = 1 on both sides of the series/continued-fraction switch', () => {
    for (const [a, x] of [
      [0.5, 0.2],
      [3.5, 3.6],
      [3.5, 5],
      [150, 149],
      [150, 170],
    ] as const) {
      expect(gammaP(a, x) + gammaQ(a, x)).toBeCloseTo(1, 14);
    }
  });

  it('returns p = 1 for a statistic of 0', () => {
    expect(chiSquareUpper(0, 4)).toBe(1);
  });
});
