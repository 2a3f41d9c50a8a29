import { and, asc, count, eq } from 'drizzle-orm';
import type { PoolSettings } from '../../src/rounds/pool';
import { appendAudit } from '../audit';
import type { Db } from '../client';
import type { Round } from './types';
import { ratingAnswers, roundAllocations, roundItems, roundPools } from '../schema';

export type RoundPool = typeof roundPools.$inferSelect;

export function poolOf(db: Db, roundId: number): RoundPool | undefined {
  return db.select().from(roundPools).where(eq(roundPools.roundId, roundId)).get();
}

/**
 * Sets (or with null removes) the item-subset settings of a draft rating round, with its audit entry, in one
 * transaction. Returns false when the round is no longer a draft rating round.
 */
export function savePool(
  db: Db,
  round: Round,
  settings: Omit<PoolSettings, 'seed'> | null,
  seed: number,
  userId: number,
): boolean {
  if (round.status !== 'draft' || round.kind !== 'rating') return false;
  db.transaction((tx) => {
    const t = tx as unknown as Db;
    const before = poolOf(t, round.id);
    t.delete(roundPools).where(eq(roundPools.roundId, round.id)).run();
    if (settings)
      t.insert(roundPools)
        .values({ roundId: round.id, ...settings, seed: before?.seed ?? seed })
        .run();
    appendAudit(t, {
      studyId: round.studyId,
      userId,
      action: 'round.pool',
      entity: 'round',
      entityId: round.id,
      summary: settings ? `${settings.size} / ${settings.minPerItem}` : 'off',
      before: before ?? null,
      after: settings ?? null,
    });
  });
  return true;
}

/** The round items one panellist was given, in their order; undefined when the round has no subsets. */
export function allocationOf(db: Db, roundId: number, panellistId: number): number[] | undefined {
  if (!poolOf(db, roundId)) return undefined;
  return db
    .select({ id: roundAllocations.roundItemId })
    .from(roundAllocations)
    .where(and(eq(roundAllocations.roundId, roundId), eq(roundAllocations.panellistId, panellistId)))
    .orderBy(asc(roundAllocations.position))
    .all()
    .map((r) => r.id);
}

/** Per round item: how many panellists were shown it and how many rated it; undefined without subsets. */
export function poolReport(db: Db, roundId: number) {
  const pool = poolOf(db, roundId);
  if (!pool) return undefined;
  const shown = db
    .select({ id: roundAllocations.roundItemId, n: count() })
    .from(roundAllocations)
    .where(eq(roundAllocations.roundId, roundId))
    .groupBy(roundAllocations.roundItemId)
    .all();
  const answered = db
    .select({ id: ratingAnswers.roundItemId, n: count() })
    .from(ratingAnswers)
    .where(eq(ratingAnswers.roundId, roundId))
    .groupBy(ratingAnswers.roundItemId)
    .all();
  const items = db
    .select({ id: roundItems.id, number: roundItems.number, text: roundItems.text })
    .from(roundItems)
    .where(eq(roundItems.roundId, roundId))
    .orderBy(asc(roundItems.position))
    .all();
  const s = new Map(shown.map((r) => [r.id, r.n]));
  const a = new Map(answered.map((r) => [r.id, r.n]));
  return {
    pool,
    items: items.map((i) => ({ ...i, shown: s.get(i.id) ?? 0, answered: a.get(i.id) ?? 0 })),
  };
}

export type PoolReport = NonNullable<ReturnType<typeof poolReport>>;

/** The items of a round with their cluster, in the round's order: what a subset is drawn from. */
export function poolItemsOf(db: Db, roundId: number): { id: number; cluster: string }[] {
  return db
    .select({ id: roundItems.id, cluster: roundItems.clusterNumber })
    .from(roundItems)
    .where(eq(roundItems.roundId, roundId))
    .orderBy(asc(roundItems.position))
    .all();
}
