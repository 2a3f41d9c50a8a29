import { appendAudit } from '../../../db/audit';
import type { Db } from '../../../db/client';
import { findDecision, setOverride, type DecisionRow } from '../../../db/decisions/consensus';
import type { Decision } from '../../consensus';
import { decideRound } from './decide-round';

/**
 * Sets (or, with `override` null, removes) the researcher's override of one item's decision. The reason is
 * required for an override and kept with it; change and audit entry are written in one transaction. A rating
 * round closed before decisions were recorded gets them first, so the override has something to override.
 * Undefined when the item has no decision even then (round still open, or item not in the round).
 */
export function overrideDecision(
  db: Db,
  studyId: number,
  roundId: number,
  roundItemId: number,
  userId: number,
  override: Decision | null,
  reason: string,
): DecisionRow | undefined {
  // The raw client's transaction, so that decideRound's raw statements join it too.
  return db.$client.transaction(() => {
    if (!findDecision(db, roundId, roundItemId)) decideRound(db, roundId, userId);
    const before = findDecision(db, roundId, roundItemId);
    if (!before) return undefined;
    const after = setOverride(db, roundItemId, userId, override, reason.trim());
    appendAudit(db, {
      studyId,
      userId,
      action: override === null ? 'decision.override.remove' : 'decision.override',
      entity: 'round_item',
      entityId: roundItemId,
      summary:
        override === null
          ? `Overruling verwijderd (regel: ${before.computed})`
          : `${before.computed} → ${override}: ${reason.trim()}`,
      before: { computed: before.computed, override: before.override, reason: before.overrideReason },
      after: { computed: after?.computed, override: after?.override, reason: after?.overrideReason },
    });
    return after;
  })();
}
