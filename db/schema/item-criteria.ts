import { sqliteTable, text, integer } from 'drizzle-orm/sqlite-core';
import { items } from './draft';

/**
 * A criterion and norm that came with a draft item from an imported list or an earlier standard; a standard
 * built from the draft starts from them. Draft items from cases have no row here.
 */
export const itemCriteria = sqliteTable('item_criteria', {
  itemId: integer('item_id')
    .primaryKey()
    .references(() => items.id, { onDelete: 'cascade' }),
  criterion: text('criterion').notNull().default(''),
  normPercentage: integer('norm_percentage'),
  normUnit: text('norm_unit').notNull().default('dossiers'),
});
