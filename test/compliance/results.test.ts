import { describe, expect, it } from 'vitest';
import { aggregateResults, practitionerResults, roundResults, type ResultScore } from '../../src/compliance';

const item = (id: number, cluster: string, norm: number | null) => ({
  id,
  lineage: `L${id}`,
  number: `${cluster}.${id}`,
  text: `item ${id}`,
  clusterNumber: cluster,
  clusterLabel: `cluster ${cluster}`,
  normPercentage: norm,
});
const ITEMS = [item(1, '1', 80), item(2, '1', 50), item(3, '2', null)];
const s = (
  practitionerId: number,
  reviewerId: number,
  itemId: number,
  score: ResultScore['score'],
  note = '',
) => ({
  practitionerId,
  reviewerId,
  dossierId: practitionerId * 10,
  itemId,
  score,
  note,
});

describe('roundResults', () => {
  const rows = [
    s(1, 2, 1, 'voldaan'),
    s(1, 3, 1, 'deels', 'Gesprek met Piet de Vries niet vastgelegd'),
    s(1, 2, 2, 'niet'),
    s(1, 3, 2, 'niet'),
    s(2, 1, 1, 'voldaan'),
    s(2, 1, 3, 'nvt'),
    s(2, 1, 2, null, 'nog niet gescoord'),
  ];
  const r = roundResults(ITEMS, rows);

  it('compares each item with its norm and lists those below it, furthest first', () => {
    // item 1: v, d, v → 2.5/3 = 83.3 % ≥ 80; item 2: n, n → 0 % < 50; item 3: n.v.t. only → null.
    expect(r.items[0]!.tally.compliance).toBeCloseTo(250 / 3, 10);
    expect(r.items[0]!.norm.met).toBe(true);
    expect(r.items[1]!.norm).toEqual({ met: false, difference: -50 });
    expect(r.items[2]!.norm).toEqual({ met: null, difference: null });
    expect(r.belowNorm.map((x) => x.id)).toEqual([2]);
  });

  it('computes compliance per cluster and agreement over dossiers scored by two reviewers', () => {
    expect(r.clusters.map((c) => [c.number, c.tally.applicable, c.tally.compliance])).toEqual([
      ['1', 5, 50],
      ['2', 0, null],
    ]);
    // Subjects: practitioner 1, items 1 (v,d) and 2 (n,n) → 50 %.
    expect(r.agreement.subjects).toBe(2);
    expect(r.agreement.percent).toBe(50);
  });

  it('keeps notes without who wrote them and pseudonymises names in them', () => {
    expect(r.notes.map((n) => n.itemNumber)).toEqual(['1.1', '1.2']);
    expect(r.notes[0]!.text).not.toMatch(/Piet|Vries/);
  });

  it('gives a practitioner only the scores of their own dossiers', () => {
    expect(practitionerResults(ITEMS, rows, 2).overall).toMatchObject({ applicable: 1, compliance: 100 });
  });
});

describe('aggregateResults', () => {
  it('shows nothing above the group when fewer than three practitioners were reviewed', () => {
    expect(aggregateResults(ITEMS, [s(1, 2, 1, 'voldaan'), s(2, 1, 1, 'niet')])).toBeNull();
  });

  it('hides items that fewer than three practitioners had applicable, and all notes', () => {
    const rows = [s(1, 2, 1, 'voldaan', 'x'), s(2, 3, 1, 'niet'), s(3, 1, 1, 'deels'), s(1, 2, 2, 'niet')];
    const a = aggregateResults(ITEMS, rows)!;
    expect(a.items[0]!.tally.compliance).toBe(50);
    expect(a.items[1]!.tally.applicable).toBe(0);
    expect(a.items[1]!.tally.compliance).toBeNull();
    expect(a.notes).toEqual([]);
  });

  it('hides a cluster that fewer than three practitioners had applicable, which would show one person’s scores', () => {
    // Cluster 1 is applicable for three practitioners; cluster 2 (item 3) only for practitioner 1.
    const rows = [
      s(1, 2, 1, 'voldaan'),
      s(2, 3, 1, 'niet'),
      s(3, 1, 1, 'deels'),
      s(1, 2, 3, 'niet'),
      s(2, 3, 3, 'nvt'),
      s(3, 1, 3, 'nvt'),
    ];
    const a = aggregateResults(ITEMS, rows)!;
    expect(a.clusters[0]!.tally.compliance).toBe(50);
    expect(a.clusters[1]!.tally).toMatchObject({ scored: 0, applicable: 0, compliance: null });
    expect(a.clusters[1]!.agreement.subjects).toBe(0);
    expect(a.items[2]!.tally.compliance).toBeNull();
  });

  it('shows nothing when three practitioners were reviewed but fewer than three had anything applicable', () => {
    // Practitioner 3 has only n.v.t.: the totals would be those of two people.
    const rows = [s(1, 2, 1, 'voldaan'), s(2, 3, 1, 'niet'), s(3, 1, 1, 'nvt'), s(3, 1, 2, 'nvt')];
    expect(aggregateResults(ITEMS, rows)).toBeNull();
  });
});
