import type { Db } from '../../../db/client';
import type { RoundRow } from '../../../db/report/report';
import {
  coverageExportAnswers,
  proposedActivityRows,
  reviewExportAnswers,
} from '../../../db/report/panel-rounds';
import { loadCoverageReport, loadReviewReport } from '../report/load-panel-rounds';
import { toCsv } from '../../exports/csv';
import { newWorkbook, sheet } from '../../exports/xlsx';

export const REVIEW_COLUMNS = [
  'round',
  'item_number',
  'item_version',
  'item',
  'panellist',
  'group',
  'verdict',
  'proposal',
  'reason',
  'comment',
  'relevance',
  'outcome',
  'outcome_reason',
  'late',
  'timestamp',
] as const;

export const COVERAGE_COLUMNS = [
  'round',
  'cluster_number',
  'cluster',
  'panellist',
  'group',
  'verdict',
  'missing',
  'late',
  'timestamp',
] as const;

export const PROPOSAL_COLUMNS = [
  'round',
  'cluster_number',
  'cluster',
  'activity',
  'outcome',
  'outcome_reason',
] as const;

type Cell = string | number | boolean | null;
type Rows<C extends readonly string[]> = Record<C[number], Cell>[];

function reviewRows(db: Db, roundId: number): Rows<typeof REVIEW_COLUMNS> {
  return reviewExportAnswers(db, roundId).map((a) => ({
    round: a.round,
    item_number: a.itemNumber,
    item_version: a.itemVersion,
    item: a.item,
    panellist: a.pseudonym,
    group: a.group,
    verdict: a.verdict,
    proposal: a.proposal,
    reason: a.reason,
    comment: a.comment,
    relevance: a.relevance,
    outcome: a.outcome,
    outcome_reason: a.outcomeReason,
    late: a.late,
    timestamp: a.updatedAt.toISOString(),
  }));
}

function coverageRows(db: Db, roundId: number): Rows<typeof COVERAGE_COLUMNS> {
  return coverageExportAnswers(db, roundId).map((a) => ({
    round: a.round,
    cluster_number: a.clusterNumber,
    cluster: a.cluster,
    panellist: a.pseudonym,
    group: a.group,
    verdict: a.verdict,
    missing: a.missing,
    late: a.late,
    timestamp: a.updatedAt.toISOString(),
  }));
}

/** Proposed activities carry no panellist: who proposed what stays on the processing page only. */
function proposalRows(db: Db, round: RoundRow): Rows<typeof PROPOSAL_COLUMNS> {
  return proposedActivityRows(db, round.id).map((p) => ({
    round: round.number,
    cluster_number: p.clusterNumber,
    cluster: p.cluster,
    activity: p.text,
    outcome: p.outcome,
    outcome_reason: p.outcomeReason,
  }));
}

/** The answers of a review or coverage round as CSV (one row per answer), with the one CSV writer. */
export function panelRoundCsv(db: Db, round: RoundRow): string {
  return round.kind === 'review'
    ? toCsv(REVIEW_COLUMNS, reviewRows(db, round.id))
    : toCsv(COVERAGE_COLUMNS, coverageRows(db, round.id));
}

export const REVIEW_SHEET = 'Oordelen';
export const COVERAGE_SHEET = 'Dekking';
export const PROPOSALS_SHEET = 'Voorgestelde activiteiten';

/** A workbook with the answers and the proposed (review) or missing (coverage) activities with their processing. */
export async function panelRoundXlsx(db: Db, round: RoundRow): Promise<Buffer> {
  const wb = await newWorkbook();
  if (round.kind === 'review') {
    sheet(wb, REVIEW_SHEET, REVIEW_COLUMNS, reviewRows(db, round.id));
    sheet(wb, PROPOSALS_SHEET, PROPOSAL_COLUMNS, proposalRows(db, round));
  } else {
    sheet(wb, COVERAGE_SHEET, COVERAGE_COLUMNS, coverageRows(db, round.id));
    sheet(wb, PROPOSALS_SHEET, PROPOSAL_COLUMNS, proposalRows(db, round));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The report figures of a review or coverage round with its answers, as JSON. */
export function panelRoundJson(db: Db, round: RoundRow) {
  const base = { number: round.number, title: round.title, kind: round.kind, status: round.status };
  if (round.kind === 'review')
    return {
      round: base,
      report: loadReviewReport(db, round),
      proposedActivities: proposalRows(db, round),
      answers: reviewRows(db, round.id),
    };
  return {
    round: base,
    report: loadCoverageReport(db, round),
    proposedActivities: proposalRows(db, round),
    answers: coverageRows(db, round.id),
  };
}
