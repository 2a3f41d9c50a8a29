import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';
import { users } from './accounts';
import { studies } from './studies';

import { SOURCE_TYPES } from '../../src/domain';

export { SOURCE_TYPES, type SourceType } from '../../src/domain';

/** A practitioner's case description; `text` is always the pseudonymised text. */
export const cases = sqliteTable(
  'cases',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    studyId: integer('study_id')
      .notNull()
      .references(() => studies.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    sourceType: text('source_type', { enum: SOURCE_TYPES }).notNull(),
    practitioner: text('practitioner').notNull().default(''),
    phaseTags: text('phase_tags', { mode: 'json' }).$type<string[]>().notNull().default([]),
    caseDate: text('case_date'),
    text: text('text').notNull(),
    wordCount: integer('word_count').notNull(),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('cases_study_idx').on(t.studyId)],
);
