import { numberDraft } from './numbering';

export interface TreeCluster {
  id: number;
  parentId: number | null;
  position: number;
  label: string;
}
export interface TreeItem {
  id: number;
  clusterId: number | null;
  position: number;
  status: string;
}

export interface ClusterNode<I> {
  id: number;
  number: string;
  label: string;
  items: I[];
  subs: { id: number; number: string; label: string; items: I[] }[];
}

export interface DraftTree<I> {
  clusters: ClusterNode<I>[];
  unclustered: I[];
  /** Deleted and merged items, most recent last. */
  removed: I[];
  itemNo: Map<number, string>;
  /** Every cluster and sub-aspect as "1.2 Label", in reading order, for move and merge choices. */
  options: { id: number; label: string; parentId: number | null }[];
}

const byPos = <T extends { position: number; id: number }>(a: T, b: T) =>
  a.position - b.position || a.id - b.id;

/** Groups active items by cluster and sub-aspect in reading order, with their numbers. */
export function draftTree<C extends TreeCluster, I extends TreeItem>(
  clusters: readonly C[],
  items: readonly I[],
): DraftTree<I> {
  const active = items.filter((i) => i.status === 'active');
  const { clusterNo, itemNo } = numberDraft([...clusters], active);
  const byCluster = new Map<number | null, I[]>();
  for (const it of active) {
    const key = it.clusterId !== null && clusterNo.has(it.clusterId) ? it.clusterId : null;
    const list = byCluster.get(key);
    if (list) list.push(it);
    else byCluster.set(key, [it]);
  }
  for (const list of byCluster.values()) list.sort(byPos);
  const children = new Map<number, C[]>();
  for (const c of clusters) {
    if (c.parentId !== null) children.set(c.parentId, [...(children.get(c.parentId) ?? []), c]);
  }
  const options: DraftTree<I>['options'] = [];
  const tops = clusters.filter((c) => c.parentId === null).sort(byPos);
  const nodes = tops.map((top) => {
    options.push({ id: top.id, label: `${clusterNo.get(top.id)} ${top.label}`, parentId: null });
    const subs = (children.get(top.id) ?? []).sort(byPos).map((s) => {
      options.push({ id: s.id, label: `${clusterNo.get(s.id)} ${s.label}`, parentId: top.id });
      return { id: s.id, number: clusterNo.get(s.id)!, label: s.label, items: byCluster.get(s.id) ?? [] };
    });
    return {
      id: top.id,
      number: clusterNo.get(top.id)!,
      label: top.label,
      items: byCluster.get(top.id) ?? [],
      subs,
    };
  });
  return {
    clusters: nodes,
    unclustered: byCluster.get(null) ?? [],
    removed: items.filter((i) => i.status !== 'active'),
    itemNo,
    options,
  };
}
