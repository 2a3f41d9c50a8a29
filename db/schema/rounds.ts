import { sqliteTable, text, integer, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { users } from './accounts';
import { panellists } from './panel';
import { studies } from './studies';

import { ROUND_KINDS } from '../../src/domain';

export { ROUND_KINDS, type RoundKind } from '../../src/domain';

export const rounds = sqliteTable(
  'rounds',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    studyId: integer('study_id')
      .notNull()
      .references(() => studies.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    kind: text('kind', { enum: ROUND_KINDS }).notNull(),
    /** What is put to the panel: draft items, or the criteria of a standard version. */
    subject: text('subject', { enum: ['items', 'criteria'] })
      .notNull()
      .default('items'),
    standardVersionId: integer('standard_version_id'),
    title: text('title').notNull(),
    instructions: text('instructions').notNull().default(''),
    opensAt: text('opens_at'),
    closesAt: text('closes_at'),
    status: text('status', { enum: ['draft', 'open', 'closed'] })
      .notNull()
      .default('draft'),
    openedAt: integer('opened_at', { mode: 'timestamp_ms' }),
    closedAt: integer('closed_at', { mode: 'timestamp_ms' }),
    /** Whether review rounds also ask relevance on a 4-point scale (for content-validity indices). */
    askRelevance: integer('ask_relevance', { mode: 'boolean' }).notNull().default(false),
    reminderTemplate: text('reminder_template').notNull().default(''),
    /** Subject and body of the invitation sent (or exported for mail merge) when the round opens; '' = default. */
    invitationTemplate: text('invitation_template').notNull().default(''),
    /**
     * Hours after closing during which an answer to a page shown while the round was open is still kept (marked
     * late); 0 = none. Never once decisions on the round were taken.
     */
    graceHours: integer('grace_hours').notNull().default(0),
    /** Feedback in the next rating round also per stakeholder group (groups with fewer than 3 ratings are pooled). */
    feedbackByGroup: integer('feedback_by_group', { mode: 'boolean' }).notNull().default(false),
    /** The draft items (or standard items) chosen for this round before it opens; null = the default choice. */
    selectedRefIds: text('selected_ref_ids', { mode: 'json' }).$type<number[]>(),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [uniqueIndex('rounds_number_idx').on(t.studyId, t.number)],
);

/**
 * The frozen snapshot of what panellists of a round see: wording, order and clustering at opening time.
 * `refKind`/`refId` point at the draft item (or standard item, for criteria rounds) it was taken from.
 */
export const roundItems = sqliteTable(
  'round_items',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    roundId: integer('round_id')
      .notNull()
      .references(() => rounds.id, { onDelete: 'cascade' }),
    refKind: text('ref_kind', { enum: ['item', 'criterion'] })
      .notNull()
      .default('item'),
    refId: integer('ref_id').notNull(),
    refVersion: integer('ref_version').notNull(),
    position: integer('position').notNull(),
    number: text('number').notNull(),
    text: text('text').notNull(),
    /** For criteria rounds: the item text the criterion belongs to, shown as context. */
    context: text('context').notNull().default(''),
    phaseId: text('phase_id'),
    clusterNumber: text('cluster_number').notNull().default(''),
    clusterLabel: text('cluster_label').notNull().default(''),
    subAspectNumber: text('sub_aspect_number'),
    subAspectLabel: text('sub_aspect_label'),
  },
  (t) => [index('round_items_round_idx').on(t.roundId, t.position)],
);

/** Snapshot of the clusters asked about in a coverage round (and used to page review/rating rounds). */
export const roundClusters = sqliteTable(
  'round_clusters',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    roundId: integer('round_id')
      .notNull()
      .references(() => rounds.id, { onDelete: 'cascade' }),
    clusterId: integer('cluster_id'),
    position: integer('position').notNull(),
    number: text('number').notNull(),
    label: text('label').notNull(),
    summary: text('summary').notNull().default(''),
  },
  (t) => [index('round_clusters_round_idx').on(t.roundId, t.position)],
);

/** One row per invited panellist: invited at opening, started at first answer, completed at "afronden". */
export const participations = sqliteTable(
  'participations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    roundId: integer('round_id')
      .notNull()
      .references(() => rounds.id, { onDelete: 'cascade' }),
    panellistId: integer('panellist_id')
      .notNull()
      .references(() => panellists.id, { onDelete: 'cascade' }),
    invitedAt: integer('invited_at', { mode: 'timestamp_ms' }).notNull(),
    startedAt: integer('started_at', { mode: 'timestamp_ms' }),
    completedAt: integer('completed_at', { mode: 'timestamp_ms' }),
    lastReminderAt: integer('last_reminder_at', { mode: 'timestamp_ms' }),
    /** Fully answered items (clusters in a coverage round); kept by triggers on the answer tables. */
    answered: integer('answered').notNull().default(0),
  },
  (t) => [uniqueIndex('participations_idx').on(t.roundId, t.panellistId)],
);

/**
 * Rating answers: one row per item and panellist with both dimensions. A null value with `…CannotJudge`
 * means "kan ik niet beoordelen"; null without it means not answered.
 */
