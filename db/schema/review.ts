import { sqliteTable, text, integer, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { studies } from './studies';
import { standardItems, standardVersions } from './standard';

import { REVIEW_MODES, REVIEW_SCORES } from '../../src/domain';

export { REVIEW_MODES, REVIEW_SCORES } from '../../src/domain';

/**
 * A peer-review round (toetsingsronde) on one adopted standard version. `clusterIds` are the top-level clusters
 * reviewed (empty = all); `reviewersPerPractitioner` is how many colleagues score each dossier.
 */
export const reviewRounds = sqliteTable(
  'review_rounds',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    studyId: integer('study_id')
      .notNull()
      .references(() => studies.id, { onDelete: 'cascade' }),
    versionId: integer('version_id')
      .notNull()
      .references(() => standardVersions.id),
    number: integer('number').notNull(),
    title: text('title').notNull(),
    startsOn: text('starts_on'),
    endsOn: text('ends_on'),
    clusterIds: text('cluster_ids', { mode: 'json' }).$type<number[]>().notNull().default([]),
    sampleSize: integer('sample_size').notNull().default(3),
    mode: text('mode', { enum: REVIEW_MODES }).notNull().default('rotating'),
    reviewersPerPractitioner: integer('reviewers_per_practitioner').notNull().default(1),
    status: text('status', { enum: ['open', 'closed'] })
      .notNull()
      .default('open'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    closedAt: integer('closed_at', { mode: 'timestamp_ms' }),
  },
  (t) => [uniqueIndex('review_rounds_number_idx').on(t.studyId, t.number)],
);

/** A practitioner in the review group: reviewer and reviewee, through a personal link (hash-only, like panellists). */
export const reviewMembers = sqliteTable(
  'review_members',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    roundId: integer('round_id')
      .notNull()
      .references(() => reviewRounds.id, { onDelete: 'cascade' }),
    /** T1, T2, … within the round: the only identity in reports. */
    pseudonym: text('pseudonym').notNull(),
    name: text('name').notNull(),
    tokenSalt: text('token_salt').notNull(),
    tokenHash: text('token_hash').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [
    uniqueIndex('review_members_token_idx').on(t.tokenHash),
    index('review_members_round_idx').on(t.roundId),
  ],
);

/** Who reviews whom in the round. */
export const reviewAssignments = sqliteTable(
  'review_assignments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    roundId: integer('round_id')
      .notNull()
      .references(() => reviewRounds.id, { onDelete: 'cascade' }),
    reviewerId: integer('reviewer_id')
      .notNull()
      .references(() => reviewMembers.id, { onDelete: 'cascade' }),
    practitionerId: integer('practitioner_id')
      .notNull()
      .references(() => reviewMembers.id, { onDelete: 'cascade' }),
  },
  (t) => [uniqueIndex('review_assignments_pair_idx').on(t.roundId, t.reviewerId, t.practitionerId)],
);

/** A reviewed dossier or recorded conversation, identified by a reference code only — never client data. */
export const reviewDossiers = sqliteTable(
  'review_dossiers',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    roundId: integer('round_id')
      .notNull()
      .references(() => reviewRounds.id, { onDelete: 'cascade' }),
    practitionerId: integer('practitioner_id')
      .notNull()
      .references(() => reviewMembers.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [uniqueIndex('review_dossiers_code_idx').on(t.roundId, t.practitionerId, t.code)],
);

/** One reviewer's score of one criterion (standard item) in one dossier; `viaPaper` when the facilitator typed it in. */
export const reviewScores = sqliteTable(
  'review_scores',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    dossierId: integer('dossier_id')
      .notNull()
      .references(() => reviewDossiers.id, { onDelete: 'cascade' }),
    reviewerId: integer('reviewer_id')
      .notNull()
      .references(() => reviewMembers.id, { onDelete: 'cascade' }),
    itemId: integer('item_id')
      .notNull()
      .references(() => standardItems.id),
    score: text('score', { enum: REVIEW_SCORES }),
    note: text('note').notNull().default(''),
    viaPaper: integer('via_paper', { mode: 'boolean' }).notNull().default(false),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [uniqueIndex('review_scores_key_idx').on(t.dossierId, t.reviewerId, t.itemId)],
);

/**
 * An action of the improvement plan, linked to an item by lineage so the next round (perhaps on a later
 * standard version) can follow it up.
 */
export const improvementActions = sqliteTable(
  'improvement_actions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    roundId: integer('round_id')
      .notNull()
      .references(() => reviewRounds.id, { onDelete: 'cascade' }),
    itemLineage: text('item_lineage'),
    action: text('action').notNull(),
    owner: text('owner').notNull(),
    dueOn: text('due_on').notNull(),
    status: text('status', { enum: ['open', 'done', 'dropped'] })
      .notNull()
      .default('open'),
    followUp: text('follow_up').notNull().default(''),
    followedUpInRoundId: integer('followed_up_in_round_id'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('improvement_actions_round_idx').on(t.roundId)],
);
