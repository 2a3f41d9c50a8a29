import type { Db } from '../client';

/** Verdicts and relevance ratings of a review round, one row per answer (no panellist identity). */
export function reviewAnswerRows(
  db: Db,
  roundId: number,
): { roundItemId: number; verdict: string | null; relevance: number | null }[] {
  const rows = db.$client
    .prepare('SELECT round_item_id, verdict, relevance FROM review_answers WHERE round_id = ?')
    .raw()
    .all(roundId) as [number, string | null, number | null][];
  return rows.map(([roundItemId, verdict, relevance]) => ({ roundItemId, verdict, relevance }));
}
