import { sqliteTable, text, integer, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { studies } from './studies';

/**
 * A panellist takes part through a personal link; no account. The link's token is derived with an HMAC from a
 * server key kept outside the database and a per-panellist salt, so the researcher can copy it again, while the
 * database holds only its SHA-256 (`tokenHash`). Regenerating changes the salt; revoking sets `revokedAt`.
 */
export const panellists = sqliteTable(
  'panellists',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    studyId: integer('study_id')
      .notNull()
      .references(() => studies.id, { onDelete: 'cascade' }),
    /** Stable pseudonym within the study (P001, P002, …), the only identity shown outside the panel page. */
    pseudonym: text('pseudonym').notNull(),
    name: text('name').notNull(),
    email: text('email'),
    organisation: text('organisation').notNull().default(''),
    role: text('role').notNull().default(''),
    stakeholderGroup: text('stakeholder_group').notNull().default(''),
    tokenSalt: text('token_salt').notNull(),
    tokenHash: text('token_hash').notNull(),
    revokedAt: integer('revoked_at', { mode: 'timestamp_ms' }),
    /** When the panellist agreed to the information letter; no answer is stored before. */
    consentedAt: integer('consented_at', { mode: 'timestamp_ms' }),
    /** When the panellist stopped taking part (through their own link); no answers are accepted after. */
    withdrawnAt: integer('withdrawn_at', { mode: 'timestamp_ms' }),
    /** When the researcher erased the person's details; the pseudonym (and, if chosen, the answers) remain. */
    erasedAt: integer('erased_at', { mode: 'timestamp_ms' }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [
    uniqueIndex('panellists_token_idx').on(t.tokenHash),
    uniqueIndex('panellists_pseudonym_idx').on(t.studyId, t.pseudonym),
    index('panellists_study_idx').on(t.studyId),
  ],
);
