import { describe, expect, it } from 'vitest';
import { summarizeRatings } from '../../src/stats/item-stats';
import { CANNOT_JUDGE, MISSING, SCALE_1_5, SCALE_1_9 } from '../../src/stats/scale';

describe('summarizeRatings', () => {
  it('reports the full set of figures for an item on 1–9', () => {
    const s = summarizeRatings([7, 8, 9, CANNOT_JUDGE, MISSING], SCALE_1_9);
    expect(s).toMatchObject({ n: 3, cannotJudge: 1, missing: 1, mean: 8, sd: 1, median: 8, min: 7, max: 9 });
    expect(s.q1).toBe(7.5);
    expect(s.q3).toBe(8.5);
    expect(s.iqr).toBe(1);
    expect(s.cv).toBe(1 / 8);
    expect(s.agreement).toBe(100);
    expect(s.bandCounts).toEqual([0, 0, 3]);
    expect(s.comet).toBe('in');
  });

  it('gives nulls, not NaN, when everyone answered "cannot judge"', () => {
    const s = summarizeRatings([CANNOT_JUDGE, CANNOT_JUDGE], SCALE_1_9);
    expect(s.n).toBe(0);
    expect(s.cannotJudge).toBe(2);
    for (const key of [
      'mean',
      'sd',
      'cv',
      'q1',
      'median',
      'q3',
      'iqr',
      'agreement',
      'bandPercents',
    ] as const) {
      expect(s[key]).toBeNull();
    }
    expect(s.rand.di).toBeNull();
    expect(s.comet).toBe('none');
  });

  it('treats one rating as its own median with IQR 0 but no SD', () => {
    const s = summarizeRatings([4], SCALE_1_9);
    expect(s).toMatchObject({ n: 1, mean: 4, sd: null, cv: null, q1: 4, median: 4, q3: 4, iqr: 0 });
  });

  it('uses the 4–5 top band on the 5-point scale and leaves COMET and IPRAS undefined there', () => {
    const s = summarizeRatings([5, 4, 4, 3, 1], SCALE_1_5);
    expect(s.bandCounts).toEqual([1, 1, 3]);
    expect(s.agreement).toBe(60);
    expect(s.comet).toBe('none');
    expect(s.rand.p30).toBeCloseTo(3.2, 14);
    expect(s.rand.ipras).toBeNull();
  });

  it('averages the two middle ratings for an even panel', () => {
    expect(summarizeRatings([6, 7, 8, 9], SCALE_1_9).median).toBe(7.5);
  });
});
