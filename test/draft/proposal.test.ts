import { describe, expect, it } from 'vitest';
import { filterSuggestions, SeenSpans } from '../../src/draft/proposal';
import { draftTree } from '../../src/draft/tree';

const item = (text: string, evidence: { caseId: number; start: number; end: number }[]) => ({
  text,
  phase: 'plan' as const,
  evidence,
  caseCount: new Set(evidence.map((e) => e.caseId)).size,
  variants: [text],
});

describe('filterSuggestions', () => {
  it('drops evidence overlapping a linked or already suggested span, and items left without evidence', () => {
    const seen = new SeenSpans([{ caseId: 1, start: 10, end: 40 }]);
    const out = filterSuggestions(
      {
        newItems: [
          item('De hulpverlener belt de school.', [{ caseId: 1, start: 12, end: 38 }]),
          item('De hulpverlener belt de huisarts.', [{ caseId: 2, start: 0, end: 20 }]),
        ],
        newEvidence: [
          {
            itemId: 7,
            text: 'x',
            evidence: [
              { caseId: 1, start: 30, end: 50 },
              { caseId: 3, start: 0, end: 5 },
            ],
          },
        ],
      },
      seen,
      new Set(),
    );
    expect(out).toEqual([
      {
        kind: 'new-evidence',
        itemId: 7,
        text: 'x',
        phaseId: null,
        evidence: [{ caseId: 3, start: 0, end: 5 }],
      },
      {
        kind: 'new-item',
        itemId: null,
        text: 'De hulpverlener belt de huisarts.',
        phaseId: 'plan',
        evidence: [{ caseId: 2, start: 0, end: 20 }],
      },
    ]);
  });

  it('does not suggest again an item worded like a rejected suggestion', () => {
    const out = filterSuggestions(
      {
        newItems: [item('De hulpverlener  belt de school.', [{ caseId: 5, start: 0, end: 9 }])],
        newEvidence: [],
      },
      new SeenSpans(),
      new Set(['de hulpverlener belt de school.']),
    );
    expect(out).toEqual([]);
  });
});

describe('draftTree', () => {
  it('groups active items under clusters and sub-aspects in reading order, and lists removed items apart', () => {
    const clusters = [
      { id: 1, parentId: null, position: 1, label: 'B' },
      { id: 2, parentId: null, position: 0, label: 'A' },
      { id: 3, parentId: 1, position: 0, label: 'B1' },
    ];
    const items = [
      { id: 10, clusterId: 3, position: 0, status: 'active' },
      { id: 11, clusterId: 2, position: 0, status: 'active' },
      { id: 12, clusterId: null, position: 0, status: 'active' },
      { id: 13, clusterId: 2, position: 1, status: 'deleted' },
    ];
    const tree = draftTree(clusters, items);
    expect(tree.clusters.map((c) => `${c.number} ${c.label}`)).toEqual(['1 A', '2 B']);
    expect(tree.clusters[1]!.subs[0]!.items.map((i) => i.id)).toEqual([10]);
    expect(tree.itemNo.get(10)).toBe('2.1.1');
    expect(tree.unclustered.map((i) => i.id)).toEqual([12]);
    expect(tree.removed.map((i) => i.id)).toEqual([13]);
    expect(tree.options.map((o) => o.label)).toEqual(['1 A', '2 B', '2.1 B1']);
  });
});
