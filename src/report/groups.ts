import { summarizeRatings, type Scale } from '../stats';
import type { GroupFigures, ItemGroups } from './model';
import type { Dim, RatingMatrix } from './round-stats';

export const DIVERGE_HIGH = 70;
export const DIVERGE_LOW = 50;

/** Column indexes per stakeholder group, groups in alphabetical order ('' = no group given). */
export function columnsByGroup(
  panellistIds: readonly number[],
  groupOf: (id: number) => string,
): Map<string, number[]> {
  const out = new Map<string, number[]>();
  panellistIds.forEach((id, j) => {
    const g = groupOf(id);
    const list = out.get(g) ?? [];
    list.push(j);
    out.set(g, list);
  });
  return new Map([...out].sort(([a], [b]) => a.localeCompare(b)));
}

/** Divergence: some group reaches ≥ 70% agreement while another stays below 50%. */
export function isDivergent(groups: readonly GroupFigures[]): boolean {
  const values = groups.flatMap((g) => (g.agreement === null ? [] : [g.agreement]));
  return values.some((v) => v >= DIVERGE_HIGH) && values.some((v) => v < DIVERGE_LOW);
}

/**
 * Per item and dimension, each group's median and agreement, with the divergence flag. Only computed when
 * there are at least two groups; otherwise every item gets an empty breakdown.
 */
export function groupBreakdown(
  matrix: RatingMatrix,
  groups: Map<string, number[]>,
  dims: readonly Dim[],
  scales: Record<Dim, Scale>,
): ItemGroups[][] {
  if (groups.size < 2) return matrix.itemIds.map(() => []);
  const perItem: ItemGroups[][] = matrix.itemIds.map(() => []);
  for (const dim of dims) {
    const figures: GroupFigures[][] = matrix.itemIds.map(() => []);
    for (const [group, columns] of groups) {
      const buffer = new Int16Array(columns.length);
      matrix[dim].forEach((row, i) => {
        for (let k = 0; k < columns.length; k++) buffer[k] = row[columns[k] as number] as number;
        const s = summarizeRatings(buffer, scales[dim]);
        figures[i]!.push({
          group,
          panellists: columns.length,
          n: s.n,
          median: s.median,
          agreement: s.agreement,
        });
      });
    }
    figures.forEach((groupsOfItem, i) => {
      perItem[i]!.push({ dimension: dim, groups: groupsOfItem, divergent: isDivergent(groupsOfItem) });
    });
  }
  return perItem;
}
