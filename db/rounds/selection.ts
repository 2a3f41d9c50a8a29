import { eq } from 'drizzle-orm';
import { appendAudit } from '../audit';
import type { Db } from '../client';
import { rounds } from '../schema';
import type { Classification } from '../../src/rounds';
import type { Round } from './types';

/** The rows of the selection form (built in src/services/rounds/selection.ts). */
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
 * Stores which items a round in preparation puts to the panel, with its audit entry, in one transaction; items
 * re-selected after an earlier decision settled them are logged with the reason. The rules are in
 * src/services/rounds/selection.ts.
 */
export function storeSelection(
  db: Db,
  round: Round,
  userId: number | null,
  chosen: number[],
  reselected: number[],
  reason: string,
): Round {
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
      after: { selected: chosen.length, ...(reselected.length ? { reselected, reason } : {}) },
    });
    return after;
  });
}
