import { describe, expect, it } from 'vitest';
import { signedRankCounts, wilcoxonSignedRank } from '../../src/stats/wilcoxon';

const zeros = (n: number) => Array<number>(n).fill(0);

describe('Wilcoxon signed-rank test', () => {
  it('computes the exact p for a small sample without ties (R: V = 12, p = 0.3125)', () => {
    // W+ = 1 + 2 + 4 + 5 = 12; P(W+ ≥ 12) = 5/32 (subsets of 1..5 summing to ≤ 3), two-sided 10/32
    const r = wilcoxonSignedRank([1, 2, -3, 4, 5], zeros(5));
    expect(r).toMatchObject({ n: 5, vPlus: 12, method: 'exact', ties: false });
    expect(r.p).toBe(0.3125);
  });

  it('gives 2/64 when all six differences have the same sign', () => {
    expect(wilcoxonSignedRank([2, 3, 4, 5, 6, 7], [1, 1, 1, 1, 1, 1]).p).toBe(0.03125);
  });

  it('drops zero differences before ranking and then uses the normal approximation, as R does', () => {
    // R: wilcox.test(c(0, 0, 1, 2, -3, 4, 5)) → V = 12, p-value = 0.2807 ("cannot compute exact p-value
    // with zeroes"). By hand: n = 5, E = 7.5, σ² = 5·6·11/24 = 13.75, z = (12 − 7.5 − 0.5)/√13.75
    const r = wilcoxonSignedRank([0, 0, 1, 2, -3, 4, 5], zeros(7));
    expect(r).toMatchObject({ n: 5, zeros: 2, vPlus: 12, method: 'normal' });
    expect(r.z).toBeCloseTo(4 / Math.sqrt(13.75), 14);
    expect(r.p).toBeCloseTo(0.2807126652684958, 12);
  });

  it('never gives an exact p when a single pair is unchanged, even among few untied differences', () => {
    const r = wilcoxonSignedRank([2, 3, 4, 5, 6, 7, 1], [1, 1, 1, 1, 1, 1, 1]);
    expect(r.method).toBe('normal');
    expect(r.p).not.toBe(0.03125);
  });

  it('uses the normal approximation with continuity and tie correction when |d| ties', () => {
    // ranks of |d|: 1s → 2, 2s → 5.5, 3s → 8.5, 4 → 10; W+ = 47.5, E = 27.5;
    // σ² = 10·11·21/24 − (24 + 60 + 6)/48 = 94.375; z = 19.5/√94.375
    const r = wilcoxonSignedRank([1, 1, 2, 2, 2, -1, 3, 3, -2, 4], zeros(10));
    expect(r.method).toBe('normal');
    expect(r.vPlus).toBe(47.5);
    expect(r.z).toBeCloseTo(19.5 / Math.sqrt(94.375), 14);
    expect(r.p).toBeCloseTo(0.044720756798576525, 12);
  });

  it('stays exact below 50 untied non-zero pairs (R: exact = n < 50)', () => {
    // 30 pairs, W+ = 300: 2·P(W+ ≥ 300) over the 2³⁰ sign patterns = 0.1705984 (the normal
    // approximation would give 0.1681790)
    const d = Array.from({ length: 30 }, (_, i) => ((i + 1) % 3 === 0 ? -(i + 1) : i + 1));
    const r = wilcoxonSignedRank(d, zeros(30));
    expect(r.method).toBe('exact');
    expect(r.vPlus).toBe(300);
    expect(r.p).toBeCloseTo(0.17059839516878128, 12);
    const r49 = wilcoxonSignedRank(
      Array.from({ length: 49 }, (_, i) => ((i + 1) % 3 === 0 ? -(i + 1) : i + 1)),
      zeros(49),
    );
    expect(r49.method).toBe('exact');
  });

  it('switches to the normal approximation at 50 pairs even without ties', () => {
    // W+ = 867, E = 637.5, σ² = 50·51·101/24; z = (229.5 − 0.5)/σ
    const d = Array.from({ length: 50 }, (_, i) => ((i + 1) % 3 === 0 ? -(i + 1) : i + 1));
    const r = wilcoxonSignedRank(d, zeros(50));
    expect(r.method).toBe('normal');
    expect(r.vPlus).toBe(867);
    expect(r.p).toBeCloseTo(0.027063492176047917, 12);
  });

  it('has no p-value when no pair differs', () => {
    expect(wilcoxonSignedRank([4, 5], [4, 5])).toMatchObject({ n: 0, zeros: 2, p: null, method: 'none' });
  });

  it('enumerates 2ⁿ sign patterns in the null distribution', () => {
    const counts = signedRankCounts(10);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(1024);
    expect(counts[55]).toBe(1);
    expect(counts[3]).toBe(2); // {3}, {1,2}
  });
});
