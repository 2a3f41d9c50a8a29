import { describe, expect, it } from 'vitest';
import { summarizeRatings } from '../../src/stats/item-stats';
import { randStats } from '../../src/stats/rand';
import { SCALE_1_9 } from '../../src/stats/scale';

describe('RAND/UCLA disagreement', () => {
  it('reproduces the published worked example (P30 7, P70 8)', () => {
    const r = randStats(7, 8, 8, SCALE_1_9);
    expect(r.iprcp).toBe(7.5);
    expect(r.ai).toBe(2.5);
    expect(r.ipras).toBeCloseTo(6.1, 14);
    expect(r.ipr).toBe(1);
    expect(r.di).toBeCloseTo(1 / 6.1, 14);
    expect(r.disagreement).toBe(false);
    expect(r.appropriateness).toBe('appropriate');
  });

  it('finds P30 7 and P70 8 in a panel of ten by type 7 percentiles', () => {
    const s = summarizeRatings([6, 7, 7, 7, 7, 8, 8, 8, 9, 9], SCALE_1_9);
    expect(s.rand.p30).toBe(7);
    expect(s.rand.p70).toBe(8);
    expect(s.rand.appropriateness).toBe('appropriate');
  });

  it('flags a polarised panel as disagreement and therefore uncertain', () => {
    // P30 = 1 + 0.4·(2 − 1) = 1.4, P70 = 8 + 0.6·(9 − 8) = 8.6, IPR 7.2 > IPRAS 2.35
    const s = summarizeRatings([1, 1, 1, 2, 5, 8, 9, 9, 9], SCALE_1_9);
    expect(s.rand.ipr).toBeCloseTo(7.2, 12);
    expect(s.rand.ai).toBeCloseTo(0, 12);
    expect(s.rand.ipras).toBeCloseTo(2.35, 12);
    expect(s.rand.disagreement).toBe(true);
    expect(s.rand.appropriateness).toBe('uncertain');
  });

  it('calls a low median without disagreement inappropriate, and a median of 6.5 uncertain', () => {
    expect(summarizeRatings([1, 2, 2, 3], SCALE_1_9).rand.appropriateness).toBe('inappropriate');
    expect(summarizeRatings([6, 6, 7, 7], SCALE_1_9).rand.appropriateness).toBe('uncertain');
  });
});
