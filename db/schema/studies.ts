import { sqliteTable, text, integer, primaryKey, index } from 'drizzle-orm/sqlite-core';
import { users } from './accounts';
import { LANGS, ROLES, type Phase, type Scale } from '../../src/domain';

export type { Phase, Scale, ScaleBand } from '../../src/domain';

export const studies = sqliteTable('studies', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  title: text('title').notNull(),
  description: text('description').notNull().default(''),
  lang: text('lang', { enum: LANGS }).notNull().default('nl'),
  phases: text('phases', { mode: 'json' }).$type<Phase[]>().notNull(),
  importanceScale: text('importance_scale', { mode: 'json' }).$type<Scale>().notNull(),
  frequencyScale: text('frequency_scale', { mode: 'json' }).$type<Scale>().notNull(),
  /** Names the researcher lists so the pseudonymiser always replaces them. */
  knownNames: text('known_names', { mode: 'json' }).$type<string[]>().notNull().default([]),
  createdBy: integer('created_by')
    .notNull()
    .references(() => users.id),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  archivedAt: integer('archived_at', { mode: 'timestamp_ms' }),
  /** Date (yyyy-mm-dd) after which the study's personal data is to be erased; owners are reminded from then on. */
  retentionUntil: text('retention_until'),
  /** The information letter shown to panellists; '' = the template in the study's language. */
  infoLetter: text('info_letter').notNull().default(''),
  /** Contact for panellists' questions and the ethics approval reference, filled into the information letter. */
  contact: text('contact').notNull().default(''),
  ethicsRef: text('ethics_ref').notNull().default(''),
  /** Set while the study is being deleted: the guard triggers let its audit log and frozen versions go then. */
  deletingAt: integer('deleting_at', { mode: 'timestamp_ms' }),
});

export const studyMembers = sqliteTable(
  'study_members',
  {
    studyId: integer('study_id')
      .notNull()
      .references(() => studies.id, { onDelete: 'cascade' }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ROLES }).notNull(),
    addedAt: integer('added_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.studyId, t.userId] }), index('study_members_user_idx').on(t.userId)],
);

/** Append-only record of every change to a study's content; nothing in the app updates or deletes rows. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    studyId: integer('study_id')
      .notNull()
      .references(() => studies.id),
    userId: integer('user_id').references(() => users.id),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: integer('entity_id'),
    summary: text('summary').notNull().default(''),
    before: text('before'),
    after: text('after'),
  },
  (t) => [index('audit_study_idx').on(t.studyId, t.at)],
);
