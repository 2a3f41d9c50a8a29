import { and, desc, eq, or, sql } from 'drizzle-orm';
import { appendAudit } from '../audit';
import type { Db } from '../client';
import { cases, type SourceType } from '../schema';

export type Case = typeof cases.$inferSelect;
export type CaseInput = {
  title: string;
  sourceType: SourceType;
  practitioner: string;
  phaseTags: string[];
  caseDate: string | null;
  text: string;
};

export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

export function insertCase(db: Db, studyId: number, userId: number, input: CaseInput): Case {
  const now = new Date();
  return db
    .insert(cases)
    .values({
      ...input,
      studyId,
      createdBy: userId,
      wordCount: countWords(input.text),
      createdAt: now,
      updatedAt: now,
    })
    .returning()
    .get();
}

export function updateCase(db: Db, studyId: number, id: number, input: CaseInput): Case | undefined {
  return db
    .update(cases)
    .set({ ...input, wordCount: countWords(input.text), updatedAt: new Date() })
    .where(and(eq(cases.studyId, studyId), eq(cases.id, id)))
    .returning()
    .get();
}

export function deleteCase(db: Db, studyId: number, id: number): boolean {
  return (
    db
      .delete(cases)
      .where(and(eq(cases.studyId, studyId), eq(cases.id, id)))
      .run().changes === 1
  );
}

export function findCase(db: Db, studyId: number, id: number): Case | undefined {
  return db
    .select()
    .from(cases)
    .where(and(eq(cases.studyId, studyId), eq(cases.id, id)))
    .get();
}

export interface CaseFilter {
  q?: string | undefined;
  phase?: string | undefined;
  source?: string | undefined;
}

/** Cases of a study, newest first, filtered by a search in title and text, a phase tag and a source type. */
export function listCases(db: Db, studyId: number, f: CaseFilter = {}) {
  const conds = [eq(cases.studyId, studyId)];
  if (f.q) {
    const pattern = `%${f.q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    conds.push(
      or(sql`${cases.title} like ${pattern} escape '\\'`, sql`${cases.text} like ${pattern} escape '\\'`)!,
    );
  }
  if (f.phase) conds.push(sql`exists (select 1 from json_each(${cases.phaseTags}) where value = ${f.phase})`);
  if (f.source) conds.push(eq(cases.sourceType, f.source as SourceType));
  return db
    .select({
      id: cases.id,
      title: cases.title,
      sourceType: cases.sourceType,
      practitioner: cases.practitioner,
      phaseTags: cases.phaseTags,
      caseDate: cases.caseDate,
      wordCount: cases.wordCount,
    })
    .from(cases)
    .where(and(...conds))
    .orderBy(desc(cases.createdAt), desc(cases.id))
    .all();
}

/** All case texts of a study, for extraction. */
export function caseTexts(db: Db, studyId: number) {
  return db
    .select({ id: cases.id, text: cases.text, sourceType: cases.sourceType, phaseTags: cases.phaseTags })
    .from(cases)
    .where(eq(cases.studyId, studyId))
    .all();
}

/** What the audit log keeps of a case: ids, its (pseudonymised) title and facts without personal details. */
function auditView(k: Case) {
  return {
    title: k.title,
    sourceType: k.sourceType,
    phaseTags: k.phaseTags,
    caseDate: k.caseDate,
    words: k.wordCount,
  };
}

/**
 * Stores a case whose title, practitioner and text were pseudonymised by the caller, with its audit entry in the
 * same transaction.
 */
export function createCase(
  db: Db,
  studyId: number,
  userId: number,
  input: CaseInput,
  replaced: number,
): Case {
  return db.transaction((tx) => {
    const t = tx as unknown as Db;
    const kase = insertCase(t, studyId, userId, input);
    appendAudit(t, {
      studyId,
      userId,
      action: 'case.create',
      entity: 'case',
      entityId: kase.id,
      summary: `${kase.title} (${kase.wordCount} words, ${replaced} pseudonymised)`,
    });
    return kase;
  });
}

/** Saves an edited (pseudonymised) case and its audit entry; `beforeTitle` is the old title as the log may show it. */
export function editCase(
  db: Db,
  before: Case,
  beforeTitle: string,
  userId: number,
  input: CaseInput,
): Case | undefined {
  return db.transaction((tx) => {
    const t = tx as unknown as Db;
    const after = updateCase(t, before.studyId, before.id, input);
    if (!after) return undefined;
    appendAudit(t, {
      studyId: before.studyId,
      userId,
      action: 'case.update',
      entity: 'case',
      entityId: before.id,
      summary: after.title,
      before: { ...auditView(before), title: beforeTitle },
      after: auditView(after),
    });
    return after;
  });
}

/** Deletes a case and logs it by id and (pseudonymised) title. */
export function removeCase(db: Db, kase: Case, title: string, userId: number): boolean {
  return db.transaction((tx) => {
    const t = tx as unknown as Db;
    if (!deleteCase(t, kase.studyId, kase.id)) return false;
    appendAudit(t, {
      studyId: kase.studyId,
      userId,
      action: 'case.delete',
      entity: 'case',
      entityId: kase.id,
      summary: title,
      before: { title, words: kase.wordCount },
    });
    return true;
  });
}
