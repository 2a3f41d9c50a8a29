import { eq } from 'drizzle-orm';
import { buildSnapshot, finalDecision, reselectedIds, type Classification } from '../../src/rounds';
import { appendAudit } from '../audit';
import type { Db } from '../client';
import type { Round } from './rounds';
import { chosenRefIds, earlierDecisions, otherLabel, sourceOf } from './snapshot';
import { rounds } from '../schema';

export interface SelectionItem {
  id: number;
  number: string;
  text: string;
  /** The standing decision when the item is settled (in or out) by an earlier rating round. */
  settled: { decision: Exclude<Classification, 'none'>; roundNumber: number; override: boolean } | null;
}

export interface SelectionGroup {
  number: string;
  label: string;
  items: SelectionItem[];
}

/**
 * Used by the selection form: every active draft item with its draft number, grouped per top-level cluster in
 * reading order (unclustered last), which are chosen (or `entered`, when a refused form is shown again), which
 * were settled by an earlier decision, and whether the choice is the carry-forward default.
 */
export function selectionView(db: Db, round: Round, entered?: readonly number[]) {
  const src = sourceOf(db, round) ?? undefined;
  const sel = chosenRefIds(db, round, src);
  const earlier =
    round.subject === 'items' && round.kind === 'rating'
      ? earlierDecisions(db, round)
      : { rounds: [], decisions: [] };
  const standing = new Map(earlier.decisions.map((d) => [d.refId, d]));
  // Numbered over the whole draft, so the numbers are the ones the researcher knows from the draft editor.
  const numbered = buildSnapshot(src?.clusters ?? [], sel.all, {
    otherLabel: otherLabel(db, round.studyId),
  }).items;
  const groups: SelectionGroup[] = [];
  for (const it of numbered) {
    let g = groups[groups.length - 1];
    if (!g || g.number !== it.clusterNumber)
      groups.push((g = { number: it.clusterNumber, label: it.clusterLabel, items: [] }));
    const d = standing.get(it.refId);
    const decision = d ? finalDecision(d) : 'none';
    g.items.push({
      id: it.refId,
      number: it.number,
      text: it.text,
      settled:
        d && decision !== 'none'
          ? { decision, roundNumber: d.roundNumber, override: d.override !== null }
          : null,
    });
  }
  const chosen = entered ? new Set(entered) : sel.chosen;
  return { ...sel, chosen, groups, decidedRounds: earlier.rounds };
}

export type SelectionResult =
  | { ok: true; round: Round; reselected: number[] }
  | { ok: false; error: 'notDraft' }
  | { ok: false; error: 'reasonRequired'; reselected: number[] };

/**
 * Saves which items a round in preparation puts to the panel, with its audit entry, in one transaction. An item
 * settled in or out by an earlier rating round (rule or override) is put to the panel again only with a
 * reason; the reason and the re-selected items are recorded in the audit log.
 */
export function saveSelection(
  db: Db,
  round: Round,
  userId: number | null,
  ids: readonly number[],
  reason: string,
): SelectionResult {
  if (round.status !== 'draft') return { ok: false, error: 'notDraft' };
  const chosen = [...new Set(ids)];
  const earlier =
    round.subject === 'items' && round.kind === 'rating' ? earlierDecisions(db, round).decisions : [];
  const reselected = reselectedIds(chosen, earlier);
  const why = reason.trim();
  if (reselected.length > 0 && !why) return { ok: false, error: 'reasonRequired', reselected };
  return db.transaction((tx) => {
    const t = tx as unknown as Db;
    const after = t
      .update(rounds)
      .set({ selectedRefIds: chosen })
      .where(eq(rounds.id, round.id))
      .returning()
      .get()!;
    appendAudit(t, {
      studyId: round.studyId,
      userId,
      action: 'round.selection',
      entity: 'round',
      entityId: round.id,
      summary: `${round.number}. ${round.title}`,
      before: { selected: round.selectedRefIds?.length ?? null },
      after: { selected: chosen.length, ...(reselected.length ? { reselected, reason: why } : {}) },
    });
    return { ok: true as const, round: after, reselected };
  });
}
