import type { StudyDocument } from '../../src/transfer/schema';
import type { Db } from '../client';
import {
  coverageAnswers,
  decisions,
  itemVersions,
  memberCheckResponses,
  memberChecks,
  participations,
  proposedActivities,
  ratingAnswers,
  reviewAnswers,
  roundClusters,
  roundItems,
  rounds,
} from '../schema';
import { clusterIdsSafe, d, dN, Remap } from './remap';

export interface ImportedIds {
  studyId: number;
  userId: number;
  clusterIds: Remap;
  itemIds: Remap;
  panelIds: Remap;
  protocolIds: Remap;
  versionIds: Remap;
  sItemIds: Remap;
}

/**
 * The rounds part of a study document: snapshots, participations, answers, member checks and decisions; answers
 * the maps of round and round-item ids for the parts that hang under them.
 */
export function importRounds(
  tx: Db,
  doc: StudyDocument,
  ids: ImportedIds,
): { roundIds: Remap; roundItemIds: Remap } {
  const { studyId: S, userId, clusterIds, itemIds, panelIds, protocolIds, versionIds, sItemIds } = ids;
  const roundIds = new Remap();
  for (const r of doc.rounds) {
    const { id, standardVersionId, openedAt, closedAt, createdAt, ...rest } = r;
    const row = tx
      .insert(rounds)
      .values({
        ...rest,
        studyId: S,
        standardVersionId: versionIds.opt(standardVersionId),
        openedAt: dN(openedAt),
        closedAt: dN(closedAt),
        createdBy: userId,
        createdAt: d(createdAt),
      })
      .returning({ id: rounds.id })
      .get();
    roundIds.set(id, row.id);
  }
  for (const v of doc.itemVersions) {
    tx.insert(itemVersions)
      .values({
        ...v,
        itemId: itemIds.get(v.itemId),
        clusterId: v.clusterId === null ? null : clusterIdsSafe(clusterIds, v.clusterId),
        roundId: roundIds.opt(v.roundId),
        at: d(v.at),
      })
      .run();
  }
  const rcIds = new Remap();
  for (const c of doc.roundClusters) {
    const { id, roundId, clusterId, ...rest } = c;
    const row = tx
      .insert(roundClusters)
      .values({
        ...rest,
        roundId: roundIds.get(roundId),
        clusterId: clusterId === null ? null : clusterIdsSafe(clusterIds, clusterId),
      })
      .returning({ id: roundClusters.id })
      .get();
    rcIds.set(id, row.id);
  }
  const riIds = new Remap();
  for (const ri of doc.roundItems) {
    const { id, roundId, refId, ...rest } = ri;
    const row = tx
      .insert(roundItems)
      .values({
        ...rest,
        roundId: roundIds.get(roundId),
        refId: ri.refKind === 'item' ? itemIds.get(refId) : sItemIds.get(refId),
      })
      .returning({ id: roundItems.id })
      .get();
    riIds.set(id, row.id);
  }
  for (const p of doc.participations)
    tx.insert(participations)
      .values({
        roundId: roundIds.get(p.roundId),
        panellistId: panelIds.get(p.panellistId),
        invitedAt: d(p.invitedAt),
        startedAt: dN(p.startedAt),
        completedAt: dN(p.completedAt),
      })
      .run();
  for (const a of doc.ratingAnswers)
    tx.insert(ratingAnswers)
      .values({
        ...a,
        roundId: roundIds.get(a.roundId),
        roundItemId: riIds.get(a.roundItemId),
        panellistId: panelIds.get(a.panellistId),
        updatedAt: d(a.updatedAt),
      })
      .run();
  for (const a of doc.reviewAnswers)
    tx.insert(reviewAnswers)
      .values({
        ...a,
        roundId: roundIds.get(a.roundId),
        roundItemId: riIds.get(a.roundItemId),
        panellistId: panelIds.get(a.panellistId),
        updatedAt: d(a.updatedAt),
        processedAt: dN(a.processedAt),
      })
      .run();
  for (const a of doc.proposedActivities)
    tx.insert(proposedActivities)
      .values({
        ...a,
        roundId: roundIds.get(a.roundId),
        panellistId: panelIds.get(a.panellistId),
        roundClusterId: rcIds.opt(a.roundClusterId),
        resultItemId: itemIds.opt(a.resultItemId),
        createdAt: d(a.createdAt),
        processedAt: dN(a.processedAt),
      })
      .run();
  for (const a of doc.coverageAnswers)
    tx.insert(coverageAnswers)
      .values({
        ...a,
        roundId: roundIds.get(a.roundId),
        roundClusterId: rcIds.get(a.roundClusterId),
        panellistId: panelIds.get(a.panellistId),
        updatedAt: d(a.updatedAt),
      })
      .run();
  const mcIds = new Remap();
  for (const m of doc.memberChecks) {
    const row = tx
      .insert(memberChecks)
      .values({ roundId: roundIds.get(m.roundId), summary: m.summary, publishedAt: d(m.publishedAt) })
      .returning({ id: memberChecks.id })
      .get();
    mcIds.set(m.id, row.id);
  }
  for (const r of doc.memberCheckResponses)
    tx.insert(memberCheckResponses)
      .values({
        ...r,
        memberCheckId: mcIds.get(r.memberCheckId),
        panellistId: panelIds.get(r.panellistId),
        at: d(r.at),
      })
      .run();
  for (const x of doc.decisions)
    tx.insert(decisions)
      .values({
        ...x,
        roundId: roundIds.get(x.roundId),
        roundItemId: riIds.get(x.roundItemId),
        protocolId: protocolIds.opt(x.protocolId),
        overrideAt: dN(x.overrideAt),
        computedAt: d(x.computedAt),
      })
      .run();
  return { roundIds, roundItemIds: riIds };
}
