import { and, desc, eq, or, sql } from 'drizzle-orm';
import type { Db } from './client';
import { cases, type SourceType } from './schema';

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
