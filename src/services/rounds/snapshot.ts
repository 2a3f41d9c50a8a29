import { and, asc, eq, lt } from 'drizzle-orm';
import {
  buildSnapshot,
  defaultSelection,
  type PreviousDecision,
  type SnapshotCluster,
  type SnapshotItem,
  type SourceCluster,
  type SourceItem,
} from '../../rounds';
import type { Db } from '../../../db/client';
import {
  clusters,
  decisions,
  items,
  roundItems,
  rounds,
  standardClusters,
  standardItems,
  studies,
} from '../../../db/schema';
import type { Round } from '../../../db/rounds/types';

type Source = { clusters: SourceCluster[]; items: SourceItem[] };

function draftSource(db: Db, studyId: number): Source {
  return {
    clusters: db
      .select({
        id: clusters.id,
        parentId: clusters.parentId,
        position: clusters.position,
        label: clusters.label,
      })
      .from(clusters)
      .where(eq(clusters.studyId, studyId))
      .all(),
    items: db
      .select({
        id: items.id,
        clusterId: items.clusterId,
        position: items.position,
        text: items.text,
        phaseId: items.phaseId,
        version: items.version,
      })
      .from(items)
      .where(and(eq(items.studyId, studyId), eq(items.status, 'active')))
      .all(),
  };
}

/** Criteria rounds: the criterion is what is rated; the item text travels along as context. Versions are frozen, so version 1. */
function criteriaSource(db: Db, versionId: number): Source {
  return {
    clusters: db
      .select({
        id: standardClusters.id,
        parentId: standardClusters.parentId,
        position: standardClusters.position,
        label: standardClusters.label,
      })
      .from(standardClusters)
      .where(eq(standardClusters.versionId, versionId))
      .all(),
    items: db
      .select({
        id: standardItems.id,
        clusterId: standardItems.clusterId,
        position: standardItems.position,
        itemText: standardItems.text,
        criterion: standardItems.criterion,
        phaseId: standardItems.phaseId,
      })
      .from(standardItems)
      .where(eq(standardItems.versionId, versionId))
      .orderBy(asc(standardItems.position))
      .all()
      .map((r) => ({
        id: r.id,
        clusterId: r.clusterId,
        position: r.position,
        text: r.criterion.trim() || r.itemText,
        context: r.itemText,
        phaseId: r.phaseId,
        version: 1,
      })),
  };
}

/** A draft item's decision as it stands: from the latest closed rating round that put it to the panel. */
export interface StandingDecision extends PreviousDecision {
  roundNumber: number;
}

/**
 * The decisions over the whole study before `round`: for every draft item the decision of the latest closed
 * rating round (same subject) that rated it, so an item settled in round 2 stays settled in round 5 even when
 * rounds 3 and 4 did not put it to the panel. `rounds` lists the study's round numbers that have decisions.
 */
export function earlierDecisions(
  db: Db,
  round: Pick<Round, 'studyId' | 'number' | 'subject'>,
): { rounds: number[]; decisions: StandingDecision[] } {
  const rows = db
    .select({
      refId: roundItems.refId,
      computed: decisions.computed,
      override: decisions.override,
      roundNumber: rounds.number,
    })
    .from(decisions)
    .innerJoin(roundItems, eq(roundItems.id, decisions.roundItemId))
    .innerJoin(rounds, eq(rounds.id, decisions.roundId))
    .where(
      and(
        eq(rounds.studyId, round.studyId),
        eq(rounds.kind, 'rating'),
        eq(rounds.status, 'closed'),
        eq(rounds.subject, round.subject),
        lt(rounds.number, round.number),
      ),
    )
    .orderBy(asc(rounds.number))
    .all();
  const latest = new Map<number, StandingDecision>();
  for (const r of rows) latest.set(r.refId, r);
  return { rounds: [...new Set(rows.map((r) => r.roundNumber))], decisions: [...latest.values()] };
}

/** The refs a round will put to the panel: the researcher's choice, or the default (carry-forward) choice. */
export function chosenRefIds(
  db: Db,
  round: Round,
  source?: Source,
): { all: SourceItem[]; chosen: Set<number>; carried: boolean } {
  const src = source ?? sourceOf(db, round);
  const all = src?.items ?? [];
  const prev = round.subject === 'items' ? earlierDecisions(db, round).decisions : [];
  const chosen =
    round.selectedRefIds ??
    defaultSelection(
      round.kind,
      all.map((i) => i.id),
      prev,
    );
  return {
    all,
    chosen: new Set(chosen),
    carried: round.selectedRefIds === null && prev.length > 0 && round.kind === 'rating',
  };
}

export function sourceOf(db: Db, round: Round): Source | null {
  if (round.subject === 'criteria')
    return round.standardVersionId ? criteriaSource(db, round.standardVersionId) : null;
  return draftSource(db, round.studyId);
}

export type RoundSnapshot =
  | { ok: true; refKind: 'item' | 'criterion'; items: SnapshotItem[]; clusters: SnapshotCluster[] }
  | { ok: false; error: 'noItems' | 'noStandard' };

/** One function, two sources: the draft (items) or a standard version (criteria). */
export function buildRoundSnapshot(db: Db, round: Round): RoundSnapshot {
  const src = sourceOf(db, round);
  if (!src) return { ok: false, error: 'noStandard' };
  const { chosen } = chosenRefIds(db, round, src);
  const picked = src.items.filter((i) => chosen.has(i.id));
  if (!picked.length && round.kind !== 'coverage') return { ok: false, error: 'noItems' };
  const snap = buildSnapshot(src.clusters, src.items, {
    otherLabel: otherLabel(db, round.studyId),
    allClusters: round.kind === 'coverage',
    only: chosen,
  });
  if (!snap.clusters.length) return { ok: false, error: 'noItems' };
  return { ok: true, refKind: round.subject === 'criteria' ? 'criterion' : 'item', ...snap };
}

export function otherLabel(db: Db, studyId: number): string {
  const lang =
    db.select({ lang: studies.lang }).from(studies).where(eq(studies.id, studyId)).get()?.lang ?? 'nl';
  return lang === 'nl' ? 'Overige activiteiten' : 'Other activities';
}
