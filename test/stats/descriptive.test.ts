import { describe, expect, it } from 'vitest';
import { coefficientOfVariation, mean, sampleSd, sdFromCounts, tally } from '../../src/stats/descriptive';
import { CANNOT_JUDGE, MISSING, SCALE_1_9 } from '../../src/stats/scale';

describe('tally', () => {
  it('counts valid ratings, cannot-judge and missing separately', () => {
    const t = tally([7, 7, 9, CANNOT_JUDGE, MISSING, NaN, 1], SCALE_1_9);
    expect(t).toEqual({ counts: [1, 0, 0, 0, 0, 0, 2, 0, 1], n: 4, cannotJudge: 1, missing: 2 });
  });

  it('refuses a rating outside the scale instead of dropping it silently', () => {
    expect(() => tally([10], SCALE_1_9)).toThrow(RangeError);
    expect(() => tally([7.5], SCALE_1_9)).toThrow(RangeError);
  });
});

describe('mean, SD and CV', () => {
  it('uses the sample SD with n − 1', () => {
    // Σ(x − 5)² = 32 over 8 values → sqrt(32/7)
    const x = [2, 4, 4, 4, 5, 5, 7, 9];
    expect(mean(x)).toBe(5);
    expect(sampleSd(x)).toBeCloseTo(Math.sqrt(32 / 7), 15);
    expect(sdFromCounts([0, 1, 0, 3, 2, 0, 1, 0, 1], 1, 8)).toBeCloseTo(Math.sqrt(32 / 7), 15);
  });

  it('leaves SD and CV undefined (null) for a single rating', () => {
    expect(sampleSd([7])).toBeNull();
    expect(coefficientOfVariation(sampleSd([7]), mean([7]))).toBeNull();
  });

  it('gives SD 0 and CV 0 when everybody agrees', () => {
    expect(sampleSd([8, 8, 8])).toBe(0);
    expect(coefficientOfVariation(0, 8)).toBe(0);
  });

  it('gives null, not NaN, without ratings', () => {
    expect(mean([])).toBeNull();
    expect(sampleSd([])).toBeNull();
  });
});
