import type { Db } from '../../../db/client';
import type { RoundRow } from '../../../db/report/report';
import { pool } from '../../work/pool';
import { assembleReport } from '../../report/assemble';
import { loadReportInput } from './load';
import type { RoundReport } from '../../report/model';
import type { Lang } from '../../domain';

/**
 * Items × panellists from which a report is assembled in the worker pool. Measured with `npm run bench:report`
 * on a shared, noisy machine: for 300 items × 1,000 panellists the input loads in ~35 ms, assembles in ~75 ms
 * inline and crosses to the worker and back in ~30 ms (structured clone), so the pool frees the request thread
 * of most of the work at little cost. Below ~20,000 ratings assembling takes a few ms, about what the message
 * round trip costs, so small rounds stay inline.
 */
export const REPORT_POOL_CELLS = 20_000;

/**
 * A rating round's report for a request: loaded here (SQLite is on this thread), assembled in the worker pool
 * for large rounds so the statistics never hold up panellists' autosaves; small rounds inline.
 */
export async function computeRoundReport(
  db: Db,
  studyId: number,
  round: RoundRow,
  lang: Lang,
  cellsInline = REPORT_POOL_CELLS,
): Promise<RoundReport> {
  const input = loadReportInput(db, studyId, round, lang);
  const cells = input.items.length * input.matrix.panellistIds.length;
  return cells < cellsInline ? assembleReport(input) : pool().run('assembleReport', [input]);
}
