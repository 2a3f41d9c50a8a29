import { and, asc, eq, gt, lt, desc, sql } from 'drizzle-orm';
import type { CriteriaInput } from '../../src/standard';
import type { Db } from '../client';
import { standardClusters, standardItems } from '../schema';
import { assertDraft, newLineage } from './standard';
import { StandardError } from './errors';

export type StandardClusterRow = typeof standardClusters.$inferSelect;
export type StandardItemRow = typeof standardItems.$inferSelect;

/** Clusters (parents first) and items of one version, in position order. */
export function loadVersionContent(db: Db, versionId: number) {
  const clusters = db
    .select()
    .from(standardClusters)
    .where(eq(standardClusters.versionId, versionId))
    .orderBy(asc(standardClusters.position), asc(standardClusters.id))
    .all();
  const items = db
    .select()
    .from(standardItems)
    .where(eq(standardItems.versionId, versionId))
    .orderBy(asc(standardItems.position), asc(standardItems.id))
    .all();
  return { clusters, items };
}

export function findItem(db: Db, versionId: number, itemId: number): StandardItemRow | undefined {
  return db
    .select()
    .from(standardItems)
    .where(and(eq(standardItems.versionId, versionId), eq(standardItems.id, itemId)))
    .get();
}

function subAspectOf(db: Db, versionId: number, clusterId: number): StandardClusterRow {
  const c = db
    .select()
    .from(standardClusters)
    .where(and(eq(standardClusters.versionId, versionId), eq(standardClusters.id, clusterId)))
    .get();
  if (!c) throw new StandardError('empty', `Cluster ${clusterId} is not part of this version.`);
  return c;
}

/** Saves wording, placement and criterion fields of one item of a draft version. */
export function updateItem(
  db: Db,
  versionId: number,
  itemId: number,
  input: CriteriaInput,
): StandardItemRow | undefined {
  assertDraft(db, versionId);
  subAspectOf(db, versionId, input.subAspectId);
  const { subAspectId, ...fields } = input;
  return db
    .update(standardItems)
    .set({ ...fields, clusterId: subAspectId })
    .where(and(eq(standardItems.versionId, versionId), eq(standardItems.id, itemId)))
    .returning()
    .get();
}

/** Swaps an item with its neighbour within the same cluster or sub-aspect. Returns false at the edge. */
export function moveItem(db: Db, versionId: number, itemId: number, direction: 'up' | 'down'): boolean {
  assertDraft(db, versionId);
  const item = findItem(db, versionId, itemId);
  if (!item) return false;
  const sameCluster =
    item.clusterId === null
      ? sql`${standardItems.clusterId} is null`
      : eq(standardItems.clusterId, item.clusterId);
  const neighbour = db
    .select()
    .from(standardItems)
    .where(
      and(
        eq(standardItems.versionId, versionId),
        sameCluster,
        direction === 'up'
          ? lt(standardItems.position, item.position)
          : gt(standardItems.position, item.position),
      ),
    )
    .orderBy(direction === 'up' ? desc(standardItems.position) : asc(standardItems.position))
    .limit(1)
    .get();
  if (!neighbour) return false;
  db.transaction((tx) => {
    tx.update(standardItems).set({ position: neighbour.position }).where(eq(standardItems.id, item.id)).run();
    tx.update(standardItems).set({ position: item.position }).where(eq(standardItems.id, neighbour.id)).run();
  });
  return true;
}

/** Adds an item (with a new lineage) at the end of a sub-aspect of a draft version. */
export function addItem(
  db: Db,
  versionId: number,
  subAspectId: number,
  text: string,
  phaseId: string | null,
): StandardItemRow {
  assertDraft(db, versionId);
  subAspectOf(db, versionId, subAspectId);
  const max = db
    .select({ p: sql<number>`coalesce(max(${standardItems.position}), 0)` })
    .from(standardItems)
    .where(eq(standardItems.versionId, versionId))
    .get();
  return db
    .insert(standardItems)
    .values({
      versionId,
      clusterId: subAspectId,
      lineage: newLineage('item'),
      position: (max?.p ?? 0) + 1,
      text,
      phaseId,
    })
    .returning()
    .get();
}

export function deleteItem(db: Db, versionId: number, itemId: number): boolean {
  assertDraft(db, versionId);
  return (
    db
      .delete(standardItems)
      .where(and(eq(standardItems.versionId, versionId), eq(standardItems.id, itemId)))
      .run().changes === 1
  );
}

/** Renames a cluster or sub-aspect of a draft version; its lineage stays, so the diff does not see a new one. */
export function renameCluster(
  db: Db,
  versionId: number,
  clusterId: number,
  label: string,
): StandardClusterRow | undefined {
  assertDraft(db, versionId);
  return db
    .update(standardClusters)
    .set({ label })
    .where(and(eq(standardClusters.versionId, versionId), eq(standardClusters.id, clusterId)))
    .returning()
    .get();
}
