import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summarizeRatings } from '../../src/stats/item-stats';
import { kendallW } from '../../src/stats/kendall';
import { quantileFromCounts, quantileSorted } from '../../src/stats/quantile';
import { SCALE_1_5, SCALE_1_9 } from '../../src/stats/scale';
import { wilcoxonSignedRank } from '../../src/stats/wilcoxon';
import { tally } from '../../src/stats/descriptive';

const ratings = fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 60 });
const codes = fc.array(
  fc.integer({ min: -2, max: 9 }).filter((v) => v !== 0),
  { maxLength: 60 },
);

describe('statistical properties', () => {
  it('orders min ≤ Q1 ≤ P30 ≤ median ≤ P70 ≤ Q3 ≤ max', () => {
    fc.assert(
      fc.property(ratings, (values) => {
        const s = summarizeRatings(values, SCALE_1_9);
        const chain = [s.min, s.q1, s.p30, s.median, s.p70, s.q3, s.max] as number[];
        chain.slice(1).forEach((v, i) => expect(v).toBeGreaterThanOrEqual(chain[i] as number));
      }),
    );
  });

  it('makes band percentages add up to 100 and stay within 0–100', () => {
    fc.assert(
      fc.property(codes, (values) => {
        for (const scale of [SCALE_1_9, SCALE_1_5]) {
          const s = summarizeRatings(
            values.map((v) => (v > 5 && scale === SCALE_1_5 ? 5 : v)),
            scale,
          );
          if (s.bandPercents === null) {
            expect(s.n).toBe(0);
            continue;
          }
          expect(s.bandPercents.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 9);
          expect(s.agreement).toBeGreaterThanOrEqual(0);
          expect(s.agreement).toBeLessThanOrEqual(100);
        }
      }),
    );
  });

  it('agrees between counting and sorting quantiles', () => {
    fc.assert(
      fc.property(ratings, fc.double({ min: 0, max: 1, noNaN: true }), (values, p) => {
        const t = tally(values, SCALE_1_9);
        const sorted = [...values].sort((a, b) => a - b);
        expect(quantileFromCounts(t.counts, 1, t.n, p)).toBe(quantileSorted(sorted, p));
      }),
    );
  });

  it("keeps Kendall's W in [0, 1] and its p in [0, 1]", () => {
    const matrix = fc.tuple(fc.integer({ min: 2, max: 8 }), fc.integer({ min: 2, max: 8 })).chain(([m, n]) =>
      fc.array(fc.array(fc.integer({ min: 1, max: 9 }), { minLength: n, maxLength: n }), {
        minLength: m,
        maxLength: m,
      }),
    );
    fc.assert(
      fc.property(matrix, (scores) => {
        const r = kendallW(scores);
        if (r.w === null) return;
        expect(r.w).toBeGreaterThanOrEqual(0);
        expect(r.w).toBeLessThanOrEqual(1 + 1e-12);
        expect(r.p).toBeGreaterThanOrEqual(0);
        expect(r.p).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('keeps Wilcoxon p in [0, 1] and symmetric in the direction of change', () => {
    const pairs = fc.array(fc.tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 9 })), {
      maxLength: 40,
    });
    fc.assert(
      fc.property(pairs, (list) => {
        const a = list.map(([x]) => x);
        const b = list.map(([, y]) => y);
        const r = wilcoxonSignedRank(a, b);
        if (r.p === null) {
          expect(r.n).toBe(0);
          return;
        }
        expect(r.p).toBeGreaterThanOrEqual(0);
        expect(r.p).toBeLessThanOrEqual(1);
        expect(wilcoxonSignedRank(b, a).p).toBeCloseTo(r.p, 12);
      }),
    );
  });
});
