import type { Db } from '../client';

/** One review answer for the report and export: the panellist by pseudonym and group only. */
export interface ReviewExportAnswer {
  round: number;
  itemNumber: string;
  itemVersion: number;
  item: string;
  pseudonym: string;
  group: string;
  verdict: string | null;
  proposal: string;
  reason: string;
  comment: string;
  relevance: number | null;
  outcome: string | null;
  outcomeReason: string;
  late: boolean;
  updatedAt: Date;
}

type ReviewRaw = [number, string, number, string, string, string, string | null, string, string, string];
type ReviewRaw2 = [number | null, string | null, string, number, number];

/** Review answers of one round, by item position and pseudonym. */
export function reviewExportAnswers(db: Db, roundId: number): ReviewExportAnswer[] {
  const rows = db.$client
    .prepare(
      `SELECT r.number, i.number, i.ref_version, i.text, p.pseudonym, p.stakeholder_group, a.verdict, a.proposal,
              a.reason, a.comment, a.relevance, a.outcome, a.outcome_reason, a.late, a.updated_at
       FROM review_answers a
       JOIN rounds r ON r.id = a.round_id
       JOIN round_items i ON i.id = a.round_item_id
       JOIN panellists p ON p.id = a.panellist_id
       WHERE a.round_id = ?
       ORDER BY i.position, i.id, p.pseudonym`,
    )
    .raw()
    .all(roundId) as [...ReviewRaw, ...ReviewRaw2][];
  return rows.map((x) => ({
    round: x[0],
    itemNumber: x[1],
    itemVersion: x[2],
    item: x[3],
    pseudonym: x[4],
    group: x[5],
    verdict: x[6],
    proposal: x[7],
    reason: x[8],
    comment: x[9],
    relevance: x[10],
    outcome: x[11],
    outcomeReason: x[12],
    late: x[13] === 1,
    updatedAt: new Date(x[14]),
  }));
}

/** One coverage answer: does the panellist find the cluster covers practice, and what is missing. */
export interface CoverageExportAnswer {
  round: number;
  roundClusterId: number;
  clusterNumber: string;
  cluster: string;
  pseudonym: string;
  group: string;
  verdict: 'yes' | 'partly' | 'no' | null;
  missing: string;
  late: boolean;
  updatedAt: Date;
}

/** Coverage answers of one round, by cluster position and pseudonym. */
export function coverageExportAnswers(db: Db, roundId: number): CoverageExportAnswer[] {
  const rows = db.$client
    .prepare(
      `SELECT r.number, c.id, c.number, c.label, p.pseudonym, p.stakeholder_group, a.verdict, a.missing, a.late,
              a.updated_at
       FROM coverage_answers a
       JOIN rounds r ON r.id = a.round_id
       JOIN round_clusters c ON c.id = a.round_cluster_id
       JOIN panellists p ON p.id = a.panellist_id
       WHERE a.round_id = ?
       ORDER BY c.position, c.id, p.pseudonym`,
    )
    .raw()
    .all(roundId) as [
    number,
    number,
    string,
    string,
    string,
    string,
    string | null,
    string,
    number,
    number,
  ][];
  return rows.map((x) => ({
    round: x[0],
    roundClusterId: x[1],
    clusterNumber: x[2],
    cluster: x[3],
    pseudonym: x[4],
    group: x[5],
    verdict: x[6] === 'yes' || x[6] === 'partly' || x[6] === 'no' ? x[6] : null,
    missing: x[7],
    late: x[8] === 1,
    updatedAt: new Date(x[9]),
  }));
}

/** The clusters a round asked about, in order. */
export function roundClusterRows(db: Db, roundId: number) {
  const rows = db.$client
    .prepare('SELECT id, number, label FROM round_clusters WHERE round_id = ? ORDER BY position, id')
    .raw()
    .all(roundId) as [number, string, string][];
  return rows.map(([id, number, label]) => ({ id, number, label }));
}

const OUTCOMES = ['accepted', 'rejected', 'merged'] as const;

/** Activities the panel proposed in a round (review rounds), anonymous, with how the researcher processed them. */
export function proposedActivityRows(db: Db, roundId: number) {
  const rows = db.$client
    .prepare(
      `SELECT a.id, c.number, c.label, a.text, a.outcome, a.outcome_reason, a.result_item_id, i.text
       FROM proposed_activities a LEFT JOIN round_clusters c ON c.id = a.round_cluster_id
       LEFT JOIN items i ON i.id = a.result_item_id
       WHERE a.round_id = ?
       ORDER BY c.position, a.id`,
    )
    .raw()
    .all(roundId) as [
    number,
    string | null,
    string | null,
    string,
    string | null,
    string,
    number | null,
    string | null,
  ][];
  return rows.map((x) => ({
    id: x[0],
    clusterNumber: x[1] ?? '',
    cluster: x[2] ?? '',
    text: x[3],
    outcome: OUTCOMES.find((o) => o === x[4]) ?? null,
    outcomeReason: x[5],
    resultItemId: x[6],
    /** The wording of the draft item it was merged into (as the draft has it now). */
    resultItemText: x[7] ?? '',
  }));
}
