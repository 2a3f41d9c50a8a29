import { randomBytes } from 'node:crypto';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { assignReviewers, type ReviewMode } from '../../compliance';
import { deriveToken, newSalt, tokenHash } from '../../tokens';
import { versionTree, type TreeItem } from '../../standard';
import { appendAudit } from '../../../db/audit';
import type { Db } from '../../../db/client';
import {
  reviewAssignments,
  reviewMembers,
  reviewRounds,
  standardVersions,
  studies,
} from '../../../db/schema';
import { loadVersionContent } from '../../../db/standard/items';

export type ReviewRound = typeof reviewRounds.$inferSelect;
export type ReviewMember = typeof reviewMembers.$inferSelect;

export interface NewReviewRound {
  versionNumber: number;
  title: string;
  startsOn: string | null;
  endsOn: string | null;
  /** Numbers of top-level clusters as the handbook shows them ("1", "3"); empty = all. */
  clusterNumbers: string[];
  sampleSize: number;
  mode: ReviewMode;
  reviewersPerPractitioner: number;
  members: string[];
}

export type CreateResult =
  { ok: true; round: ReviewRound } | { ok: false; reason: 'no-version' | 'not-adopted' | 'unknown-cluster' };

/**
 * Creates a review round on an adopted standard version with its group, personal-link salts (hash-only, as for
 * panellists) and who-reviews-whom, plus the audit entry, in one transaction. Refuses a draft version.
 */
export function createReviewRound(
  db: Db,
  key: Buffer,
  studyId: number,
  userId: number,
  input: NewReviewRound,
): CreateResult {
  return db.transaction((tx) => {
    const t = tx as unknown as Db;
    const version = t
      .select()
      .from(standardVersions)
      .where(and(eq(standardVersions.studyId, studyId), eq(standardVersions.number, input.versionNumber)))
      .get();
    if (!version) return { ok: false, reason: 'no-version' };
    if (version.status !== 'adopted') return { ok: false, reason: 'not-adopted' };
    const { clusters, items } = loadVersionContent(t, version.id);
    const byNumber = new Map(versionTree(clusters, items).map((c) => [c.number, c.id]));
    if (input.clusterNumbers.some((n) => !byNumber.has(n))) return { ok: false, reason: 'unknown-cluster' };
    const clusterIds = input.clusterNumbers.map((n) => byNumber.get(n)!);
    const last = t
      .select({ n: sql<number | null>`max(${reviewRounds.number})` })
      .from(reviewRounds)
      .where(eq(reviewRounds.studyId, studyId))
      .get();
    const now = new Date();
    const round = t
      .insert(reviewRounds)
      .values({
        studyId,
        versionId: version.id,
        number: (last?.n ?? 0) + 1,
        title: input.title,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        clusterIds,
        sampleSize: input.sampleSize,
        mode: input.mode,
        reviewersPerPractitioner: input.mode === 'pairs' ? 1 : input.reviewersPerPractitioner,
        createdAt: now,
      })
      .returning()
      .get();
    const members = input.members.map((name, i) => {
      const salt = newSalt();
      return t
        .insert(reviewMembers)
        .values({
          roundId: round.id,
          pseudonym: `T${i + 1}`,
          name,
          tokenSalt: salt,
          tokenHash: tokenHash(deriveToken(key, salt)),
          createdAt: now,
        })
        .returning()
        .get();
    });
    for (const [r, p] of assignReviewers(members.length, input.mode, input.reviewersPerPractitioner)) {
      t.insert(reviewAssignments)
        .values({ roundId: round.id, reviewerId: members[r]!.id, practitionerId: members[p]!.id })
        .run();
    }
    appendAudit(t, {
      studyId,
      userId,
      action: 'review.create',
      entity: 'review_round',
      entityId: round.id,
      summary: input.title,
      after: { ...input, members: members.map((m) => m.pseudonym) },
    });
    return { ok: true, round };
  });
}

export function listReviewRounds(db: Db, studyId: number) {
  return db
    .select({ round: reviewRounds, versionNumber: standardVersions.number })
    .from(reviewRounds)
    .innerJoin(standardVersions, eq(standardVersions.id, reviewRounds.versionId))
    .where(eq(reviewRounds.studyId, studyId))
    .orderBy(desc(reviewRounds.number))
    .all();
}

