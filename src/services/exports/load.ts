import type { Db } from '../../../db/client';
import { listStudyRounds } from '../../../db/report/report';
import { exportAnswers } from '../../../db/report/export';
import { loadRoundReport } from '../report/load';
import { reportJson } from '../../report/json';
import { longCsv } from '../../exports/csv';
import { itemRows } from '../../exports/item-rows';
import { toLongRows } from '../../exports/long';
import { answersWorkbook } from '../../exports/xlsx';
import type { Lang } from '../../domain';

/** Rating rounds to export: one round, or every opened rating round of the study. */
function ratingRounds(db: Db, studyId: number, roundId?: number) {
  return listStudyRounds(db, studyId).filter(
    (r) => r.kind === 'rating' && r.status !== 'draft' && (roundId === undefined || r.id === roundId),
  );
}

export function exportCsv(db: Db, studyId: number, roundId?: number): string {
  const rounds = ratingRounds(db, studyId, roundId);
  return longCsv(
    toLongRows(
      exportAnswers(
        db,
        studyId,
        rounds.map((r) => r.id),
      ),
    ),
  );
}

export async function exportXlsx(db: Db, studyId: number, lang: Lang, roundId?: number): Promise<Buffer> {
  const rounds = ratingRounds(db, studyId, roundId);
  const answers = toLongRows(
    exportAnswers(
      db,
      studyId,
      rounds.map((r) => r.id),
    ),
  );
  const reports = rounds.map((r) => loadRoundReport(db, studyId, r, lang));
  return answersWorkbook(answers, itemRows(reports));
}

/** Everything as JSON: per rating round the report figures and the answers in long format. */
export function exportJson(db: Db, studyId: number, lang: Lang, roundId?: number) {
  const rounds = ratingRounds(db, studyId, roundId);
  return {
    rounds: rounds.map((r) => ({
      report: reportJson(loadRoundReport(db, studyId, r, lang)),
      answers: toLongRows(exportAnswers(db, studyId, [r.id])),
    })),
  };
}
