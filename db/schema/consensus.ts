import { sqliteTable, text, integer, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { users } from './accounts';
import { roundItems, rounds } from './rounds';
import { studies } from './studies';

/**
 * The consensus protocol of a study, as a history: the newest row is in force. A change after the first rating
 * round opened carries a reason, shown in the report and the audit log. `config` is the engine's protocol type.
 */
export const protocols = sqliteTable(
  'protocols',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    studyId: integer('study_id')
      .notNull()
      .references(() => studies.id, { onDelete: 'cascade' }),
    config: text('config', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    maxRounds: integer('max_rounds').notNull().default(3),
    reason: text('reason').notNull().default(''),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('protocols_study_idx').on(t.studyId, t.createdAt)],
);

/** The classification of each item of a closed rating round, and the researcher's override with its reason. */
export const decisions = sqliteTable(
  'decisions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    roundId: integer('round_id')
      .notNull()
      .references(() => rounds.id, { onDelete: 'cascade' }),
    roundItemId: integer('round_item_id')
      .notNull()
      .references(() => roundItems.id, { onDelete: 'cascade' }),
    computed: text('computed', { enum: ['in', 'out', 'none'] }).notNull(),
    protocolId: integer('protocol_id').references(() => protocols.id),
    override: text('override', { enum: ['in', 'out', 'none'] }),
    overrideReason: text('override_reason'),
    overrideBy: integer('override_by').references(() => users.id),
    overrideAt: integer('override_at', { mode: 'timestamp_ms' }),
    computedAt: integer('computed_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [uniqueIndex('decisions_item_idx').on(t.roundItemId)],
);
