import { appendAudit, type AuditEntry } from '../audit';
import type { Db } from '../client';
import { findCluster, findItems, type Cluster, type Item, type Suggestion } from './draft';
import { addCluster, mergeClusters, moveCluster, renameCluster, splitCluster } from './clusters';
import { mergeItems, splitItem, type MergeResult } from './items';
import { acceptSuggestion, rejectSuggestion } from './proposal';
import { changeItemIn, insertItem, type ChangeResult } from './versions';

/*
 * The researcher's edits of the draft. Each is one function and one transaction that writes the change, the
 * item versions it makes and its audit entry together: when any part fails, nothing is stored. The building
 * blocks they use (insertItem, mergeItems, addCluster …) stay unaudited for the demo and the round processing,
 * which log in their own way.
 */

const inTx = <T>(db: Db, fn: (tx: Db) => T): T => db.transaction((t) => fn(t as unknown as Db));
const log = (tx: Db, studyId: number, userId: number, e: Omit<AuditEntry, 'studyId' | 'userId'>) =>
  appendAudit(tx, { studyId, userId, ...e });

export interface Placement {
  clusterId: number | null;
  phaseId: string | null;
}

/** Adds an item written by hand (origin 'manual'), with its first version and the audit entry. */
export function createItem(db: Db, studyId: number, text: string, at: Placement, userId: number): Item {
  return inTx(db, (tx) => {
    const item = insertItem(
      tx,
      studyId,
      { text, ...at, origin: 'manual' },
      { userId, reason: 'met de hand toegevoegd' },
    );
    log(tx, studyId, userId, { action: 'item.create', entity: 'item', entityId: item.id, summary: text });
    return item;
  });
}

/** `moved`: the item is in another cluster now (its row belongs elsewhere on the page). */
export type SaveResult =
  { ok: true; action?: 'edit' | 'move'; moved: boolean } | { ok: false; current: Item | undefined };

/**
 * Saves an item's wording, cluster and phase as one version: 'edit' when the wording changed, 'move' when only
 * its place or phase did, nothing when nothing changed. Refused (ok: false, with the current row) when the item
 * is no longer at version `expected`.
 */
export function saveItem(
  db: Db,
  studyId: number,
  item: Item,
  expected: number,
  next: { text: string } & Placement,
  userId: number,
  reason: string,
): SaveResult {
  const moved = next.clusterId !== item.clusterId;
  const action =
    next.text !== item.text ? 'edit' : moved || next.phaseId !== item.phaseId ? 'move' : undefined;
  if (!action) return { ok: true, moved };
  return inTx(db, (tx) => {
    const res = changeItemIn(tx, studyId, item.id, expected, next, action, { userId, reason });
    if (!res.ok) return res;
    log(tx, studyId, userId, {
      action: `item.${action}`,
      entity: 'item',
      entityId: item.id,
      summary: next.text,
      before: { text: item.text, clusterId: item.clusterId, phaseId: item.phaseId },
      after: next,
    });
    return { ok: true, action, moved };
  });
}

/** Splits an item into `parts` (see {@link splitItem}) and logs the old and new wordings. */
export function splitDraftItem(
  db: Db,
  studyId: number,
  item: Item,
  expected: number,
  parts: readonly string[],
  assign: ReadonlyMap<number, number>,
  userId: number,
  reason: string,
) {
  return inTx(db, (tx) => {
    const res = splitItem(tx, studyId, item.id, expected, parts, assign, { userId, reason });
    if (res.ok)
      log(tx, studyId, userId, {
        action: 'item.split',
        entity: 'item',
        entityId: item.id,
        summary: `${item.text} → ${parts.join(' | ')}`,
      });
    return res;
  });
}

/**
 * Merges the items in `versions` into `targetId` (see {@link mergeItems}), which gets `text` or, when that is
 * empty, keeps its wording; logs which went where. Refused (needsTwo) without two items or without the target.
 */
export function mergeDraftItems(
  db: Db,
  studyId: number,
  targetId: number,
  versions: ReadonlyMap<number, number>,
  text: string,
  userId: number,
  reason: string,
): MergeResult | { ok: false; needsTwo: true } {
  return inTx(db, (tx) => {
    const kept = findItems(tx, studyId, [targetId])[0];
    if (!kept || versions.size < 2) return { ok: false, needsTwo: true };
    const res = mergeItems(tx, studyId, targetId, versions, text || kept.text, { userId, reason });
    if (res.ok) {
      const others = [...versions.keys()].filter((i) => i !== targetId).map((i) => `#${i}`);
      log(tx, studyId, userId, {
        action: 'item.merge',
        entity: 'item',
        entityId: targetId,
        summary: `${others.join(', ')} → #${targetId}: ${res.target.text}`,
      });
    }
    return res;
  });
}

/** Deletes an active item (status 'deleted', so it can be restored); the reason goes into version and log. */
export function deleteItem(
  db: Db,
  studyId: number,
  item: Item,
  expected: number,
  userId: number,
  reason: string,
): ChangeResult {
  if (item.status !== 'active') return { ok: false, current: item };
  return inTx(db, (tx) => {
    const res = changeItemIn(tx, studyId, item.id, expected, { status: 'deleted' }, 'delete', {
      userId,
      reason,
    });
    if (res.ok)
      log(tx, studyId, userId, {
        action: 'item.delete',
        entity: 'item',
        entityId: item.id,
        summary: `${item.text} (${reason})`,
      });
    return res;
  });
}

