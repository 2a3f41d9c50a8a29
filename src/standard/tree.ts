import { numberDraft } from '../draft/numbering';
import type { standardClusters, standardItems } from '../../db/schema';
import type { DiffItem } from './types';

/** The columns of a standard cluster the tree is built from (also filled from draft clusters and documents). */
export type TreeClusterRow = Pick<
  typeof standardClusters.$inferSelect,
  'id' | 'parentId' | 'position' | 'label' | 'lineage'
>;

/** The columns of a standard item the tree shows; `evidenceSource` as text, since older documents may say anything. */
export type TreeItemRow = Pick<
  typeof standardItems.$inferSelect,
  | 'id'
  | 'clusterId'
  | 'position'
  | 'lineage'
  | 'text'
  | 'phaseId'
  | 'criterion'
  | 'normPercentage'
  | 'normUnit'
  | 'rubricLevels'
  | 'explanation'
  | 'importanceMedian'
  | 'frequencyMedian'
  | 'criticality'
  | 'criticalityClass'
> & { evidenceSource: string };

export type TreeItem<I extends TreeItemRow = TreeItemRow> = I & { number: string };
export interface TreeGroup<I extends TreeItemRow = TreeItemRow> {
  id: number;
  number: string;
  label: string;
  lineage: string;
  items: TreeItem<I>[];
}
export interface TreeCluster<I extends TreeItemRow = TreeItemRow> extends TreeGroup<I> {
  subAspects: TreeGroup<I>[];
}

/**
 * The version as the reader sees it: clusters in order, their sub-aspects, the items numbered 1.2.3 (items
 * placed directly in a cluster are kept apart from its sub-aspects). Items without a cluster are left out of
 * the tree; a version made by `planStandard` never has them.
 */
export function versionTree<I extends TreeItemRow>(
  clusters: readonly TreeClusterRow[],
  items: readonly I[],
): TreeCluster<I>[] {
  const { clusterNo, itemNo } = numberDraft([...clusters], [...items]);
  const byPos = <T extends { position: number; id: number }>(a: T, b: T) =>
    a.position - b.position || a.id - b.id;
  const itemsIn = (id: number) =>
    items
      .filter((x) => x.clusterId === id)
      .sort(byPos)
      .map((x) => ({ ...x, number: itemNo.get(x.id) ?? '' }));
  return clusters
    .filter((c) => c.parentId === null)
    .sort(byPos)
    .map((c) => ({
      id: c.id,
      number: clusterNo.get(c.id) ?? '',
      label: c.label,
      lineage: c.lineage,
      items: itemsIn(c.id),
      subAspects: clusters
        .filter((s) => s.parentId === c.id)
        .sort(byPos)
        .map((s) => ({
          id: s.id,
          number: clusterNo.get(s.id) ?? '',
          label: s.label,
          lineage: s.lineage,
          items: itemsIn(s.id),
        })),
    }));
}

/** Items in reading order with their place, as the diff compares them. */
export function diffItems(tree: readonly TreeCluster[]): DiffItem[] {
  const out: DiffItem[] = [];
  const push = (group: TreeGroup, place: string) => {
    for (const x of group.items)
      out.push({
        lineage: x.lineage,
        number: x.number,
        text: x.text,
        subAspectLineage: group.lineage,
        place,
        criterion: x.criterion,
        normPercentage: x.normPercentage,
        normUnit: x.normUnit,
        evidenceSource: x.evidenceSource,
        rubricLevels: x.rubricLevels,
        explanation: x.explanation,
      });
  };
  for (const c of tree) {
    push(c, `${c.number} ${c.label}`);
    for (const s of c.subAspects) push(s, `${s.number} ${s.label}`);
  }
  return out;
}
