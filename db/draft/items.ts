import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../client';
import type { Item } from './draft';
import { changeItemIn, insertItem, type Actor } from './versions';
import { itemEvidence, items } from '../schema';

export interface Span {
  caseId: number;
  start: number;
  end: number;
}

/** Links spans to an item; spans it already has are skipped. Returns how many were added. */
export function addEvidence(db: Db, itemId: number, spans: readonly Span[]): number {
  if (spans.length === 0) return 0;
  const res = db
    .insert(itemEvidence)
    .values(spans.map((s) => ({ itemId, caseId: s.caseId, start: s.start, end: s.end })))
    .onConflictDoNothing()
    .run();
  return res.changes;
}

/** Moves evidence rows to another item; a span the target already has stays with the source (no duplicates). */
function moveEvidence(db: Db, evidenceIds: number[], targetId: number): void {
  if (evidenceIds.length === 0) return;
  const have = new Set(
    db
      .select()
      .from(itemEvidence)
      .where(eq(itemEvidence.itemId, targetId))
      .all()
      .map((e) => `${e.caseId}:${e.start}:${e.end}`),
  );
  const rows = db.select().from(itemEvidence).where(inArray(itemEvidence.id, evidenceIds)).all();
  for (const r of rows) {
    const key = `${r.caseId}:${r.start}:${r.end}`;
    if (have.has(key)) continue;
    have.add(key);
    db.update(itemEvidence).set({ itemId: targetId }).where(eq(itemEvidence.id, r.id)).run();
  }
}

export type MergeResult = { ok: true; target: Item } | { ok: false; stale: Item[] };

/**
 * Merges items into `targetId`: all their evidence moves to the target, which gets `text`; the others get
 * status 'merged' with mergedInto. Every item's version must still be the one the researcher saw.
 */
export function mergeItems(
  db: Db,
  studyId: number,
  targetId: number,
  versions: ReadonlyMap<number, number>,
  text: string,
  actor: Actor,
): MergeResult {
  return db.transaction((t) => {
    const tx = t as unknown as Db;
    const ids = [...versions.keys()];
    const rows = tx
      .select()
      .from(items)
      .where(and(eq(items.studyId, studyId), inArray(items.id, ids)))
      .all();
    const stale = rows.filter((r) => r.version !== versions.get(r.id) || r.status !== 'active');
    if (rows.length !== ids.length || stale.length) return { ok: false, stale };
    const others = rows.filter((r) => r.id !== targetId);
    const evIds = tx
      .select({ id: itemEvidence.id })
      .from(itemEvidence)
      .where(
        inArray(
          itemEvidence.itemId,
          others.map((o) => o.id),
        ),
      )
      .all()
      .map((e) => e.id);
    moveEvidence(tx, evIds, targetId);
    const names = others.map((o) => `#${o.id}`).join(', ');
    for (const o of others) {
      const reason = [`samengevoegd met #${targetId}`, actor.reason].filter(Boolean).join(': ');
      changeItemIn(tx, studyId, o.id, undefined, { status: 'merged', mergedInto: targetId }, 'merge', {
        ...actor,
        reason,
      });
    }
    const reason = [`samengevoegd met ${names}`, actor.reason].filter(Boolean).join(': ');
    const res = changeItemIn(tx, studyId, targetId, undefined, { text }, 'merge', { ...actor, reason });
    if (!res.ok) throw new Error('merge target vanished');
    return { ok: true, target: res.item };
  });
}

/**
 * Splits an item into two or more wordings: the item keeps the first, the others become new items in the same
 * cluster and phase. `assign` maps evidence ids to the part (index) that keeps them; unassigned evidence stays.
 */
export function splitItem(
  db: Db,
  studyId: number,
  id: number,
  expected: number,
  parts: readonly string[],
  assign: ReadonlyMap<number, number>,
  actor: Actor,
): { ok: true; items: Item[] } | { ok: false; current: Item | undefined } {
  return db.transaction((t) => {
    const tx = t as unknown as Db;
    const first = changeItemIn(tx, studyId, id, expected, { text: parts[0]! }, 'split', {
      ...actor,
      reason: ['gesplitst', actor.reason].filter(Boolean).join(': '),
    });
    if (!first.ok) return first;
    const created = parts.slice(1).map((text, k) =>
      insertItem(
        tx,
        studyId,
        {
          text,
          clusterId: first.item.clusterId,
          phaseId: first.item.phaseId,
          origin: 'split',
          position: first.item.position,
        },
        { ...actor, reasonCode: 'split', reasonParams: { from: id } },
      ),
    );
    const all = [first.item, ...created];
    const own = new Set(
      tx
        .select({ id: itemEvidence.id })
        .from(itemEvidence)
        .where(eq(itemEvidence.itemId, id))
        .all()
        .map((e) => e.id),
    );
    const byPart = new Map<number, number[]>();
    for (const [evId, part] of assign)
      if (own.has(evId) && part > 0 && all[part]) byPart.set(part, [...(byPart.get(part) ?? []), evId]);
    for (const [part, evIds] of byPart) moveEvidence(tx, evIds, all[part]!.id);
    return { ok: true, items: all };
  });
}
