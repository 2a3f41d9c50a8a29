import { createHash, randomBytes } from 'node:crypto';
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
import { d, dN, Remap } from './remap';

export interface ExtraIds {
  studyId: number;
  itemIds: Remap;
  panelIds: Remap;
  roundIds: Remap;
  roundItemIds: Remap;
  versionIds: Remap;
  sClusterIds: Remap;
  sItemIds: Remap;
}

/**
 * The schema version 2 lists of a study document: item criteria, pools with their allocations, real-time
 * rounds with every revision, and the peer-review rounds. Runs after the rating answers are in: the real-time
 * trigger then writes no revisions of its own, and the document's revisions are copied as they were.
 * Review members get a fresh random link salt and a hash of a secret nobody knows, so no exported or derived
 * link works on this installation (as panellists' links are revoked on import).
 */
export function importExtras(tx: Db, doc: StudyDocument, ids: ExtraIds): void {
  const { studyId, itemIds, panelIds, roundIds, roundItemIds, versionIds, sClusterIds, sItemIds } = ids;
  for (const c of doc.itemCriteria)
    tx.insert(itemCriteria)
      .values({ ...c, itemId: itemIds.get(c.itemId) })
      .run();
  for (const p of doc.roundPools)
    tx.insert(roundPools)
      .values({ ...p, roundId: roundIds.get(p.roundId) })
      .run();
  for (const a of doc.roundAllocations)
    tx.insert(roundAllocations)
      .values({
        ...a,
        roundId: roundIds.get(a.roundId),
        panellistId: panelIds.get(a.panellistId),
        roundItemId: roundItemIds.get(a.roundItemId),
      })
      .run();
  for (const r of doc.realtimeRounds)
    tx.insert(realtimeRounds)
      .values({ roundId: roundIds.get(r.roundId) })
      .run();
  for (const r of doc.ratingRevisions)
    tx.insert(ratingRevisions)
      .values({
        ...r,
        roundId: roundIds.get(r.roundId),
        roundItemId: roundItemIds.get(r.roundItemId),
        panellistId: panelIds.get(r.panellistId),
        at: d(r.at),
      })
      .run();

  const reviewIds = new Remap();
  for (const r of doc.reviewRounds) {
    const { id, versionId, clusterIds, createdAt, closedAt, ...rest } = r;
    const row = tx
      .insert(reviewRounds)
      .values({
        ...rest,
        studyId,
        versionId: versionIds.get(versionId),
        clusterIds: clusterIds.map((c) => sClusterIds.get(c)),
        createdAt: d(createdAt),
        closedAt: dN(closedAt),
      })
      .returning({ id: reviewRounds.id })
      .get();
    reviewIds.set(id, row.id);
  }
  const memberIds = new Remap();
  for (const m of doc.reviewMembers) {
    const row = tx
      .insert(reviewMembers)
      .values({
        roundId: reviewIds.get(m.roundId),
        pseudonym: m.pseudonym,
        name: m.pseudonym,
        tokenSalt: randomBytes(16).toString('hex'),
        tokenHash: createHash('sha256').update(randomBytes(32)).digest('hex'),
        createdAt: d(m.createdAt),
      })
      .returning({ id: reviewMembers.id })
      .get();
    memberIds.set(m.id, row.id);
  }
  for (const a of doc.reviewAssignments)
    tx.insert(reviewAssignments)
      .values({
        roundId: reviewIds.get(a.roundId),
        reviewerId: memberIds.get(a.reviewerId),
        practitionerId: memberIds.get(a.practitionerId),
      })
      .run();
  const dossierIds = new Remap();
  for (const x of doc.reviewDossiers) {
    const row = tx
      .insert(reviewDossiers)
      .values({
        roundId: reviewIds.get(x.roundId),
        practitionerId: memberIds.get(x.practitionerId),
        code: x.code,
        createdAt: d(x.createdAt),
      })
      .returning({ id: reviewDossiers.id })
      .get();
    dossierIds.set(x.id, row.id);
  }
  for (const s of doc.reviewScores)
    tx.insert(reviewScores)
      .values({
        ...s,
        dossierId: dossierIds.get(s.dossierId),
        reviewerId: memberIds.get(s.reviewerId),
        itemId: sItemIds.get(s.itemId),
        updatedAt: d(s.updatedAt),
      })
      .run();
  for (const a of doc.improvementActions)
    tx.insert(improvementActions)
      .values({
        ...a,
        roundId: reviewIds.get(a.roundId),
        followedUpInRoundId: reviewIds.opt(a.followedUpInRoundId),
        createdAt: d(a.createdAt),
      })
      .run();
}
