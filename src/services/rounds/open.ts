import { and, asc, eq, isNull } from 'drizzle-orm';
import { appendAudit } from '../../../db/audit';
import type { Db } from '../../../db/client';
import { poolItemsOf, poolOf } from '../../../db/rounds/pools';
import type { Round } from '../../../db/rounds/types';
import {
  panellists,
  participations,
  roundAllocations,
  roundClusters,
  roundItems,
  rounds,
} from '../../../db/schema';
import { allocateSubsets } from '../../rounds/pool';
import { buildRoundSnapshot } from './snapshot';

/*
 * Opening a round: the one state change that freezes what the panel will see. It combines the snapshot engine
 * (which items, numbered how) and the subset allocation with the writes, in one transaction.
 */

export type OpenResult =
  | { ok: true; round: Round; items: number; invited: number }
  | { ok: false; error: 'notDraft' | 'noItems' | 'noStandard' }
  | { ok: false; error: 'poolInfeasible'; needed: number };

/**
 * Opens a draft round: freezes the snapshot of its items and clusters (from the draft, or from the standard
 * version's criteria when `subject = 'criteria'`), invites every panellist whose link is not revoked, and logs
 * it. All in one transaction; later edits to the draft never reach this round.
 */
export function openRound(db: Db, roundId: number, userId: number | null): OpenResult {
  try {
    return openRoundIn(db, roundId, userId);
  } catch (err) {
    if (err instanceof PoolInfeasible) return { ok: false, error: 'poolInfeasible', needed: err.needed };
    throw err;
  }
}

function openRoundIn(db: Db, roundId: number, userId: number | null): OpenResult {
  return db.transaction((tx) => {
    const t = tx as unknown as Db;
    const round = t.select().from(rounds).where(eq(rounds.id, roundId)).get();
    if (!round || round.status !== 'draft') return { ok: false, error: 'notDraft' };
    const snap = buildRoundSnapshot(t, round);
    if (!snap.ok) return snap;
    const clusterIds = new Map<string, number>();
    for (const c of snap.clusters) {
      const row = t
        .insert(roundClusters)
        .values({ ...c, roundId })
        .returning({ id: roundClusters.id })
        .get();
      clusterIds.set(c.number, row.id);
    }
    for (const it of snap.items)
      t.insert(roundItems)
        .values({ ...it, refKind: snap.refKind, roundId })
        .run();
    const now = new Date();
    const active = t
      .select({ id: panellists.id })
      .from(panellists)
      .where(and(eq(panellists.studyId, round.studyId), isNull(panellists.revokedAt)))
      .all();
    for (const p of active)
      t.insert(participations)
        .values({ roundId, panellistId: p.id, invitedAt: now })
        .onConflictDoNothing()
        .run();
    allocatePoolIn(t, roundId);
    const opened = t
      .update(rounds)
      .set({ status: 'open', openedAt: now })
      .where(eq(rounds.id, roundId))
      .returning()
      .get()!;
    appendAudit(t, {
      studyId: round.studyId,
      userId,
      action: 'round.open',
      entity: 'round',
      entityId: roundId,
      summary: `${round.number}. ${round.title}`,
      after: {
        invited: active.length,
        itemCount: snap.items.length,
        items: snap.items.map((i) => ({ number: i.number, refId: i.refId, refVersion: i.refVersion })),
      },
    });
    return { ok: true, round: opened, items: snap.items.length, invited: active.length };
  });
}

/** Thrown inside the opening transaction so nothing of the opening is kept. */
export class PoolInfeasible extends Error {
  constructor(readonly needed: number) {
    super(`item subset too small: at least ${needed} needed`);
  }
}

/**
 * At opening, inside its transaction: gives every invited panellist their subset of the round's items and
 * stores it. Does nothing for a round without pool settings; throws {@link PoolInfeasible} when the subset size
 * cannot give every item its minimum with this panel.
 */
export function allocatePoolIn(db: Db, roundId: number): void {
  const pool = poolOf(db, roundId);
  if (!pool) return;
  const items = poolItemsOf(db, roundId);
  const panel = db
    .select({ id: participations.panellistId })
    .from(participations)
    .where(eq(participations.roundId, roundId))
    .orderBy(asc(participations.panellistId))
    .all()
    .map((p) => p.id);
  const size = Math.min(pool.size, items.length);
  const res = allocateSubsets(items, panel, { ...pool, size });
  if (!res.ok) throw new PoolInfeasible(res.needed);
  for (const [panellistId, ids] of res.byPanellist)
    ids.forEach((roundItemId, position) =>
      db.insert(roundAllocations).values({ roundId, panellistId, roundItemId, position }).run(),
    );
}
