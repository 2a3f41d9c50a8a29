import { describe, expect, it } from 'vitest';
import { kendallIncomplete } from '../../src/stats/kendall-incomplete';
import { kendallW } from '../../src/stats/kendall';
import { CANNOT_JUDGE, MISSING, SCALE_1_9 } from '../../src/stats/scale';

/** Rows are panellists here (as in kendallW); kendallIncomplete takes rows per item. */
const transpose = (rows: number[][]) => rows[0]!.map((_, i) => rows.map((r) => r[i]!));

describe("Kendall's W for incomplete rankings (Skillings–Mack)", () => {
  it("equals the textbook Kendall's W when every panellist rated every item (Siegel 1956)", () => {
    const byPanellist = [
      [1, 6, 3, 2, 5, 4],
      [1, 5, 6, 4, 2, 3],
      [6, 3, 2, 5, 4, 1],
    ];
    const r = kendallIncomplete(transpose(byPanellist), SCALE_1_9);
    expect(r.method).toBe('complete');
    expect(r.w).toBeCloseTo(306 / 1890, 12);
    expect(r.p).toBeCloseTo(kendallW(byPanellist).p!, 12);
    expect(r).toMatchObject({ m: 3, n: 6, ratings: 18, panellistsLeftOut: 0, df: 5 });
  });

  it('equals the tie-corrected W with complete data and ties', () => {
    const byPanellist = [
      [9, 7, 7, 3],
      [8, 8, 6, 6],
      [9, 6, 8, 5],
    ];
    const r = kendallIncomplete(transpose(byPanellist), SCALE_1_9);
    expect(r.w).toBeCloseTo(390 / 486, 12);
    expect(r.chi2).toBeCloseTo(7.222222222222222, 10);
  });

  it("reduces to Durbin's test in a balanced incomplete design", () => {
    // 3 items, each panellist rates 2: ranks give R = 4, 3, 2 with r = 2, k = 2;
    // Durbin T = 12(t−1)/(r·t·(k−1)(k+1)) · Σ(R − r(k+1)/2)² = 4/3 · 2 = 8/3; W = T/(m(n−1)) = 4/9
    const items = [
      [9, 8, CANNOT_JUDGE],
      [5, CANNOT_JUDGE, 6],
      [CANNOT_JUDGE, 3, 4],
    ];
    const r = kendallIncomplete(items, SCALE_1_9);
    expect(r.method).toBe('skillings-mack');
    expect(r.chi2).toBeCloseTo(8 / 3, 12);
    expect(r.w).toBeCloseTo(4 / 9, 12);
    expect(r.p).toBeCloseTo(Math.exp(-4 / 3), 12);
    expect(r).toMatchObject({ m: 3, n: 3, ratings: 6 });
  });

  it('is defined when one "cannot judge" would leave fewer than two complete panellists', () => {
    // P1 9 7 3, P2 8 9 2, P3 7 5 (cannot judge item 3). By hand: A = (√3 + 1, √3 − 1, −2√3),
    // Σ = 2(3I − J) + L₁₂ = [[5,−3,−2],[−3,5,−2],[−2,−2,4]]; SM = Aᵀ Σ⁻ A = 13/4, W = 13/24
    const items = [
      [9, 8, 7],
      [7, 9, 5],
      [3, 2, CANNOT_JUDGE],
    ];
    const r = kendallIncomplete(items, SCALE_1_9);
    expect(r.chi2).toBeCloseTo(13 / 4, 12);
    expect(r.w).toBeCloseTo(13 / 24, 12);
    expect(r.p).toBeCloseTo(Math.exp(-13 / 8), 12);
    expect(r).toMatchObject({ m: 3, n: 3, ratings: 8, method: 'skillings-mack' });
  });

  it('leaves out panellists with fewer than two ratings and says how many', () => {
    const items = [
      [9, 8, 7, 9],
      [7, 9, 5, MISSING],
      [3, 2, CANNOT_JUDGE, CANNOT_JUDGE],
    ];
    const r = kendallIncomplete(items, SCALE_1_9);
    expect(r.panellistsLeftOut).toBe(1);
    expect(r.w).toBeCloseTo(13 / 24, 12);
  });

  it('assembles the covariance the same way for sparse and nearly complete panellists', () => {
    // A plain dense reference: per block the tie-corrected Laplacian on its rated items, then (Σ + J/n)⁻¹.
    const reference = (items: number[][]) => {
      const n = items.length;
      const sigma = Array.from({ length: n }, () => Array<number>(n).fill(1 / n));
      const a = Array<number>(n).fill(0);
      for (let j = 0; j < items[0]!.length; j++) {
        const rated = items.flatMap((row, i) => (row[j]! > 0 ? [i] : []));
        const k = rated.length;
        if (k < 2) continue;
        const v = rated.map((i) => items[i]![j]!);
        const rank = v.map((x) => v.filter((y) => y < x).length + (v.filter((y) => y === x).length + 1) / 2);
        const ties = [...new Set(v)].reduce((t, x) => {
          const c = v.filter((y) => y === x).length;
          return t + c ** 3 - c;
        }, 0);
        const c = 1 - ties / (k ** 3 - k);
        rated.forEach((i, x) => {
          a[i]! += Math.sqrt(12 / (k + 1)) * (rank[x]! - (k + 1) / 2);
          rated.forEach((t) => (sigma[i]![t]! += i === t ? c * (k - 1) : -c));
        });
      }
      // Gaussian elimination
      const m = sigma.map((row, i) => [...row, a[i]!]);
      for (let i = 0; i < n; i++)
        for (let r = i + 1; r < n; r++) {
          const f = m[r]![i]! / m[i]![i]!;
          for (let c = i; c <= n; c++) m[r]![c]! -= f * m[i]![c]!;
        }
      const x = Array<number>(n).fill(0);
      for (let i = n - 1; i >= 0; i--) {
        let sum = m[i]![n]!;
        for (let c = i + 1; c < n; c++) sum -= m[i]![c]! * x[c]!;
        x[i] = sum / m[i]![i]!;
      }
      return a.reduce((sm, ai, i) => sm + ai * x[i]!, 0);
    };
    let seed = 3;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    // 8 items, 12 panellists: some rate 2–3 items (direct path), others 6–8 (through their unrated items)
    const items = Array.from({ length: 8 }, () => Array<number>(12).fill(CANNOT_JUDGE));
    for (let j = 0; j < 12; j++) {
      const keep = j % 3 === 0 ? 2 + (j % 2) : 6 + (j % 3);
      const order = Array.from({ length: 8 }, (_, i) => i).sort(() => random() - 0.5);
      for (const i of order.slice(0, keep)) items[i]![j] = 1 + Math.floor(random() * 9);
    }
    const r = kendallIncomplete(items, SCALE_1_9);
    expect(r.method).toBe('skillings-mack');
    expect(r.chi2).toBeCloseTo(reference(items), 9);
  });

  it('is undefined when the items were never rated together', () => {
    const items = [
      [9, 8, CANNOT_JUDGE, CANNOT_JUDGE],
      [7, 6, CANNOT_JUDGE, CANNOT_JUDGE],
      [CANNOT_JUDGE, CANNOT_JUDGE, 5, 4],
      [CANNOT_JUDGE, CANNOT_JUDGE, 2, 3],
    ];
    expect(kendallIncomplete(items, SCALE_1_9)).toMatchObject({ m: 4, n: 4, w: null, p: null });
    expect(kendallIncomplete([[9, 8]], SCALE_1_9).w).toBeNull();
  });

  it('handles 1,000 panellists × 300 items with 10% "cannot judge" (speed: npm run bench:report)', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const items = Array.from({ length: 300 }, () =>
      Int16Array.from({ length: 1000 }, () => (random() < 0.1 ? CANNOT_JUDGE : 1 + Math.floor(random() * 9))),
    );
    const r = kendallIncomplete(items, SCALE_1_9);
    expect(r.m).toBe(1000);
    expect(r.w).toBeGreaterThanOrEqual(0);
    expect(r.w).toBeLessThan(0.05);
  });
});
