import { describe, expect, it } from 'vitest';
import { kendallForRound } from '../../src/stats/kendall';
import { summarizeRatings } from '../../src/stats/item-stats';
import { compareRoundAnswers } from '../../src/stats/round-comparison';
import { groupAnswers, summarizeRound, type Answer } from '../../src/stats/round';
import { CANNOT_JUDGE, MISSING, SCALE_1_5, SCALE_1_9 } from '../../src/stats/scale';

const answers: Answer[] = [
  { item: 'b', panellist: 1, dimension: 'importance', value: 8 },
  { item: 'b', panellist: 1, dimension: 'frequency', value: 4 },
  { item: 'a', panellist: 1, dimension: 'importance', value: 9 },
  { item: 'a', panellist: 2, dimension: 'importance', value: null },
  { item: 'b', panellist: 2, dimension: 'importance', value: 7 },
  { item: 'b', panellist: 2, dimension: 'frequency', value: 2 },
];

describe('groupAnswers', () => {
  it('lays answers out per item (first appearance) and panellist, coding cannot-judge and missing', () => {
    const g = groupAnswers(answers);
    expect(g.items).toEqual(['b', 'a']);
    expect(g.panellists).toEqual([1, 2]);
    expect([...(g.ratings.importance?.[1] ?? [])]).toEqual([9, CANNOT_JUDGE]);
    expect([...(g.ratings.frequency?.[1] ?? [])]).toEqual([MISSING, MISSING]);
  });

  it('keeps a given panellist order so two rounds line up', () => {
    expect(groupAnswers(answers, [2, 7, 1]).panellists).toEqual([2, 7, 1]);
  });

  it('refuses fractional ratings', () => {
    expect(() => groupAnswers([{ item: 1, panellist: 1, dimension: 'importance', value: 7.5 }])).toThrow();
  });
});

describe('summarizeRound', () => {
  it('summarises each dimension on its own scale', () => {
    const r = summarizeRound(answers, { importance: SCALE_1_9, frequency: SCALE_1_5 });
    const b = r.items[0];
    expect(b?.item).toBe('b');
    expect(b?.stats.importance?.median).toBe(7.5);
    expect(b?.stats.frequency?.agreement).toBe(50);
    expect(r.items[1]?.stats.frequency).toMatchObject({ n: 0, missing: 2 });
    expect(r.kendall.importance?.m).toBe(1);
  });

  it('can leave out panellists who did not answer every item', () => {
    const r = summarizeRound(
      answers,
      { importance: SCALE_1_9, frequency: SCALE_1_5 },
      { completeOnly: true },
    );
    expect(r.panellists).toEqual([]);
    expect(r.items[0]?.stats.importance?.n).toBe(0);
  });

  it('computes the report for 1,000 panellists × 300 items × 2 dimensions (speed: npm run bench:report)', () => {
    const m = 1000;
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const importance = Array.from({ length: 300 }, () =>
      Int8Array.from({ length: m }, () => 1 + Math.floor(random() * 9)),
    );
    const frequency = Array.from({ length: 300 }, () =>
      Int8Array.from({ length: m }, () => 1 + Math.floor(random() * 5)),
    );
    const stats = [
      ...importance.map((r) => summarizeRatings(r, SCALE_1_9)),
      ...frequency.map((r) => summarizeRatings(r, SCALE_1_5)),
    ];
    const w = [kendallForRound(importance, SCALE_1_9), kendallForRound(frequency, SCALE_1_5)];
    expect(stats).toHaveLength(600);
    expect(w[0]?.m).toBe(1000);
  });
});

describe('compareRoundAnswers', () => {
  it('pairs panellists by id across rounds and skips items that were not rated again', () => {
    const round1: Answer[] = [
      { item: 'x', panellist: 'p1', dimension: 'importance', value: 5 },
      { item: 'x', panellist: 'p2', dimension: 'importance', value: 7 },
      { item: 'y', panellist: 'p1', dimension: 'importance', value: 9 },
    ];
    const round2: Answer[] = [
      { item: 'x', panellist: 'p3', dimension: 'importance', value: 8 },
      { item: 'x', panellist: 'p2', dimension: 'importance', value: 8 },
      { item: 'x', panellist: 'p1', dimension: 'importance', value: 5 },
    ];
    const result = compareRoundAnswers(round1, round2, SCALE_1_9);
    expect(result.map((r) => r.item)).toEqual(['x']);
    const c = result[0]?.comparisons.importance;
    expect(c?.pairs).toBe(2);
    expect(c?.changedPercent).toBe(50);
    expect(c?.agreementChange).toBeCloseTo(200 / 3 - 50, 12);
  });
});
