import { sqliteTable, text, integer, index, real, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { users } from './accounts';
import { studies } from './studies';
import { CRITICALITY_CLASSES, EVIDENCE_SOURCES } from '../../src/domain';

/** A version of the agreed standard. Adopted versions are frozen (also by database triggers). */
export const standardVersions = sqliteTable(
  'standard_versions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    studyId: integer('study_id')
      .notNull()
      .references(() => studies.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    status: text('status', { enum: ['draft', 'adopted'] })
      .notNull()
      .default('draft'),
    basedOnId: integer('based_on_id').references((): AnySQLiteColumn => standardVersions.id),
    note: text('note').notNull().default(''),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    adoptedBy: integer('adopted_by').references(() => users.id),
    adoptedAt: integer('adopted_at', { mode: 'timestamp_ms' }),
    /** Warnings of the adoption checklist the researcher confirmed when adopting (codes and counts). */
    adoptionConfirmed: text('adoption_confirmed', { mode: 'json' }).$type<
      { code: string; count: number }[]
    >(),
    /**
     * The records the handbook is generated from, as they were at adoption (JSON of `HandbookRecords`), so the
     * adopted handbook reads the same whatever happens in the study afterwards.
     */
    handbookRecords: text('handbook_records', { mode: 'json' }).$type<unknown>(),
  },
  (t) => [index('standard_versions_study_idx').on(t.studyId, t.number)],
);

/** Clusters and sub-aspects of one standard version (parentId set for sub-aspects). */
export const standardClusters = sqliteTable('standard_clusters', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  versionId: integer('version_id')
    .notNull()
    .references(() => standardVersions.id, { onDelete: 'cascade' }),
  parentId: integer('parent_id').references((): AnySQLiteColumn => standardClusters.id, {
    onDelete: 'cascade',
  }),
  position: integer('position').notNull(),
  label: text('label').notNull(),
  /** Stable identity across versions, for the diff. */
  lineage: text('lineage').notNull(),
});

export { CRITICALITY_CLASSES, EVIDENCE_SOURCES } from '../../src/domain';

/** One standard item with its criterion and norm; `lineage` links the same item across versions for the diff. */
export const standardItems = sqliteTable(
  'standard_items',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    versionId: integer('version_id')
      .notNull()
      .references(() => standardVersions.id, { onDelete: 'cascade' }),
    clusterId: integer('cluster_id').references(() => standardClusters.id),
    lineage: text('lineage').notNull(),
    sourceItemId: integer('source_item_id'),
    position: integer('position').notNull(),
    text: text('text').notNull(),
    phaseId: text('phase_id'),
    criterion: text('criterion').notNull().default(''),
    normPercentage: integer('norm_percentage'),
    /** The team stated explicitly that this criterion has no norm ("geen norm"). */
    noNorm: integer('no_norm', { mode: 'boolean' }).notNull().default(false),
    normUnit: text('norm_unit').notNull().default('dossiers'),
    evidenceSource: text('evidence_source', { enum: EVIDENCE_SOURCES }).notNull().default('dossier'),
    rubricLevels: text('rubric_levels', { mode: 'json' }).$type<string[]>().notNull().default([]),
    explanation: text('explanation').notNull().default(''),
    importanceMedian: real('importance_median'),
    frequencyMedian: real('frequency_median'),
    criticality: real('criticality'),
    criticalityClass: text('criticality_class', { enum: CRITICALITY_CLASSES }),
  },
  (t) => [index('standard_items_version_idx').on(t.versionId, t.position)],
);
