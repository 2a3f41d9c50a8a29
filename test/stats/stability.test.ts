import { describe, expect, it } from 'vitest';
import { CANNOT_JUDGE, MISSING, SCALE_1_9 } from '../../src/stats/scale';
import { compareRounds } from '../../src/stats/stability';

describe('compareRounds', () => {
  it('reports the change in agreement and CV, and who changed their rating', () => {
    const before = [7, 7, 5, 4, 8, CANNOT_JUDGE];
    const after = [7, 8, 7, 4, 8, 9];
    const c = compareRounds(before, after, SCALE_1_9);
    // agreement 3/5 = 60% → 5/6 ≈ 83.3%; pairs: the five panellists rating validly twice, two changed
    expect(c.agreementChange).toBeCloseTo(500 / 6 - 60, 12);
    expect(c.pairs).toBe(5);
    expect(c.changedPercent).toBe(40);
    expect(c.cvChange).toBeCloseTo((c.after.cv ?? NaN) - (c.before.cv ?? NaN), 15);
    expect(c.wilcoxon.n).toBe(2);
    expect(c.stable).toBe(false);
  });

  it('calls an item stable when agreement moves at most 15 points and nothing shifts significantly', () => {
    const c = compareRounds([7, 8, 5, 4, 8, 6, 9], [7, 8, 6, 4, 8, 6, 9], SCALE_1_9);
    expect(c.agreementChange).toBe(0);
    expect(c.wilcoxon.p).toBe(1);
    expect(c.stable).toBe(true);
  });

  it('calls a significant shift unstable even when agreement hardly moves', () => {
    // all eight panellists move up, staying below 7: W+ = 36 of 36, normal approx. (tied |d|) p ≈ 0.014
    const before = [1, 2, 3, 4, 1, 2, 3, 4];
    const after = [2, 4, 6, 6, 6, 6, 6, 6];
    const c = compareRounds(before, after, SCALE_1_9);
    expect(c.agreementChange).toBe(0);
    expect(c.wilcoxon.p).toBeLessThan(0.05);
    expect(c.stable).toBe(false);
  });

  it('cannot judge stability when a round has no valid ratings', () => {
    const c = compareRounds([MISSING, MISSING], [7, 8], SCALE_1_9);
    expect(c.pairs).toBe(0);
    expect(c.changedPercent).toBeNull();
    expect(c.stable).toBeNull();
  });
});
