import type { Db } from './client';

/** "Cannot judge" and "not answered" codes, identical to the statistics module's CANNOT_JUDGE / MISSING. */
const CANNOT_JUDGE = -1;
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
type RawAnswer = [number, number, number | null, number, number | null, number, number, number];

/**
 * Loads every rating answer of a round with one statement iterated in raw mode; drizzle's object mapping
 * would cost more than the statistics for 600,000 answers.
 */
export function loadRoundMatrix(db: Db, roundId: number): RoundMatrix {
  const client = db.$client;
  const itemIds = (
    client.prepare('SELECT id FROM round_items WHERE round_id = ? ORDER BY position, id').raw().all(roundId) as [
      number,
    ][]
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
  const stmt = client
    .prepare(
      `SELECT round_item_id, panellist_id, importance, importance_cannot_judge, frequency, frequency_cannot_judge,
              dissent, comment <> '' FROM rating_answers WHERE round_id = ?`,
    )
    .raw();
  for (const a of stmt.iterate(roundId) as IterableIterator<RawAnswer>) {
    const i = row.get(a[0]);
    const j = column.get(a[1]);
    if (i === undefined || j === undefined) continue;
    (importance[i] as Int16Array)[j] = a[2] !== null ? a[2] : a[3] ? CANNOT_JUDGE : MISSING;
    (frequency[i] as Int16Array)[j] = a[4] !== null ? a[4] : a[5] ? CANNOT_JUDGE : MISSING;
    if (a[6]) dissent[i]! += 1;
    if (a[7]) comments[i]! += 1;
  }
  return { itemIds, panellistIds, importance, frequency, completed: Uint8Array.from(completedList), dissent, comments };
}
