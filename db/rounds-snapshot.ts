import { and, asc, desc, eq } from 'drizzle-orm';
import {
  buildSnapshot,
  defaultSelection,
  type SnapshotCluster,
  type SnapshotItem,
  type SourceCluster,
  type SourceItem,
} from '../src/rounds';
import type { Db } from './client';
import {
  clusters,
  decisions,
  items,
  roundItems,
  rounds,
  standardClusters,
  standardItems,
  studies,
} from './schema';
import type { Round } from './rounds';

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

/** Final decisions of the latest rating round before `round` that has any, keyed by the draft item. */
export function previousDecisions(db: Db, round: Pick<Round, 'studyId' | 'number' | 'subject'>) {
  const prev = db
    .select({ id: rounds.id, number: rounds.number })
    .from(rounds)
    .where(
      and(
        eq(rounds.studyId, round.studyId),
        eq(rounds.kind, 'rating'),
        eq(rounds.status, 'closed'),
        eq(rounds.subject, round.subject),
      ),
    )
    .orderBy(desc(rounds.number))
    .all()
    .filter((r) => r.number < round.number);
  for (const r of prev) {
    const rows = db
      .select({ refId: roundItems.refId, computed: decisions.computed, override: decisions.override })
      .from(decisions)
      .innerJoin(roundItems, eq(roundItems.id, decisions.roundItemId))
      .where(eq(decisions.roundId, r.id))
      .all();
    if (rows.length) return { roundId: r.id, number: r.number, decisions: rows };
  }
  return { roundId: null, number: null, decisions: [] };
}

/** The refs a round will put to the panel: the researcher's choice, or the default (carry-forward) choice. */
export function chosenRefIds(
  db: Db,
  round: Round,
  source?: Source,
): { all: SourceItem[]; chosen: Set<number>; carried: boolean } {
  const src = source ?? sourceOf(db, round);
  const all = src?.items ?? [];
  const prev = round.subject === 'items' ? previousDecisions(db, round).decisions : [];
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

function sourceOf(db: Db, round: Round): Source | null {
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
  const snap = buildSnapshot(src.clusters, picked, {
    otherLabel: otherLabel(db, round.studyId),
    allClusters: round.kind === 'coverage',
  });
  if (!snap.clusters.length) return { ok: false, error: 'noItems' };
  return { ok: true, refKind: round.subject === 'criteria' ? 'criterion' : 'item', ...snap };
}

function otherLabel(db: Db, studyId: number): string {
  const lang =
    db.select({ lang: studies.lang }).from(studies).where(eq(studies.id, studyId)).get()?.lang ?? 'nl';
  return lang === 'nl' ? 'Overige activiteiten' : 'Other activities';
}

export interface SelectionGroup {
  number: string;
  label: string;
  items: { id: number; number: string; text: string }[];
}

/**
 * Used by the selection form: every active draft item with its draft number, grouped per top-level cluster in
 * reading order (unclustered last), which are chosen, and whether this is the carry-forward default.
 */
export function selectionView(db: Db, round: Round) {
  const src = sourceOf(db, round) ?? undefined;
  const sel = chosenRefIds(db, round, src);
  // Numbered over the whole draft, so the numbers are the ones the researcher knows from the draft editor.
  const numbered = buildSnapshot(src?.clusters ?? [], sel.all, {
    otherLabel: otherLabel(db, round.studyId),
  }).items;
  const groups: SelectionGroup[] = [];
  for (const it of numbered) {
    let g = groups[groups.length - 1];
    if (!g || g.number !== it.clusterNumber)
      groups.push((g = { number: it.clusterNumber, label: it.clusterLabel, items: [] }));
    g.items.push({ id: it.refId, number: it.number, text: it.text });
  }
  return { ...sel, groups };
}