export const ratingAnswers = sqliteTable(
  'rating_answers',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    roundId: integer('round_id')
      .notNull()
      .references(() => rounds.id, { onDelete: 'cascade' }),
    roundItemId: integer('round_item_id')
      .notNull()
      .references(() => roundItems.id, { onDelete: 'cascade' }),
    panellistId: integer('panellist_id')
      .notNull()
      .references(() => panellists.id, { onDelete: 'cascade' }),
    importance: integer('importance'),
    importanceCannotJudge: integer('importance_cannot_judge', { mode: 'boolean' }).notNull().default(false),
    frequency: integer('frequency'),
    frequencyCannotJudge: integer('frequency_cannot_judge', { mode: 'boolean' }).notNull().default(false),
    comment: text('comment').notNull().default(''),
    /** "Principieel bezwaar": the dissent register. */
    dissent: integer('dissent', { mode: 'boolean' }).notNull().default(false),
    dissentReason: text('dissent_reason').notNull().default(''),
    late: integer('late', { mode: 'boolean' }).notNull().default(false),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [
    uniqueIndex('rating_answers_idx').on(t.roundItemId, t.panellistId),
    index('rating_answers_round_idx').on(t.roundId),
  ],
);

/** Review answers: keep / reformulate (with proposed wording) / remove (with reason), and how it was processed. */
export const reviewAnswers = sqliteTable(
  'review_answers',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    roundId: integer('round_id')
      .notNull()
      .references(() => rounds.id, { onDelete: 'cascade' }),
    roundItemId: integer('round_item_id')
      .notNull()
      .references(() => roundItems.id, { onDelete: 'cascade' }),
    panellistId: integer('panellist_id')
      .notNull()
      .references(() => panellists.id, { onDelete: 'cascade' }),
    verdict: text('verdict', { enum: ['keep', 'reformulate', 'remove'] }),
    proposal: text('proposal').notNull().default(''),
    reason: text('reason').notNull().default(''),
    comment: text('comment').notNull().default(''),
    /** Optional relevance 1–4 for content validity (I-CVI). */
    relevance: integer('relevance'),
    late: integer('late', { mode: 'boolean' }).notNull().default(false),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
    processedAt: integer('processed_at', { mode: 'timestamp_ms' }),
    processedBy: integer('processed_by').references(() => users.id),
    outcome: text('outcome', { enum: ['accepted', 'rejected', 'merged'] }),
    outcomeReason: text('outcome_reason').notNull().default(''),
  },
  (t) => [uniqueIndex('review_answers_idx').on(t.roundItemId, t.panellistId)],
);

/** New activities a panellist misses, per cluster or phase (review rounds). */
export const proposedActivities = sqliteTable(
  'proposed_activities',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    roundId: integer('round_id')
      .notNull()
      .references(() => rounds.id, { onDelete: 'cascade' }),
    panellistId: integer('panellist_id')
      .notNull()
      .references(() => panellists.id, { onDelete: 'cascade' }),
    roundClusterId: integer('round_cluster_id').references(() => roundClusters.id),
    phaseId: text('phase_id'),
    text: text('text').notNull(),
    late: integer('late', { mode: 'boolean' }).notNull().default(false),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    processedAt: integer('processed_at', { mode: 'timestamp_ms' }),
    processedBy: integer('processed_by').references(() => users.id),
    outcome: text('outcome', { enum: ['accepted', 'rejected', 'merged'] }),
    outcomeReason: text('outcome_reason').notNull().default(''),
    resultItemId: integer('result_item_id'),
  },
  (t) => [index('proposed_activities_round_idx').on(t.roundId)],
);

export const coverageAnswers = sqliteTable(
  'coverage_answers',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    roundId: integer('round_id')
      .notNull()
      .references(() => rounds.id, { onDelete: 'cascade' }),
    roundClusterId: integer('round_cluster_id')
      .notNull()
      .references(() => roundClusters.id, { onDelete: 'cascade' }),
    panellistId: integer('panellist_id')
      .notNull()
      .references(() => panellists.id, { onDelete: 'cascade' }),
    verdict: text('verdict', { enum: ['yes', 'partly', 'no'] }),
    missing: text('missing').notNull().default(''),
    late: integer('late', { mode: 'boolean' }).notNull().default(false),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [uniqueIndex('coverage_answers_idx').on(t.roundClusterId, t.panellistId)],
);

/** Member check: a round summary published to the panel, and each panellist's "klopt" or comment. */
export const memberChecks = sqliteTable('member_checks', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  roundId: integer('round_id')
    .notNull()
    .references(() => rounds.id, { onDelete: 'cascade' }),
  summary: text('summary').notNull(),
  publishedAt: integer('published_at', { mode: 'timestamp_ms' }).notNull(),
  publishedBy: integer('published_by').references(() => users.id),
});

export const memberCheckResponses = sqliteTable(
  'member_check_responses',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    memberCheckId: integer('member_check_id')
      .notNull()
      .references(() => memberChecks.id, { onDelete: 'cascade' }),
    panellistId: integer('panellist_id')
      .notNull()
      .references(() => panellists.id, { onDelete: 'cascade' }),
    agrees: integer('agrees', { mode: 'boolean' }).notNull(),
    comment: text('comment').notNull().default(''),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [uniqueIndex('member_check_responses_idx').on(t.memberCheckId, t.panellistId)],
);

export const reminders = sqliteTable('reminders', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  roundId: integer('round_id')
    .notNull()
    .references(() => rounds.id, { onDelete: 'cascade' }),
  panellistId: integer('panellist_id')
    .notNull()
    .references(() => panellists.id, { onDelete: 'cascade' }),
  channel: text('channel', { enum: ['email', 'csv', 'copy'] }).notNull(),
  sentAt: integer('sent_at', { mode: 'timestamp_ms' }).notNull(),
  error: text('error'),
});
