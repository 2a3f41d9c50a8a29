import { describe, expect, it } from 'vitest';
import { compareNumbers, numberDraft } from '../../src/draft/numbering';

describe('numberDraft', () => {
  it('numbers clusters, sub-aspects and items from their positions, never with a 0 component', () => {
    const clusters = [
      { id: 10, parentId: null, position: 2 },
      { id: 11, parentId: null, position: 1 },
      { id: 12, parentId: 10, position: 1 },
      { id: 13, parentId: 10, position: 0 },
    ];
    const items = [
      { id: 1, clusterId: 12, position: 0 },
      { id: 2, clusterId: 13, position: 5 },
      { id: 3, clusterId: 13, position: 1 },
      { id: 4, clusterId: 11, position: 0 },
      { id: 5, clusterId: 10, position: 0 },
      { id: 6, clusterId: null, position: 0 },
    ];
    const { clusterNo, itemNo } = numberDraft(clusters, items);
    expect(clusterNo.get(11)).toBe('1');
    expect(clusterNo.get(10)).toBe('2');
    expect(clusterNo.get(13)).toBe('2.1');
    expect(clusterNo.get(12)).toBe('2.2');
    expect(itemNo.get(3)).toBe('2.1.1');
    expect(itemNo.get(2)).toBe('2.1.2');
    expect(itemNo.get(1)).toBe('2.2.1');
    expect(itemNo.get(4)).toBe('1.1');
    // directly in cluster 2 beside its sub-aspects 2.1 and 2.2: an implicit third sub-aspect
    expect(itemNo.get(5)).toBe('2.3.1');
    // unclustered: an implicit cluster after the last one
    expect(itemNo.get(6)).toBe('3.1');
    expect([...itemNo.values()].some((n) => n.split('.').includes('0'))).toBe(false);
  });

  it('sorts numbers in reading order', () => {
    expect(['1.10', '2', '1.2', '1'].sort(compareNumbers)).toEqual(['1', '1.2', '1.10', '2']);
  });
});
