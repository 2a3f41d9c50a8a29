import { sqliteTable, integer, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { panellists } from './panel';
import { roundItems, rounds } from './rounds';

/**
 * A rating round over a large item pool: each panellist sees `size` items, every item at least `minPerItem`
 * times; the seed makes the allocation reproducible. No row: everyone sees every item.
 */
export const roundPools = sqliteTable('round_pools', {
  roundId: integer('round_id')
    .primaryKey()
    .references(() => rounds.id, { onDelete: 'cascade' }),
  size: integer('size').notNull(),
  minPerItem: integer('min_per_item').notNull(),
  randomOrder: integer('random_order', { mode: 'boolean' }).notNull().default(false),
  seed: integer('seed').notNull(),
});

/** The items each panellist was given when the round opened, in the order they see them. */
export const roundAllocations = sqliteTable(
  'round_allocations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    roundId: integer('round_id')
      .notNull()
      .references(() => rounds.id, { onDelete: 'cascade' }),
    panellistId: integer('panellist_id')
      .notNull()
      .references(() => panellists.id, { onDelete: 'cascade' }),
    roundItemId: integer('round_item_id')
      .notNull()
      .references(() => roundItems.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
  },
  (t) => [
    uniqueIndex('round_allocations_idx').on(t.roundId, t.panellistId, t.roundItemId),
    index('round_allocations_item_idx').on(t.roundItemId),
  ],
);
