import { sqliteTable, integer, text, index } from 'drizzle-orm/sqlite-core';
import { panellists } from './panel';
import { roundItems, rounds } from './rounds';

/**
 * A rating round run as a real-time Delphi: no fixed rounds; after answering an item a panellist sees the
 * group's current answers and may revise until the round closes. No row: an ordinary rating round.
 */
export const realtimeRounds = sqliteTable('realtime_rounds', {
  roundId: integer('round_id')
    .primaryKey()
    .references(() => rounds.id, { onDelete: 'cascade' }),
});

/**
 * Every rating a panellist gave in a real-time round, in order: written by a trigger on rating_answers
 * (migration i14_realtime_sql) and never updated.
 */
export const ratingRevisions = sqliteTable(
  'rating_revisions',
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
    importanceCannotJudge: integer('importance_cannot_judge', { mode: 'boolean' }).notNull(),
    frequency: integer('frequency'),
    frequencyCannotJudge: integer('frequency_cannot_judge', { mode: 'boolean' }).notNull(),
    comment: text('comment').notNull().default(''),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('rating_revisions_item_idx').on(t.roundItemId, t.at)],
);
