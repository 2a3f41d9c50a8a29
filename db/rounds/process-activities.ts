import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { appendAudit } from '../audit';
import type { Db } from '../client';
import { changeItemIn, insertItem } from '../draft/versions';
import type { Round } from './rounds';
import type { ProcessResult } from './types';
import { sameText } from './process-view';
import { clusters, items, panellists, proposedActivities, roundClusters } from '../schema';

/** New activities proposed in a review round, by pseudonym, with how they were processed. */
export function roundProposals(db: Db, roundId: number) {
  return db
    .select({
      id: proposedActivities.id,
      text: proposedActivities.text,
      phaseId: proposedActivities.phaseId,
      late: proposedActivities.late,
      outcome: proposedActivities.outcome,
      outcomeReason: proposedActivities.outcomeReason,
      resultItemId: proposedActivities.resultItemId,
      pseudonym: panellists.pseudonym,
      clusterNumber: roundClusters.number,
      clusterLabel: roundClusters.label,
      clusterId: roundClusters.clusterId,
    })
    .from(proposedActivities)
    .innerJoin(panellists, eq(panellists.id, proposedActivities.panellistId))
    .leftJoin(roundClusters, eq(roundClusters.id, proposedActivities.roundClusterId))
    .where(eq(proposedActivities.roundId, roundId))
    .orderBy(asc(roundClusters.position), asc(proposedActivities.id))
    .all();
}

function proposalOf(db: Db, round: Round, id: number) {
  return db
    .select({ p: proposedActivities, clusterId: roundClusters.clusterId })
    .from(proposedActivities)
    .leftJoin(roundClusters, eq(roundClusters.id, proposedActivities.roundClusterId))
    .where(and(eq(proposedActivities.id, id), eq(proposedActivities.roundId, round.id)))
    .get();
}

/**
 * Processes a proposed activity: as a new draft item (in the cluster it was proposed for, if that still
 * exists), merged into an existing item (optionally rewording it), or rejected with a reason. Logged.
 */
export function processProposal(
  db: Db,
  round: Round,
  proposalId: number,
  userId: number,
  action:
    | { kind: 'new'; text: string }
    | { kind: 'merge'; itemId: number; text?: string }
    | { kind: 'reject'; reason: string },
): ProcessResult {
  return db.transaction((tx) => {
    const t = tx as unknown as Db;
    const row = proposalOf(t, round, proposalId);
    if (!row) return { ok: false, error: 'notFound' } as const;
    if (row.p.outcome) return { ok: false, error: 'done' } as const;
    const actor = {
      userId,
      roundId: round.id,
      reasonCode: 'panel-proposal' as const,
      reasonParams: { round: round.number },
    };
    const twins = identicalProposals(t, row.p);
    const done = (outcome: 'accepted' | 'merged' | 'rejected', resultItemId: number | null, reason = '') =>
      t
        .update(proposedActivities)
        .set({ outcome, outcomeReason: reason, resultItemId, processedAt: new Date(), processedBy: userId })
        .where(inArray(proposedActivities.id, twins))
        .run();
    if (action.kind === 'reject') {
      done('rejected', null, action.reason);
      appendAudit(t, {
        studyId: round.studyId,
        userId,
        action: 'round.proposal.reject',
        entity: 'round',
        entityId: round.id,
        summary: `${row.p.text} — ${action.reason}`,
      });
      return { ok: true } as const;
    }
    if (action.kind === 'new') {
      const text = action.text.trim() || row.p.text;
      const clusterOk =
        row.clusterId !== null &&
        t
          .select({ id: clusters.id })
          .from(clusters)
          .where(and(eq(clusters.id, row.clusterId), eq(clusters.studyId, round.studyId)))
          .get();
      const item = insertItem(
        t,
        round.studyId,
        { text, clusterId: clusterOk ? row.clusterId : null, phaseId: row.p.phaseId, origin: 'panel' },
        actor,
      );
      done('accepted', item.id);
      appendAudit(t, {
        studyId: round.studyId,
        userId,
        action: 'round.proposal.accept',
        entity: 'item',
        entityId: item.id,
        summary: text,
      });
      return { ok: true } as const;
    }
    const target = t
      .select()
      .from(items)
      .where(and(eq(items.id, action.itemId), eq(items.studyId, round.studyId), eq(items.status, 'active')))
      .get();
    if (!target) return { ok: false, error: 'notFound' } as const;
    const wording = action.text?.trim();
    if (wording && wording !== target.text) {
      const res = changeItemIn(t, round.studyId, target.id, undefined, { text: wording }, 'merge-proposal', {
        ...actor,
        reasonCode: 'panel-merge',
        reasonParams: { round: round.number, proposal: row.p.text },
      });
      if (!res.ok) return { ok: false, error: 'stale' } as const;
    }
    done('merged', target.id);
    appendAudit(t, {
      studyId: round.studyId,
      userId,
      action: 'round.proposal.merge',
      entity: 'item',
      entityId: target.id,
      summary: row.p.text,
    });
    return { ok: true } as const;
  });
}

/** Open proposals with the same words for the same cluster and phase: the page shows them as one. */
function identicalProposals(db: Db, p: typeof proposedActivities.$inferSelect): number[] {
  const rest = db
    .select({
      id: proposedActivities.id,
      text: proposedActivities.text,
      phaseId: proposedActivities.phaseId,
      roundClusterId: proposedActivities.roundClusterId,
    })
    .from(proposedActivities)
    .where(and(eq(proposedActivities.roundId, p.roundId), isNull(proposedActivities.outcome)))
    .all();
  return rest
    .filter(
      (x) =>
        x.roundClusterId === p.roundClusterId &&
        x.phaseId === p.phaseId &&
        sameText(x.text) === sameText(p.text),
    )
    .map((x) => x.id);
}

/** Active draft items for the merge target list. */
export function activeItems(db: Db, studyId: number) {
  return db
    .select({ id: items.id, text: items.text })
    .from(items)
    .where(and(eq(items.studyId, studyId), eq(items.status, 'active')))
    .orderBy(asc(items.id))
    .all();
}
