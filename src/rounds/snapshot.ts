import { compareNumbers, numberDraft } from '../draft/numbering';

export interface SourceCluster {
  id: number;
  parentId: number | null;
  position: number;
  label: string;
}

export interface SourceItem {
  id: number;
  clusterId: number | null;
  position: number;
  text: string;
  /** Shown beside the text (criteria rounds: the item the criterion belongs to). */
  context?: string;
  phaseId: string | null;
  version: number;
}

export interface SnapshotItem {
  refId: number;
  refVersion: number;
  position: number;
  number: string;
  text: string;
  context: string;
  phaseId: string | null;
  clusterNumber: string;
  clusterLabel: string;
  subAspectNumber: string | null;
  subAspectLabel: string | null;
}

export interface SnapshotCluster {
  clusterId: number | null;
  position: number;
  number: string;
  label: string;
}

/**
 * Freezes wording, order and clustering: numbers items like the draft editor does, pages them by top-level
 * cluster, and puts unclustered items last under `otherLabel`, numbered as a cluster after the last one.
 * `only` picks the items the round puts to the panel; they keep the numbers they have among all `items` (the
 * draft), so a round that re-rates a few items shows the same numbers as the draft and the earlier rounds.
 * `allClusters` keeps empty clusters too (coverage rounds ask about every cluster).
 */
export function buildSnapshot(
  clusters: SourceCluster[],
  items: SourceItem[],
  opts: { otherLabel: string; allClusters?: boolean; only?: ReadonlySet<number> },
): { items: SnapshotItem[]; clusters: SnapshotCluster[] } {
  const { clusterNo, itemNo } = numberDraft(clusters, items);
  const byId = new Map(clusters.map((c) => [c.id, c]));
  const otherNumber = String(clusters.filter((c) => c.parentId === null).length + 1);
  const picked = opts.only ? items.filter((it) => opts.only!.has(it.id)) : items;
  const snapItems = picked.map((it) => {
    const own = it.clusterId !== null && clusterNo.has(it.clusterId) ? byId.get(it.clusterId)! : null;
    const top = own && own.parentId !== null ? (byId.get(own.parentId) ?? own) : own;
    const sub = own && own.parentId !== null ? own : null;
    return {
      refId: it.id,
      refVersion: it.version,
      position: 0,
      number: itemNo.get(it.id)!,
      text: it.text,
      context: it.context ?? '',
      phaseId: it.phaseId,
      clusterNumber: top ? clusterNo.get(top.id)! : otherNumber,
      clusterLabel: top ? top.label : opts.otherLabel,
      subAspectNumber: sub ? clusterNo.get(sub.id)! : null,
      subAspectLabel: sub ? sub.label : null,
      topId: top?.id ?? null,
    };
  });
  snapItems.sort(
    (a, b) => (a.topId === null ? 1 : 0) - (b.topId === null ? 1 : 0) || compareNumbers(a.number, b.number),
  );
  const snapClusters: SnapshotCluster[] = [];
  const used = new Set(snapItems.map((i) => i.topId));
  for (const top of clusters
    .filter((c) => c.parentId === null)
    .sort((a, b) => compareNumbers(clusterNo.get(a.id)!, clusterNo.get(b.id)!))) {
    if (opts.allClusters || used.has(top.id)) {
      snapClusters.push({
        clusterId: top.id,
        position: snapClusters.length,
        number: clusterNo.get(top.id)!,
        label: top.label,
      });
    }
  }
  if (used.has(null))
    snapClusters.push({
      clusterId: null,
      position: snapClusters.length,
      number: otherNumber,
      label: opts.otherLabel,
    });
  return {
    items: snapItems.map(({ topId: _t, ...rest }, i) => ({ ...rest, position: i })),
    clusters: snapClusters,
  };
}