export function findReviewRound(db: Db, studyId: number, roundId: number): ReviewRound | undefined {
  return db
    .select()
    .from(reviewRounds)
    .where(and(eq(reviewRounds.studyId, studyId), eq(reviewRounds.id, roundId)))
    .get();
}

export function membersOf(db: Db, roundId: number): ReviewMember[] {
  return db
    .select()
    .from(reviewMembers)
    .where(eq(reviewMembers.roundId, roundId))
    .orderBy(asc(reviewMembers.id))
    .all();
}

export function assignmentsOf(db: Db, roundId: number) {
  return db.select().from(reviewAssignments).where(eq(reviewAssignments.roundId, roundId)).all();
}

/** The holder of a review link (by token hash, one indexed lookup) with their round and study. */
export function memberByHash(db: Db, hash: string) {
  return db
    .select({ member: reviewMembers, round: reviewRounds, studyTitle: studies.title, lang: studies.lang })
    .from(reviewMembers)
    .innerJoin(reviewRounds, eq(reviewRounds.id, reviewMembers.roundId))
    .innerJoin(studies, eq(studies.id, reviewRounds.studyId))
    .where(eq(reviewMembers.tokenHash, hash))
    .get();
}

export type ReviewItem = TreeItem & { clusterNumber: string; clusterLabel: string };

/** The standard items a round reviews (its clusters, or all), numbered as in the handbook, in reading order. */
export function reviewItemsOf(db: Db, round: Pick<ReviewRound, 'versionId' | 'clusterIds'>): ReviewItem[] {
  const { clusters, items } = loadVersionContent(db, round.versionId);
  const chosen = new Set(round.clusterIds);
  return versionTree(clusters, items)
    .filter((c) => chosen.size === 0 || chosen.has(c.id))
    .flatMap((c) =>
      [...c.items, ...c.subAspects.flatMap((s) => s.items)].map((x) => ({
        ...x,
        clusterNumber: c.number,
        clusterLabel: c.label,
      })),
    );
}

/** Closes a round (no more scores from links) with its audit entry. */
export function closeReviewRound(db: Db, round: ReviewRound, userId: number): void {
  db.transaction((tx) => {
    const t = tx as unknown as Db;
    t.update(reviewRounds)
      .set({ status: 'closed', closedAt: new Date() })
      .where(eq(reviewRounds.id, round.id))
      .run();
    appendAudit(t, {
      studyId: round.studyId,
      userId,
      action: 'review.close',
      entity: 'review_round',
      entityId: round.id,
      summary: round.title,
    });
  });
}

/** The personal link token, derived again from the server key and the stored salt. */
export function reviewLinkToken(key: Buffer, m: Pick<ReviewMember, 'tokenSalt'>): string {
  return deriveToken(key, m.tokenSalt);
}

/**
 * Erases a review-group member's name (AVG art. 17) and kills their link for good; dossiers, scores and notes
 * stay under the pseudonym, since the group's results rest on them. Logged with the pseudonym only. False for a
 * member of another round or one already erased.
 */
export function eraseReviewMember(db: Db, round: ReviewRound, memberId: number, userId: number): boolean {
  return db.transaction((tx) => {
    const t = tx as unknown as Db;
    const m = t
      .select()
      .from(reviewMembers)
      .where(and(eq(reviewMembers.roundId, round.id), eq(reviewMembers.id, memberId)))
      .get();
    if (!m || m.tokenHash.startsWith('erased-')) return false;
    t.update(reviewMembers)
      // A random hash no token can have: the old link is dead and cannot be derived again.
      .set({ name: '', tokenHash: `erased-${randomBytes(16).toString('hex')}` })
      .where(eq(reviewMembers.id, m.id))
      .run();
    appendAudit(t, {
      studyId: round.studyId,
      userId,
      action: 'review.member.erase',
      entity: 'review_member',
      entityId: m.id,
      summary: m.pseudonym,
    });
    return true;
  });
}
