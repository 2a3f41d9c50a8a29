export interface NumberedCluster {
  id: number;
  parentId: number | null;
  position: number;
}
export interface NumberedItem {
  id: number;
  clusterId: number | null;
  position: number;
}

/**
 * Numbers clusters (1, 2), sub-aspects (1.1, 1.2) and items (1.1.1) from their positions. Items placed directly
 * in a cluster are numbered 1.1, 1.2 when the cluster has no sub-aspects, else as an implicit "other"
 * sub-aspect after the last one (1.3.1 after 1.1 and 1.2); unclustered items as an implicit last cluster
 * (3.1 after clusters 1 and 2). No number has a 0 component, and every item has one the panel can refer to.
 */
export function numberDraft(clusters: NumberedCluster[], items: NumberedItem[]) {
  const byPos = <T extends { position: number; id: number }>(a: T, b: T) =>
    a.position - b.position || a.id - b.id;
  const clusterNo = new Map<number, string>();
  const tops = clusters.filter((c) => c.parentId === null).sort(byPos);
  const subCount = new Map<number, number>();
  tops.forEach((top, i) => {
    clusterNo.set(top.id, String(i + 1));
    clusters
      .filter((c) => c.parentId === top.id)
      .sort(byPos)
      .forEach((sub, j) => {
        subCount.set(top.id, j + 1);
        clusterNo.set(sub.id, `${i + 1}.${j + 1}`);
      });
  });
  const itemNo = new Map<number, string>();
  const groups = new Map<number | null, NumberedItem[]>();
  for (const it of items) {
    const key = it.clusterId !== null && clusterNo.has(it.clusterId) ? it.clusterId : null;
    groups.set(key, [...(groups.get(key) ?? []), it]);
  }
  for (const [cid, list] of groups) {
    const subs = cid === null ? 0 : (subCount.get(cid) ?? 0);
    const prefix =
      cid === null
        ? String(tops.length + 1)
        : subs
          ? `${clusterNo.get(cid)}.${subs + 1}`
          : clusterNo.get(cid)!;
    list.sort(byPos).forEach((it, k) => itemNo.set(it.id, `${prefix}.${k + 1}`));
  }
  return { clusterNo, itemNo };
}

/** Sorts numbers like 1.2, 1.10, 2 in reading order. */
export function compareNumbers(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d) return d;
  }
  return 0;
}
