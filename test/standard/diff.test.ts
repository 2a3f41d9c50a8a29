import { describe, expect, it } from 'vitest';
import { diffVersions, type DiffItem } from '../../src/standard';

const item = (lineage: string, sub: string, extra: Partial<DiffItem> = {}): DiffItem => ({
  lineage,
  number: '1.1.1',
  text: `Tekst ${lineage}`,
  subAspectLineage: sub,
  place: sub,
  criterion: `Criterium ${lineage}`,
  normPercentage: 80,
  normUnit: 'dossiers',
  evidenceSource: 'dossier',
  rubricLevels: [],
  explanation: '',
  ...extra,
});

describe('diffVersions', () => {
  it('finds added, removed, reworded, moved and criterion changes by lineage', () => {
    const from = [item('a', 's1'), item('b', 's1'), item('c', 's1'), item('d', 's2')];
    const to = [
      item('a', 's1', { text: 'Nieuwe tekst a' }),
      item('c', 's1'),
      item('d', 's1'),
      item('e', 's2'),
    ];
    const d = diffVersions(from, to);
    expect(d.counts).toEqual({
      added: 1,
      removed: 1,
      reworded: 1,
      moved: 1,
      criterionChanged: 0,
      unchanged: 1,
    });
    expect(d.entries.find((e) => e.kind === 'removed')).toMatchObject({ before: { lineage: 'b' } });
    expect(d.entries.find((e) => e.kind === 'changed' && e.moved)).toMatchObject({ after: { lineage: 'd' } });
  });

  it('does not call an item moved when only an item before it was removed', () => {
    const d = diffVersions(
      [item('a', 's'), item('b', 's'), item('c', 's')],
      [item('b', 's', { number: '1.1.1' }), item('c', 's')],
    );
    expect(d.counts.moved).toBe(0);
  });

  it('calls a swap of two items a move of both', () => {
    const d = diffVersions([item('a', 's'), item('b', 's')], [item('b', 's'), item('a', 's')]);
    expect(d.counts.moved).toBe(2);
  });

  it('lists each changed criterion field with before and after', () => {
    const d = diffVersions(
      [item('a', 's')],
      [item('a', 's', { normPercentage: 90, evidenceSource: 'gesprek', rubricLevels: ['laag', 'hoog'] })],
    );
    const e = d.entries[0]!;
    expect(e.kind === 'changed' && e.criterion).toEqual([
      { field: 'norm', before: '80% dossiers', after: '90% dossiers' },
      { field: 'evidenceSource', before: 'dossier', after: 'gesprek' },
      { field: 'rubricLevels', before: '', after: 'laag | hoog' },
    ]);
  });

  it('reports nothing for identical versions', () => {
    expect(diffVersions([item('a', 's')], [item('a', 's')]).entries).toEqual([]);
  });
});
