import type { Db } from '../../../db/client';
import { storeSelection, type SelectionGroup } from '../../../db/rounds/selection';
import { chosenRefIds, earlierDecisions, otherLabel, sourceOf } from './snapshot';
import type { Round } from '../../../db/rounds/types';
import { buildSnapshot, finalDecision, reselectedIds } from '../../rounds';

/** The earlier rating decisions that settle items of this round: only a rating round of draft items has them. */
const standingDecisions = (db: Db, round: Round) =>
  round.subject === 'items' && round.kind === 'rating'
    ? earlierDecisions(db, round)
    : { rounds: [], decisions: [] };

/**
 * Used by the selection form: every active draft item with its draft number, grouped per top-level cluster in
 * reading order (unclustered last), which are chosen (or `entered`, when a refused form is shown again), which
 * were settled by an earlier decision, and whether the choice is the carry-forward default.
 */
export function selectionView(db: Db, round: Round, entered?: readonly number[]) {
  const src = sourceOf(db, round) ?? undefined;
  const sel = chosenRefIds(db, round, src);
  const earlier = standingDecisions(db, round);
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
  const reselected = reselectedIds(chosen, standingDecisions(db, round).decisions);
  const why = reason.trim();
  if (reselected.length > 0 && !why) return { ok: false, error: 'reasonRequired', reselected };
  return { ok: true, round: storeSelection(db, round, userId, chosen, reselected, why), reselected };
}
