import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { studies } from './studies';

/**
 * The optional language-model assist of one study: an OpenAI-compatible chat-completions endpoint the
 * researchers control. Off unless `enabled`; kept out of the study document so a key never travels.
 */
export const assistSettings = sqliteTable('assist_settings', {
  studyId: integer('study_id')
    .primaryKey()
    .references(() => studies.id, { onDelete: 'cascade' }),
  enabled: integer('enabled', { mode: 'boolean' }).notNull().default(false),
  endpoint: text('endpoint').notNull(),
  model: text('model').notNull(),
  apiKey: text('api_key'),
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
});
