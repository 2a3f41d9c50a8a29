import type { Db } from '../../../db/client';
import { expiredRoundIds, graceEndedUndecided, markRoundClosed, type Round } from '../../../db/rounds/rounds';
import { decideRound } from './decide-round';

/**
 * Closes an open round; answers sent afterwards are refused (or kept as late within the round's grace period,
 * from a page shown before closing). A closed rating round is classified by the consensus protocol in force
 * right away, or when its grace period ends, so late answers never change a decided round.
 */
export function closeRound(db: Db, roundId: number, userId: number | null): Round | undefined {
  // One transaction on the connection itself (the classifier's prepared statements run on it): the round is
  // closed and decided together, or neither.
  return db.$client.transaction(() => {
    const closed = markRoundClosed(db, roundId, userId);
    if (closed?.kind === 'rating' && closed.graceHours === 0) decideRound(db, closed.id, userId);
    return closed;
  })();
}

/** Whether a closed round's grace period still runs (late answers may still come; no decisions yet). */
export function graceRunning(
  r: Pick<Round, 'status' | 'closedAt' | 'graceHours'>,
  now = Date.now(),
): boolean {
  return (
    r.status === 'closed' && r.graceHours > 0 && (r.closedAt?.getTime() ?? 0) + r.graceHours * 3_600_000 > now
  );
}

/** Classifies closed rating rounds whose grace period has ended; the server runs this every minute. */
export function decideAfterGrace(db: Db, now = new Date()): number[] {
  const ids = graceEndedUndecided(db, now);
  for (const id of ids) decideRound(db, id, null);
  return ids;
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
