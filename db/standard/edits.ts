import type { CriteriaInput } from '../../src/standard';
import { appendAudit } from '../audit';
import type { Db } from '../client';
import {
  addItem,
  deleteItem,
  moveItem,
  renameCluster,
  updateItem,
  type StandardClusterRow,
  type StandardItemRow,
} from './items';

/**
 * A researcher's edits of a draft standard version: each runs the change from ./items and writes its audit
 * entry in the same transaction, so the log never records a change that was not kept or misses one that was.
 * The checks of ./items (draft only, place inside the version) throw StandardError before anything is written.
 */
export interface Editor {
  studyId: number;
  userId: number;
}

const log = (
  db: Db,
  by: Editor,
  entry: {
    action: string;
    entity?: string;
    entityId: number;
    summary: string;
    before?: unknown;
    after?: unknown;
  },
) => appendAudit(db, { studyId: by.studyId, userId: by.userId, entity: 'standard_item', ...entry });

/** What the audit entry of an item edit shows of the item before and after. */
const auditView = (x: StandardItemRow) => ({
  text: x.text,
  clusterId: x.clusterId,
  criterion: x.criterion,
  norm: `${x.normPercentage}% ${x.normUnit}`,
  source: x.evidenceSource,
  rubric: x.rubricLevels,
  explanation: x.explanation,
});

/** Saves an item's wording, place and criterion; undefined (nothing logged) when the item is not in the version. */
export function updateItemAudited(
  db: Db,
  by: Editor,
  versionId: number,
  before: StandardItemRow,
  input: CriteriaInput,
): StandardItemRow | undefined {
  return db.transaction((tx) => {
    const t = tx as unknown as Db;
    const after = updateItem(t, versionId, before.id, input);
    if (!after) return undefined;
    log(t, by, {
      action: 'standard.item.update',
      entityId: before.id,
      summary: after.text.slice(0, 120),
      before: auditView(before),
      after: auditView(after),
    });
    return after;
  });
}

/** Moves an item one place up or down within its sub-aspect; false (nothing logged) at the edge. */
export function moveItemAudited(
  db: Db,
  by: Editor,
  versionId: number,
  item: StandardItemRow,
  direction: 'up' | 'down',
): boolean {
  return db.transaction((tx) => {
    const t = tx as unknown as Db;
    if (!moveItem(t, versionId, item.id, direction)) return false;
    log(t, by, {
      action: 'standard.item.move',
      entityId: item.id,
      summary: `${direction}: ${item.text.slice(0, 100)}`,
    });
    return true;
  });
}

export function deleteItemAudited(db: Db, by: Editor, versionId: number, item: StandardItemRow): void {
  db.transaction((tx) => {
    const t = tx as unknown as Db;
    deleteItem(t, versionId, item.id);
    log(t, by, {
      action: 'standard.item.delete',
      entityId: item.id,
      summary: item.text.slice(0, 120),
      before: { text: item.text, criterion: item.criterion },
    });
  });
}

/** Adds an item at the end of a sub-aspect. */
export function addItemAudited(
  db: Db,
  by: Editor,
  versionId: number,
  subAspectId: number,
  text: string,
  phaseId: string | null,
): StandardItemRow {
  return db.transaction((tx) => {
    const t = tx as unknown as Db;
    const added = addItem(t, versionId, subAspectId, text, phaseId);
    log(t, by, { action: 'standard.item.create', entityId: added.id, summary: added.text.slice(0, 120) });
    return added;
  });
}

/** Renames a cluster or sub-aspect; undefined (nothing logged) when it is not part of the version. */
export function renameClusterAudited(
  db: Db,
  by: Editor,
  versionId: number,
  clusterId: number,
  label: string,
): StandardClusterRow | undefined {
  return db.transaction((tx) => {
    const t = tx as unknown as Db;
    const row = renameCluster(t, versionId, clusterId, label);
    if (!row) return undefined;
    log(t, by, {
      action: 'standard.cluster.rename',
      entity: 'standard_cluster',
      entityId: clusterId,
      summary: label,
    });
    return row;
  });
}
