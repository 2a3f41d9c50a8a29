import { and, asc, eq, inArray, isNull, max } from 'drizzle-orm';
import type { Db } from '../client';
import type { Cluster } from './draft';
import { changeItemIn, type Actor } from './versions';
import { clusters, items } from '../schema';

const siblingsWhere = (studyId: number, parentId: number | null) =>
  and(
    eq(clusters.studyId, studyId),
    parentId === null ? isNull(clusters.parentId) : eq(clusters.parentId, parentId),
  );

function nextPosition(db: Db, studyId: number, parentId: number | null): number {
  return (
    (db
      .select({ p: max(clusters.position) })
      .from(clusters)
      .where(siblingsWhere(studyId, parentId))
      .get()?.p ?? -1) + 1
  );
}

export function addCluster(db: Db, studyId: number, parentId: number | null, label: string): Cluster {
  const now = new Date();
  return db
    .insert(clusters)
    .values({
      studyId,
      parentId,
      label,
      position: nextPosition(db, studyId, parentId),
      createdAt: now,
      updatedAt: now,
    })
    .returning()
    .get();
}

export function renameCluster(db: Db, studyId: number, id: number, label: string): void {
  db.update(clusters)
    .set({ label, updatedAt: new Date() })
    .where(and(eq(clusters.studyId, studyId), eq(clusters.id, id)))
    .run();
}

/** Moves a cluster one place up (-1) or down (+1) among its siblings; positions are renumbered 0..n-1. */
export function moveCluster(db: Db, studyId: number, c: Cluster, dir: -1 | 1): boolean {
  return db.transaction((t) => {
    const tx = t as unknown as Db;
    const sibs = tx
      .select()
      .from(clusters)
      .where(siblingsWhere(studyId, c.parentId))
      .orderBy(asc(clusters.position), asc(clusters.id))
      .all();
    const i = sibs.findIndex((s) => s.id === c.id);
    const j = i + dir;
    if (i < 0 || j < 0 || j >= sibs.length) return false;
    [sibs[i], sibs[j]] = [sibs[j]!, sibs[i]!];
    sibs.forEach((s, k) => tx.update(clusters).set({ position: k }).where(eq(clusters.id, s.id)).run());
    return true;
  });
}

/** Re-records the items now under `clusterIds` (their readable cluster label changed) as version 'move'. */
function reversionItems(
  db: Db,
  studyId: number,
  where: { itemIds?: number[]; clusterIds?: number[] },
  target: number | undefined,
  actor: Actor,
) {
  const conds = [eq(items.studyId, studyId)];
  if (where.itemIds) conds.push(inArray(items.id, where.itemIds));
  if (where.clusterIds) conds.push(inArray(items.clusterId, where.clusterIds));
  const rows = db
    .select()
    .from(items)
    .where(and(...conds))
    .all();
  for (const r of rows) {
    changeItemIn(
      db,
      studyId,
      r.id,
      undefined,
      target === undefined ? {} : { clusterId: target },
      'move',
      actor,
    );
  }
  return rows.length;
}

/**
 * Merges `source` into `target` (same level): sub-aspects move under the target, items placed directly in the
 * source move to the target, then the source is removed. Each moved item gets a version.
 */
export function mergeClusters(
  db: Db,
  studyId: number,
  source: Cluster,
  target: Cluster,
  actor: Actor,
): number {
  return db.transaction((t) => {
    const tx = t as unknown as Db;
    const subs = tx
      .select()
      .from(clusters)
      .where(eq(clusters.parentId, source.id))
      .orderBy(asc(clusters.position))
      .all();
    let pos = nextPosition(tx, studyId, target.id);
    for (const s of subs)
      tx.update(clusters).set({ parentId: target.id, position: pos++ }).where(eq(clusters.id, s.id)).run();
    const reason = actor.reason ?? `cluster ${source.label} samengevoegd met ${target.label}`;
    let moved = reversionItems(tx, studyId, { clusterIds: [source.id] }, target.id, { ...actor, reason });
    if (subs.length)
      moved += reversionItems(tx, studyId, { clusterIds: subs.map((s) => s.id) }, undefined, {
        ...actor,
        reason,
      });
    tx.delete(clusters).where(eq(clusters.id, source.id)).run();
    return moved;
  });
}

/**
 * Splits a cluster: a new sibling (placed right after it) with `label` receives the chosen sub-aspects and
 * items. Chosen items end up directly in the new cluster.
 */
export function splitCluster(
  db: Db,
  studyId: number,
  source: Cluster,
  label: string,
  choice: { subIds: number[]; itemIds: number[] },
  actor: Actor,
): Cluster {
  return db.transaction((t) => {
    const tx = t as unknown as Db;
    const sibs = tx
      .select()
      .from(clusters)
      .where(siblingsWhere(studyId, source.parentId))
      .orderBy(asc(clusters.position), asc(clusters.id))
      .all();
    const fresh = addCluster(tx, studyId, source.parentId, label);
    const order = sibs.flatMap((s) => (s.id === source.id ? [s, fresh] : [s]));
    order.forEach((s, k) => tx.update(clusters).set({ position: k }).where(eq(clusters.id, s.id)).run());
    const subs = choice.subIds.length
      ? tx
          .select()
          .from(clusters)
          .where(and(eq(clusters.parentId, source.id), inArray(clusters.id, choice.subIds)))
          .all()
      : [];
    subs.forEach((s, k) =>
      tx.update(clusters).set({ parentId: fresh.id, position: k }).where(eq(clusters.id, s.id)).run(),
    );
    const reason = actor.reason ?? `cluster ${source.label} gesplitst; nieuw: ${label}`;
    if (subs.length)
      reversionItems(tx, studyId, { clusterIds: subs.map((s) => s.id) }, undefined, { ...actor, reason });
    const underSource = [
      source.id,
      ...tx
        .select({ id: clusters.id })
        .from(clusters)
        .where(eq(clusters.parentId, source.id))
        .all()
        .map((c) => c.id),
    ];
    const itemIds = choice.itemIds.length
      ? tx
          .select({ id: items.id })
          .from(items)
          .where(and(inArray(items.id, choice.itemIds), inArray(items.clusterId, underSource)))
          .all()
          .map((r) => r.id)
      : [];
    if (itemIds.length) reversionItems(tx, studyId, { itemIds }, fresh.id, { ...actor, reason });
    return fresh;
  });
}
