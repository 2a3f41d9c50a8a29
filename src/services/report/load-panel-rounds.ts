import type { Db } from '../../../db/client';
import { listRoundItems, type RoundRow } from '../../../db/report/report';
import {
  coverageExportAnswers,
  proposedActivityRows,
  roundClusterRows,
} from '../../../db/report/panel-rounds';
import { reviewAnswerRows } from '../../../db/report/review';
import { coverageReport, type CoverageReport } from '../../report/coverage';
import { reviewReport, type ReviewReport } from '../../report/review';

/** Verdict counts and content validity of a review round. */
export function loadReviewReport(db: Db, round: RoundRow): ReviewReport {
  return reviewReport(
    listRoundItems(db, round.id).map((it) => ({ roundItemId: it.id, number: it.number, text: it.text })),
    reviewAnswerRows(db, round.id),
    round.askRelevance,
  );
}

/** Yes/partly/no and the missing activities per cluster of a coverage round. */
export function loadCoverageReport(db: Db, round: RoundRow): CoverageReport {
  return coverageReport(roundClusterRows(db, round.id), coverageExportAnswers(db, round.id));
}

export type ProposedActivity = ReturnType<typeof proposedActivityRows>[number];

/** What the panel proposed in a round and how the researcher processed each proposal (no panellist). */
export function loadProposedActivities(db: Db, round: RoundRow): ProposedActivity[] {
  return proposedActivityRows(db, round.id);
}
