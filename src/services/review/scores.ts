import { and, asc, eq, sql } from 'drizzle-orm';
import type { Score } from '../../compliance';
import { appendAudit } from '../../../db/audit';
import { commitTogether, type Db } from '../../../db/client';
import {
  reviewAssignments,
  reviewDossiers,
  reviewMembers,
  reviewScores,
  standardItems,
} from '../../../db/schema';
import { reviewItemsOf, type ReviewRound } from './review';

export type ReviewDossier = typeof reviewDossiers.$inferSelect;

export function dossiersOf(db: Db, roundId: number): ReviewDossier[] {
  return db
    .select()
    .from(reviewDossiers)
    .where(eq(reviewDossiers.roundId, roundId))
    .orderBy(asc(reviewDossiers.id))
    .all();
}

export function findDossier(db: Db, roundId: number, dossierId: number): ReviewDossier | undefined {
  return db
    .select()
    .from(reviewDossiers)
    .where(and(eq(reviewDossiers.roundId, roundId), eq(reviewDossiers.id, dossierId)))
    .get();
}

/** Does `reviewerId` review `practitionerId` in this round? */
export function reviews(db: Db, roundId: number, reviewerId: number, practitionerId: number): boolean {
  return !!db
    .select({ id: reviewAssignments.id })
    .from(reviewAssignments)
    .where(
      and(
        eq(reviewAssignments.roundId, roundId),
        eq(reviewAssignments.reviewerId, reviewerId),
        eq(reviewAssignments.practitionerId, practitionerId),
      ),
    )
    .get();
}

/** The dossier with this code of this practitioner, created when new (codes are checked by the caller). */
export function ensureDossier(db: Db, roundId: number, practitionerId: number, code: string): ReviewDossier {
  const existing = db
    .select()
    .from(reviewDossiers)
    .where(
      and(
        eq(reviewDossiers.roundId, roundId),
        eq(reviewDossiers.practitionerId, practitionerId),
        // The second reviewer's "d-2026-7" is the first one's "D-2026-7": one dossier, so their scores pair up.
        sql`${reviewDossiers.code} = ${code} COLLATE NOCASE`,
      ),
    )
    .get();
  return (
    existing ??
    db
      .insert(reviewDossiers)
      .values({ roundId, practitionerId, code, createdAt: new Date() })
      .returning()
      .get()
  );
}

export interface ScoreInput {
  itemId: number;
  score: Score | null;
  note: string;
}

function upsert(db: Db, dossierId: number, reviewerId: number, s: ScoreInput, viaPaper: boolean) {
  const now = new Date();
  db.insert(reviewScores)
    .values({
      dossierId,
      reviewerId,
      itemId: s.itemId,
      score: s.score,
      note: s.note,
      viaPaper,
      updatedAt: now,
    })
    .onConflictDoUpdate({
      target: [reviewScores.dossierId, reviewScores.reviewerId, reviewScores.itemId],
      set: { score: s.score, note: s.note, viaPaper, updatedAt: now },
    })
    .run();
}

/**
 * Autosave of one criterion by a reviewer through their link. Answers are not audited one by one (like panel
 * answers); returns false when the item is not part of the round or the reviewer does not review this dossier.
 */
export async function saveScore(
  db: Db,
  round: ReviewRound,
  reviewerId: number,
  dossier: ReviewDossier,
  s: ScoreInput,
): Promise<boolean> {
  if (!reviewItemsOf(db, round).some((x) => x.id === s.itemId)) return false;
  if (!reviews(db, round.id, reviewerId, dossier.practitionerId)) return false;
  // Shares a commit with the other answers arriving at the same moment (group commit, db/client.ts).
  await commitTogether(db, () => upsert(db, dossier.id, reviewerId, s, false));
  return true;
}

/**
 * A paper scoring form typed in by the facilitator: the dossier (created if new) and every score in one
 * transaction with one audit entry. The form replaces what this reviewer had scored of this dossier, as its
 * hint says: an item left empty on the form has no score afterwards.
 */
export function savePaperForm(
  db: Db,
  round: ReviewRound,
  userId: number,
  form: { reviewerId: number; practitionerId: number; code: string; scores: ScoreInput[] },
): ReviewDossier {
  return db.transaction((tx) => {
    const t = tx as unknown as Db;
    const dossier = ensureDossier(t, round.id, form.practitionerId, form.code);
    t.delete(reviewScores)
      .where(and(eq(reviewScores.dossierId, dossier.id), eq(reviewScores.reviewerId, form.reviewerId)))
      .run();
    for (const s of form.scores) upsert(t, dossier.id, form.reviewerId, s, true);
    appendAudit(t, {
      studyId: round.studyId,
      userId,
      action: 'review.paper',
      entity: 'review_dossier',
      entityId: dossier.id,
      summary: `${form.scores.length}`,
    });
    return dossier;
  });
}

export type ScoreRow = {
  reviewerId: number;
  practitionerId: number;
  dossierId: number;
  dossierCode: string;
  itemId: number;
  lineage: string;
  score: Score | null;
  note: string;
};

/** Every score row of a round (also unanswered notes-only rows, score null). */
export function scoresOf(db: Db, roundId: number): ScoreRow[] {
  return db
    .select({
      reviewerId: reviewScores.reviewerId,
      practitionerId: reviewDossiers.practitionerId,
      dossierId: reviewDossiers.id,
      dossierCode: reviewDossiers.code,
      itemId: reviewScores.itemId,
      lineage: standardItems.lineage,
      score: reviewScores.score,
      note: reviewScores.note,
    })
    .from(reviewScores)
    .innerJoin(reviewDossiers, eq(reviewDossiers.id, reviewScores.dossierId))
    .innerJoin(standardItems, eq(standardItems.id, reviewScores.itemId))
    .where(eq(reviewDossiers.roundId, roundId))
    .orderBy(asc(reviewScores.id))
    .all();
}

/** One reviewer's scores of one dossier, by item id. */
export function ownScores(db: Db, dossierId: number, reviewerId: number) {
  const rows = db
    .select()
    .from(reviewScores)
    .where(and(eq(reviewScores.dossierId, dossierId), eq(reviewScores.reviewerId, reviewerId)))
    .all();
  return new Map(rows.map((r) => [r.itemId, r]));
}

export function memberPseudonyms(db: Db, roundId: number): Map<number, string> {
  const rows = db
    .select({ id: reviewMembers.id, p: reviewMembers.pseudonym })
    .from(reviewMembers)
    .where(eq(reviewMembers.roundId, roundId))
    .all();
  return new Map(rows.map((r) => [r.id, r.p]));
}
