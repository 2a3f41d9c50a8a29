import type { Db } from '../client';

/**
 * "Not answered", identical to the statistics module's MISSING; "cannot judge" (−1) comes out of the SQL below,
 * which codes a null value as −1 when the cannot-judge flag is set and −2 otherwise.
 */
const MISSING = -2;

/**
 * A rating round's answers in the array layout the statistics run on: one Int16Array per item (in position
 * order) with one coded rating per panellist column. Columns are the invited panellists (participations),
 * followed by anyone who answered without one.
 */
export interface RoundMatrix {
  itemIds: number[];
  panellistIds: number[];
  importance: Int16Array[];
  frequency: Int16Array[];
  /** Whether the panellist completed the round ("afronden"), per column. */
  completed: Uint8Array;
  /** Panellists who marked "principieel bezwaar", per item. */
  dissent: Uint32Array;
  /** Non-empty comments per item. */
  comments: Uint32Array;
}

type RawParticipation = [number, number | null];

/**
 * Loads every rating answer of a round with one statement iterated in raw mode; drizzle's object mapping
 * would cost more than the statistics for 600,000 answers.
 */
export function loadRoundMatrix(db: Db, roundId: number): RoundMatrix {
  const client = db.$client;
  const itemIds = (
    client
      .prepare('SELECT id FROM round_items WHERE round_id = ? ORDER BY position, id')
      .raw()
      .all(roundId) as [number][]
  ).map((r) => r[0]);
  const parts = client
    .prepare('SELECT panellist_id, completed_at FROM participations WHERE round_id = ? ORDER BY panellist_id')
    .raw()
    .all(roundId) as RawParticipation[];
  const column = new Map<number, number>();
  const panellistIds: number[] = [];
  const completedList: number[] = [];
  for (const [pid, completedAt] of parts) {
    column.set(pid, panellistIds.length);
    panellistIds.push(pid);
    completedList.push(completedAt === null ? 0 : 1);
  }
  const extra = client
    .prepare(
      `SELECT DISTINCT panellist_id FROM rating_answers WHERE round_id = ?
       AND panellist_id NOT IN (SELECT panellist_id FROM participations WHERE round_id = ?) ORDER BY panellist_id`,
    )
    .raw()
    .all(roundId, roundId) as [number][];
  for (const [pid] of extra) {
    column.set(pid, panellistIds.length);
    panellistIds.push(pid);
    completedList.push(0);
  }
  const m = panellistIds.length;
  const row = new Map(itemIds.map((id, i) => [id, i]));
  const importance = itemIds.map(() => new Int16Array(m).fill(MISSING));
  const frequency = itemIds.map(() => new Int16Array(m).fill(MISSING));
  const dissent = new Uint32Array(itemIds.length);
  const comments = new Uint32Array(itemIds.length);
  // Both codes, dissent and "has a comment" packed into one integer in SQL: fewer values cross into JS per row.
  const stmt = client
    .prepare(
      `SELECT round_item_id, panellist_id,
         ((coalesce(importance, -1 - (importance_cannot_judge = 0)) + 2) << 16)
         | ((coalesce(frequency, -1 - (frequency_cannot_judge = 0)) + 2) << 2) | (dissent << 1) | (comment <> '')
       FROM rating_answers WHERE round_id = ?`,
    )
    .raw();
  for (const a of stmt.iterate(roundId) as IterableIterator<[number, number, number]>) {
    const i = row.get(a[0]);
    const j = column.get(a[1]);
    if (i === undefined || j === undefined) continue;
    const packed = a[2];
    (importance[i] as Int16Array)[j] = (packed >> 16) - 2;
    (frequency[i] as Int16Array)[j] = ((packed >> 2) & 0x3fff) - 2;
    if (packed & 2) dissent[i]! += 1;
    if (packed & 1) comments[i]! += 1;
  }
  return {
    itemIds,
    panellistIds,
    importance,
    frequency,
    completed: Uint8Array.from(completedList),
    dissent,
    comments,
  };
}

interface CacheEntry {
  key: string;
  matrix: RoundMatrix;
}

const caches = new WeakMap<Db, Map<number, CacheEntry>>();
const CACHE_ROUNDS = 8;

/** Row count and highest row id of a round's answers, read from the round index alone (no table access). */
function fingerprint(db: Db, round: { id: number; status: string; closedAt: Date | null }): string {
  const [count, maxId] = db.$client
    .prepare('SELECT count(*), max(id) FROM rating_answers WHERE round_id = ?')
    .raw()
    .get(round.id) as [number, number | null];
  const parts = db.$client
    .prepare('SELECT count(*), sum(completed_at IS NOT NULL) FROM participations WHERE round_id = ?')
    .raw()
    .get(round.id) as [number, number | null];
  return [round.closedAt?.getTime() ?? '', count, maxId ?? '', parts[0], parts[1] ?? 0].join(':');
}

/**
 * The matrix of a closed round, kept in memory (≈ 1.2 MB for 1,000 × 300) so the report does not re-read
 * 300,000 rows on every view; decideRound at closing fills it. Answers of a closed round do not change, and
 * new rows or participations change the fingerprint; open rounds are always read fresh.
 */
export function cachedRoundMatrix(
  db: Db,
  round: { id: number; status: string; closedAt: Date | null },
): RoundMatrix {
  if (round.status !== 'closed') return loadRoundMatrix(db, round.id);
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  const key = fingerprint(db, round);
  const hit = cache.get(round.id);
  if (hit && hit.key === key) {
    cache.delete(round.id);
    cache.set(round.id, hit);
    return hit.matrix;
  }
  const matrix = loadRoundMatrix(db, round.id);
  cache.set(round.id, { key, matrix });
  while (cache.size > CACHE_ROUNDS) cache.delete(cache.keys().next().value as number);
  return matrix;
}

/** Drops a round's cached matrix (e.g. after answers of a closed round were corrected). */
export function forgetRoundMatrix(db: Db, roundId?: number): void {
  if (roundId === undefined) caches.delete(db);
  else caches.get(db)?.delete(roundId);
}
