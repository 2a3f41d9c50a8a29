import {
  sqliteTable,
  text,
  integer,
  index,
  uniqueIndex,
  type AnySQLiteColumn,
} from 'drizzle-orm/sqlite-core';
import { users } from './accounts';
import { cases } from './cases';
import { studies } from './studies';
import { ITEM_ORIGINS, ITEM_STATUSES, REASON_CODES, type ReasonParams } from '../../src/domain';

/**
 * Rubric clusters of the draft standard: a row without parent is a cluster, a row with a parent is one of its
 * sub-aspects. Numbers (1, 1.2) are derived from positions, never stored.
 */
export const clusters = sqliteTable(
  'clusters',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    studyId: integer('study_id')
      .notNull()
      .references(() => studies.id, { onDelete: 'cascade' }),
    parentId: integer('parent_id').references((): AnySQLiteColumn => clusters.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    label: text('label').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('clusters_study_idx').on(t.studyId, t.parentId, t.position)],
);

export {
  ITEM_ORIGINS,
  ITEM_STATUSES,
  REASON_CODES,
  type ReasonCode,
  type ReasonParams,
} from '../../src/domain';

/** A draft item: one activity in behavioural terms. `version` counts its versions, for optimistic locking. */
export const items = sqliteTable(
  'items',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    studyId: integer('study_id')
      .notNull()
      .references(() => studies.id, { onDelete: 'cascade' }),
    /** A cluster or a sub-aspect; null while unclustered. */
    clusterId: integer('cluster_id').references(() => clusters.id, { onDelete: 'set null' }),
    phaseId: text('phase_id'),
    text: text('text').notNull(),
    position: integer('position').notNull().default(0),
    status: text('status', { enum: ITEM_STATUSES }).notNull().default('active'),
    mergedInto: integer('merged_into').references((): AnySQLiteColumn => items.id),
    origin: text('origin', { enum: ITEM_ORIGINS }).notNull().default('extracted'),
    version: integer('version').notNull().default(1),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('items_study_idx').on(t.studyId, t.status), index('items_cluster_idx').on(t.clusterId)],
);

/** Every change to an item, append-only: the history shows how its wording evolved across rounds. */
export const itemVersions = sqliteTable(
  'item_versions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    itemId: integer('item_id')
      .notNull()
      .references(() => items.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    action: text('action').notNull(),
    text: text('text').notNull(),
    clusterId: integer('cluster_id'),
    /** Cluster and sub-aspect labels at the time, so history stays readable after clusters change. */
    clusterLabel: text('cluster_label'),
    phaseId: text('phase_id'),
    status: text('status', { enum: ITEM_STATUSES }).notNull(),
    /** What a person wrote; a generated reason is `reasonCode` with `reasonParams`, never a sentence here. */
    reason: text('reason').notNull().default(''),
    reasonCode: text('reason_code', { enum: REASON_CODES }),
    reasonParams: text('reason_params', { mode: 'json' }).$type<ReasonParams>(),
    /** Set when the change came from processing a panel round. */
    roundId: integer('round_id'),
    userId: integer('user_id').references(() => users.id),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [uniqueIndex('item_versions_item_version_idx').on(t.itemId, t.version)],
);

/** Evidence: the span in a stored (pseudonymised) case text that an item came from. */
export const itemEvidence = sqliteTable(
  'item_evidence',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    itemId: integer('item_id')
      .notNull()
      .references(() => items.id, { onDelete: 'cascade' }),
    caseId: integer('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    start: integer('start').notNull(),
    end: integer('end').notNull(),
  },
  (t) => [
    index('item_evidence_item_idx').on(t.itemId),
    index('item_evidence_case_idx').on(t.caseId),
    uniqueIndex('item_evidence_span_idx').on(t.itemId, t.caseId, t.start, t.end),
  ],
);

/** Proposals from re-running extraction after new cases: new items or new evidence, never applied silently. */
export const suggestions = sqliteTable(
  'suggestions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    studyId: integer('study_id')
      .notNull()
      .references(() => studies.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['new-item', 'new-evidence'] }).notNull(),
    itemId: integer('item_id').references(() => items.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    phaseId: text('phase_id'),
    evidence: text('evidence', { mode: 'json' })
      .$type<{ caseId: number; start: number; end: number }[]>()
      .notNull(),
    status: text('status', { enum: ['open', 'accepted', 'rejected'] })
      .notNull()
      .default('open'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('suggestions_study_idx').on(t.studyId, t.status)],
);
