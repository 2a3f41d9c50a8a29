import { eq } from 'drizzle-orm';
import { appendAudit } from '../audit';
import type { Db } from '../client';
import type { Round } from './rounds';
import { realtimeRounds } from '../schema';

export function isRealtime(db: Db, roundId: number): boolean {
  return !!db.select().from(realtimeRounds).where(eq(realtimeRounds.roundId, roundId)).get();
}

/** Makes a draft rating round real-time (or ordinary again), with its audit entry, in one transaction. */
export function setRealtime(db: Db, round: Round, on: boolean, userId: number): boolean {
  if (round.status !== 'draft' || round.kind !== 'rating') return false;
  db.transaction((tx) => {
    const t = tx as unknown as Db;
    t.delete(realtimeRounds).where(eq(realtimeRounds.roundId, round.id)).run();
    if (on) t.insert(realtimeRounds).values({ roundId: round.id }).run();
    appendAudit(t, {
      studyId: round.studyId,
      userId,
      action: 'round.realtime',
      entity: 'round',
      entityId: round.id,
      summary: on ? 'on' : 'off',
    });
  });
  return true;
}
