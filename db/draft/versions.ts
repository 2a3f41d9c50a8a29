import { and, eq, max } from 'drizzle-orm';
import type { Db } from '../client';
import type { Item } from './draft';
import { clusters, items, itemVersions, type ReasonCode, type ReasonParams } from '../schema';

export interface Actor {
  userId: number | null;
  /** What the researcher (or panellist) wrote. */
  reason?: string;
  /** Why the app made the version, as data rendered in the reader's language. */
  reasonCode?: ReasonCode;
  reasonParams?: ReasonParams;
  roundId?: number | null;
}

export type ItemPatch = Partial<
  Pick<Item, 'text' | 'clusterId' | 'phaseId' | 'status' | 'mergedInto' | 'position'>
>;

export type ChangeResult = { ok: true; item: Item } | { ok: false; current: Item | undefined };

/** "Cluster › Sub-aspect", so a version stays readable after clusters are renamed, merged or removed. */
export function clusterPath(db: Db, clusterId: number | null): string | null {
  if (clusterId === null) return null;
  const c = db.select().from(clusters).where(eq(clusters.id, clusterId)).get();
  if (!c) return null;
  if (c.parentId === null) return c.label;
  const parent = db.select({ label: clusters.label }).from(clusters).where(eq(clusters.id, c.parentId)).get();
  return parent ? `${parent.label} › ${c.label}` : c.label;
}

/** Appends the item's current state as its version `item.version`. */
export function recordVersion(db: Db, item: Item, action: string, actor: Actor): void {
  db.insert(itemVersions)
    .values({
      itemId: item.id,
      version: item.version,
      action,
      text: item.text,
      clusterId: item.clusterId,
      clusterLabel: clusterPath(db, item.clusterId),
      phaseId: item.phaseId,
      status: item.status,
      reason: actor.reason ?? '',
      reasonCode: actor.reasonCode ?? null,
      reasonParams: actor.reasonParams ?? null,
      roundId: actor.roundId ?? null,
      userId: actor.userId,
      at: new Date(),
    })
    .run();
}

/**
 * Changes an item and records the new version, in one transaction. With `expected` the change is refused
 * (ok: false, with the current row) when someone else saved a newer version in the meantime.
 */
export function changeItem(
  db: Db,
  studyId: number,
  id: number,
  expected: number | undefined,
  patch: ItemPatch,
  action: string,
  actor: Actor,
): ChangeResult {
  return db.transaction((tx) =>
    changeItemIn(tx as unknown as Db, studyId, id, expected, patch, action, actor),
  );
}

/** {@link changeItem} inside a transaction the caller already holds. */
export function changeItemIn(
  db: Db,
  studyId: number,
  id: number,
  expected: number | undefined,
  patch: ItemPatch,
  action: string,
  actor: Actor,
): ChangeResult {
  const current = db
    .select()
    .from(items)
    .where(and(eq(items.studyId, studyId), eq(items.id, id)))
    .get();
  if (!current || (expected !== undefined && current.version !== expected)) return { ok: false, current };
  const item = db
    .update(items)
    .set({ ...patch, version: current.version + 1, updatedAt: new Date() })
    .where(and(eq(items.id, id), eq(items.version, current.version)))
    .returning()
    .get();
  if (!item) return { ok: false, current };
  recordVersion(db, item, action, actor);
  return { ok: true, item };
}

export interface NewItem {
  text: string;
  clusterId: number | null;
  phaseId: string | null;
  origin: Item['origin'];
  position?: number;
}

/** Creates an item with its first version (action 'create'). */
export function insertItem(db: Db, studyId: number, input: NewItem, actor: Actor): Item {
  const now = new Date();
  const position = input.position ?? nextItemPosition(db, studyId, input.clusterId);
  const item = db
    .insert(items)
    .values({ ...input, position, studyId, status: 'active', version: 1, createdAt: now, updatedAt: now })
    .returning()
    .get();
  recordVersion(db, item, 'create', actor);
  return item;
}

export function nextItemPosition(db: Db, studyId: number, clusterId: number | null): number {
  const where =
    clusterId === null
      ? eq(items.studyId, studyId)
      : and(eq(items.studyId, studyId), eq(items.clusterId, clusterId));
  const row = db
    .select({ p: max(items.position) })
    .from(items)
    .where(where)
    .get();
  return (row?.p ?? -1) + 1;
}
