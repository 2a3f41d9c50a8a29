import { and, asc, count, eq, notExists } from 'drizzle-orm';
import { appendAudit } from '../../../db/audit';
import type { Db } from '../../../db/client';
import { poolItemsOf, poolOf } from '../../../db/rounds/pools';
import { participations, roundAllocations, rounds } from '../../../db/schema';
import { topUpSubset } from '../../rounds/pool';

/**
 * Gives every panellist invited to an open round with item subsets, but without a subset yet (they joined the
 * panel after the round opened), a balanced, stratified subset of their own (`topUpSubset`), with one audit
 * entry per round — so nobody is invited to a round in which there is nothing for them, and the report's "given
 * to" counts hold everyone who could rate an item. One transaction; does nothing when nobody is missing.
 * Returns how many panellists got a subset.
 */
export function topUpOpenPools(db: Db, studyId: number, userId: number | null): number {
  // `db`, not the transaction handle: the inserts are prepared on the connection, inside this transaction.
  return db.transaction(() => {
    const open = db
      .select({ id: rounds.id })
      .from(rounds)
      .where(and(eq(rounds.studyId, studyId), eq(rounds.status, 'open'), eq(rounds.kind, 'rating')))
      .all();
    let total = 0;
    for (const r of open) total += topUpRound(db, studyId, r.id, userId);
    return total;
  });
}

function topUpRound(db: Db, studyId: number, roundId: number, userId: number | null): number {
  const pool = poolOf(db, roundId);
  if (!pool) return 0;
  const missing = db
    .select({ id: participations.panellistId })
    .from(participations)
    .where(
      and(
        eq(participations.roundId, roundId),
        notExists(
          db
            .select({ x: roundAllocations.id })
            .from(roundAllocations)
            .where(
              and(
                eq(roundAllocations.roundId, roundId),
                eq(roundAllocations.panellistId, participations.panellistId),
              ),
            ),
        ),
      ),
    )
    .orderBy(asc(participations.panellistId))
    .all()
    .map((p) => p.id);
  if (!missing.length) return 0;
  const items = poolItemsOf(db, roundId);
  const given = new Map(
    db
      .select({ id: roundAllocations.roundItemId, n: count() })
      .from(roundAllocations)
      .where(eq(roundAllocations.roundId, roundId))
      .groupBy(roundAllocations.roundItemId)
      .all()
      .map((r) => [r.id, r.n]),
  );
  // A prepared statement: a CSV import of thousands of panellists tops up thousands of subsets here.
  const insert = db.$client.prepare(
    'insert into round_allocations (round_id, panellist_id, round_item_id, position) values (?, ?, ?, ?)',
  );
  for (const panellistId of missing) {
    const ids = topUpSubset(items, given, pool, panellistId);
    ids.forEach((roundItemId, position) => {
      insert.run(roundId, panellistId, roundItemId, position);
      given.set(roundItemId, (given.get(roundItemId) ?? 0) + 1);
    });
  }
  appendAudit(db, {
    studyId,
    userId,
    action: 'round.pool.topUp',
    entity: 'round',
    entityId: roundId,
    summary: `${missing.length}`,
    after: { panellists: missing, size: Math.min(pool.size, items.length) },
  });
  return missing.length;
}
