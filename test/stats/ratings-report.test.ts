import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRatingsCsv, ratingsReport } from '../../src/stats/ratings-report';
import { SCALE_1_5, SCALE_1_9 } from '../../src/stats/scale';

const csv = [
  'item,panellist,value',
  'A,p1,7',
  'A,p2,8',
  'A,p3,9',
  'A,p4,x',
  'B,p1,3',
  'B,p2,5',
  'B,p3,',
  'B,p4,6',
  '"C, quoted",p1,9',
  '"C, quoted",p2,9',
  '"C, quoted",p3,2',
  '"C, quoted",p4,1',
].join('\r\n');

describe('ratingsReport', () => {
  it('reports items in order of first appearance with cannot-judge counted apart', () => {
    const r = ratingsReport(csv, SCALE_1_9);
    expect(r.items.map((i) => i.item)).toEqual(['A', 'B', 'C, quoted']);
    expect(r.items[0]).toMatchObject({
      n: 3,
      cannotJudge: 1,
      mean: 8,
      median: 8,
      agreement: 100,
      comet: 'in',
    });
    expect(r.items[2]?.q1).toBe(1.75);
  });

  it("computes Kendall's W over the panellists who rated every item validly", () => {
    // only p1 (7, 3, 9) and p2 (8, 5, 9) are complete; both rank B < A < C
    const k = ratingsReport(csv, SCALE_1_9).kendall;
    expect(k).toMatchObject({ w: 1, chi2: 4, df: 2 });
    expect(k.p).toBeCloseTo(Math.exp(-2), 14);
  });

  it('also gives the Skillings–Mack W over every panellist with two or more ratings', () => {
    // p3 (A 9, C 2) and p4 (B 6, C 1) each skipped one item; all four count, 10 of 12 ratings
    const k = ratingsReport(csv, SCALE_1_9).kendallIncomplete;
    expect(k).toMatchObject({ m: 4, n: 3, ratings: 10, df: 2 });
    expect(k.w).toBeGreaterThan(0);
    expect(k.w).toBeLessThan(1);
  });

  it('rejects a bad header, an off-scale value and a second rating of the same item', () => {
    expect(() => parseRatingsCsv('item,who,value\nA,1,3', SCALE_1_9)).toThrow(/header/);
    expect(() => parseRatingsCsv('item,panellist,value\nA,1,7', SCALE_1_5)).toThrow(/line 2/);
    expect(() => parseRatingsCsv('item,panellist,value\nA,1,3\nA,1,4', SCALE_1_9)).toThrow(/line 3/);
  });
});

describe('stats CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'maatstaf-stats-'));
  const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');

  it('prints one JSON report for a CSV file and fails with exit 1 on a bad one', () => {
    const good = join(dir, 'ratings.csv');
    writeFileSync(good, csv);
    const out = execFileSync(tsx, ['scripts/stats.ts', '--scale', '1-9', good], { encoding: 'utf8' });
    const report = JSON.parse(out) as ReturnType<typeof ratingsReport>;
    expect(report.items).toHaveLength(3);
    expect(report.items[1]).toMatchObject({ item: 'B', n: 3, cannotJudge: 1, comet: 'none' });
    expect(report.kendall.w).toBe(1);

    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'foo,bar\n1,2\n');
    const failed = spawnSync(tsx, ['scripts/stats.ts', bad], { encoding: 'utf8' });
    expect(failed.status).toBe(1);
    expect(failed.stdout).toBe('');
    expect(failed.stderr).toMatch(/header/);
  });
});
