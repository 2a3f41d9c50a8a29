import { asc, eq, inArray } from 'drizzle-orm';
import type { StudyDocument } from '../../src/transfer/schema';
import type { Db } from '../client';
import {
  improvementActions,
  itemCriteria,
  ratingRevisions,
  realtimeRounds,
  reviewAssignments,
  reviewDossiers,
  reviewMembers,
  reviewRounds,
  reviewScores,
  roundAllocations,
  roundPools,
} from '../schema';

type Extras = Pick<
  StudyDocument,
  | 'itemCriteria'
  | 'roundPools'
  | 'roundAllocations'
  | 'realtimeRounds'
  | 'ratingRevisions'
  | 'reviewRounds'
  | 'reviewMembers'
  | 'reviewAssignments'
  | 'reviewDossiers'
  | 'reviewScores'
  | 'improvementActions'
>;

const iso = (d: Date) => d.toISOString();
const isoN = (d: Date | null) => (d ? d.toISOString() : null);

/** SQLite limits bound parameters: ids in chunks of 500. */
function inIds<T>(ids: number[], q: (chunk: number[]) => T[]): T[] {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += 500) out.push(...q(ids.slice(i, i + 500)));
  return out;
}

/**
 * The schema version 2 lists of a study's export: item criteria, pools, real-time rounds and peer review.
 * Review members go out by pseudonym only (no name, no link salt or hash), like panellists.
 */
export function exportExtras(db: Db, studyId: number, roundIds: number[], itemIds: number[]): Extras {
  const review = db
    .select()
    .from(reviewRounds)
    .where(eq(reviewRounds.studyId, studyId))
    .orderBy(asc(reviewRounds.number))
    .all();
  const reviewIds = review.map((r) => r.id);
  const members = inIds(reviewIds, (ids) =>
    db
      .select()
      .from(reviewMembers)
      .where(inArray(reviewMembers.roundId, ids))
      .orderBy(asc(reviewMembers.id))
      .all(),
  );
  const dossiers = inIds(reviewIds, (ids) =>
    db
      .select()
      .from(reviewDossiers)
      .where(inArray(reviewDossiers.roundId, ids))
      .orderBy(asc(reviewDossiers.id))
      .all(),
  );
  return {
    itemCriteria: inIds(itemIds, (ids) =>
      db.select().from(itemCriteria).where(inArray(itemCriteria.itemId, ids)).all(),
    ),
    roundPools: inIds(roundIds, (ids) =>
      db.select().from(roundPools).where(inArray(roundPools.roundId, ids)).all(),
    ),
    roundAllocations: inIds(roundIds, (ids) =>
      db
        .select()
        .from(roundAllocations)
        .where(inArray(roundAllocations.roundId, ids))
        .orderBy(asc(roundAllocations.id))
        .all(),
    ).map(({ id: _id, ...a }) => a),
    realtimeRounds: inIds(roundIds, (ids) =>
      db.select().from(realtimeRounds).where(inArray(realtimeRounds.roundId, ids)).all(),
    ),
    ratingRevisions: inIds(roundIds, (ids) =>
      db
        .select()
        .from(ratingRevisions)
        .where(inArray(ratingRevisions.roundId, ids))
        .orderBy(asc(ratingRevisions.id))
        .all(),
    ).map(({ id: _id, at, ...r }) => ({ ...r, at: iso(at) })),
    reviewRounds: review.map(({ studyId: _s, createdAt, closedAt, ...r }) => ({
      ...r,
      createdAt: iso(createdAt),
      closedAt: isoN(closedAt),
    })),
    reviewMembers: members.map((m) => ({
      id: m.id,
      roundId: m.roundId,
      pseudonym: m.pseudonym,
      createdAt: iso(m.createdAt),
    })),
    reviewAssignments: inIds(reviewIds, (ids) =>
      db
        .select()
        .from(reviewAssignments)
        .where(inArray(reviewAssignments.roundId, ids))
        .orderBy(asc(reviewAssignments.id))
        .all(),
    ).map(({ id: _id, ...a }) => a),
    reviewDossiers: dossiers.map(({ createdAt, ...d }) => ({ ...d, createdAt: iso(createdAt) })),
    reviewScores: inIds(
      dossiers.map((d) => d.id),
      (ids) =>
        db
          .select()
          .from(reviewScores)
          .where(inArray(reviewScores.dossierId, ids))
          .orderBy(asc(reviewScores.id))
          .all(),
    ).map(({ id: _id, updatedAt, ...s }) => ({ ...s, updatedAt: iso(updatedAt) })),
    improvementActions: inIds(reviewIds, (ids) =>
      db
        .select()
        .from(improvementActions)
        .where(inArray(improvementActions.roundId, ids))
        .orderBy(asc(improvementActions.id))
        .all(),
    ).map(({ id: _id, createdAt, ...a }) => ({ ...a, createdAt: iso(createdAt) })),
  };
}
