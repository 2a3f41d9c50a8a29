import type { Db } from '../../db/client';
import { expiredRoundIds, markRoundClosed, type Round } from '../../db/rounds';
import { decideRound } from './decide-round';

/**
 * Closes an open round; answers sent afterwards are refused (or kept as late from a page opened before). A
 * closed rating round is classified right away by the consensus protocol in force.
 */
export function closeRound(db: Db, roundId: number, userId: number | null): Round | undefined {
  const closed = markRoundClosed(db, roundId, userId);
  if (closed?.kind === 'rating') decideRound(db, closed.id, userId);
  return closed;
}

/**
 * Closes every open round whose closing date has passed. The server runs this every minute, so a round closes
 * on its date without the researcher having to.
 */
export function closeExpiredRounds(db: Db, now = new Date()): Round[] {
  return expiredRoundIds(db, now)
    .map((id) => closeRound(db, id, null))
    .filter((r): r is Round => r !== undefined);
}