/** Brings a deleted item back. */
export function restoreItem(
  db: Db,
  studyId: number,
  item: Item,
  expected: number,
  userId: number,
): ChangeResult {
  if (item.status !== 'deleted') return { ok: false, current: item };
  return inTx(db, (tx) => {
    const res = changeItemIn(tx, studyId, item.id, expected, { status: 'active' }, 'restore', { userId });
    if (res.ok)
      log(tx, studyId, userId, {
        action: 'item.restore',
        entity: 'item',
        entityId: item.id,
        summary: item.text,
      });
    return res;
  });
}

const clusterLog = (
  tx: Db,
  studyId: number,
  userId: number,
  action: string,
  id: number,
  summary: string,
  before?: unknown,
  after?: unknown,
) => log(tx, studyId, userId, { action, entity: 'cluster', entityId: id, summary, before, after });

/** Adds a cluster, or a sub-aspect when `parentId` names a top-level cluster of the study (otherwise top level). */
export function createCluster(
  db: Db,
  studyId: number,
  parentId: number | undefined,
  label: string,
  userId: number,
): Cluster {
  return inTx(db, (tx) => {
    const parent = parentId === undefined ? undefined : findCluster(tx, studyId, parentId);
    const cl = addCluster(tx, studyId, parent?.parentId === null ? parent.id : null, label);
    clusterLog(tx, studyId, userId, 'cluster.create', cl.id, label);
    return cl;
  });
}

export function relabelCluster(db: Db, studyId: number, cl: Cluster, label: string, userId: number): void {
  inTx(db, (tx) => {
    renameCluster(tx, studyId, cl.id, label);
    clusterLog(
      tx,
      studyId,
      userId,
      'cluster.rename',
      cl.id,
      `${cl.label} → ${label}`,
      { label: cl.label },
      { label },
    );
  });
}

/** Moves a cluster one place up (-1) or down (+1); logged only when it moved. */
export function shiftCluster(db: Db, studyId: number, cl: Cluster, dir: -1 | 1, userId: number): boolean {
  return inTx(db, (tx) => {
    const moved = moveCluster(tx, studyId, cl, dir);
    if (moved) clusterLog(tx, studyId, userId, 'cluster.move', cl.id, `${cl.label} ${dir < 0 ? '↑' : '↓'}`);
    return moved;
  });
}

/**
 * Merges `cl` into the cluster `targetId` of the same level (see {@link mergeClusters}). Returns the target, or
 * undefined (nothing changed) when it is not another cluster of the study at the same level.
 */
export function mergeClusterInto(
  db: Db,
  studyId: number,
  cl: Cluster,
  targetId: number | undefined,
  userId: number,
): Cluster | undefined {
  return inTx(db, (tx) => {
    const target = targetId === undefined ? undefined : findCluster(tx, studyId, targetId);
    if (!target || target.id === cl.id || (target.parentId === null) !== (cl.parentId === null))
      return undefined;
    const moved = mergeClusters(tx, studyId, cl, target, { userId });
    clusterLog(
      tx,
      studyId,
      userId,
      'cluster.merge',
      target.id,
      `${cl.label} → ${target.label} (${moved} items)`,
      { source: cl.id, label: cl.label },
      { target: target.id },
    );
    return target;
  });
}

/** Splits the chosen sub-aspects and items off into a new sibling cluster (see {@link splitCluster}). */
export function splitClusterOff(
  db: Db,
  studyId: number,
  cl: Cluster,
  label: string,
  choice: { subIds: number[]; itemIds: number[] },
  userId: number,
): Cluster {
  return inTx(db, (tx) => {
    const fresh = splitCluster(tx, studyId, cl, label, choice, { userId });
    clusterLog(
      tx,
      studyId,
      userId,
      'cluster.split',
      cl.id,
      `${cl.label} → ${cl.label} + ${label}`,
      undefined,
      {
        newCluster: fresh.id,
        ...choice,
      },
    );
    return fresh;
  });
}

/** Accepts an open suggestion into the draft (see {@link acceptSuggestion}) and logs it. */
export function acceptDraftSuggestion(
  db: Db,
  s: Suggestion,
  clusterId: number | null,
  userId: number,
): Item | undefined {
  return inTx(db, (tx) => {
    const item = acceptSuggestion(tx, s, clusterId, { userId });
    if (item)
      log(tx, s.studyId, userId, {
        action: 'suggestion.accept',
        entity: 'item',
        entityId: item.id,
        summary: s.text,
      });
    return item;
  });
}

/** Rejects an open suggestion and logs it; false when it was no longer open. */
export function rejectDraftSuggestion(db: Db, s: Suggestion, userId: number): boolean {
  return inTx(db, (tx) => {
    const done = rejectSuggestion(tx, s.id);
    if (done)
      log(tx, s.studyId, userId, {
        action: 'suggestion.reject',
        entity: 'suggestion',
        entityId: s.id,
        summary: s.text,
      });
    return done;
  });
}
