import { appendAudit } from '../../../db/audit';
import type { Db } from '../../../db/client';
import { upsertComputedDecisions } from '../../../db/decisions/consensus';
import { findRoundById, studyScales } from '../../../db/report/report';
import { cachedRoundMatrix } from '../../../db/report/answers';
import { classifyItems, countedColumns, itemStats, selectColumns } from '../../report/round-stats';
import { toStatsScale } from '../../report/scales';
import { protocolInForce } from './protocol-in-force';

/**
 * Classifies every item of a closed rating round by the protocol in force (consensus in / out / none),
 * writing one `decisions` row per item. Existing overrides and their reasons are kept. Other rounds
 * (review, coverage, or a rating round still open) are left alone. Safe to call again, e.g. after the
 * protocol changed. The decisions and their audit entry are written in one transaction.
 */
export function decideRound(db: Db, roundId: number, userId: number | null): void {
  const round = findRoundById(db, roundId);
  if (!round || round.kind !== 'rating' || round.status !== 'closed') return;
  const scales = studyScales(db, round.studyId);
  if (!scales) return;
  const inForce = protocolInForce(db, round.studyId);
  const full = cachedRoundMatrix(db, round);
  const matrix = selectColumns(full, countedColumns(full, inForce.protocol.countIncomplete));
  const stats = itemStats(matrix, {
    importance: toStatsScale(scales.importance),
    frequency: toStatsScale(scales.frequency),
  });
  const classes = classifyItems(inForce.protocol, stats);
  // The raw client's transaction: upsertComputedDecisions writes through raw statements, which join it.
  db.$client.transaction(() => {
    upsertComputedDecisions(
      db,
      roundId,
      inForce.id,
      classes.map((decision, i) => ({ roundItemId: matrix.itemIds[i] as number, decision })),
    );
    const tally = { in: 0, out: 0, none: 0 };
    for (const c of classes) tally[c] += 1;
    appendAudit(db, {
      studyId: round.studyId,
      userId,
      action: 'decisions.compute',
      entity: 'round',
      entityId: round.id,
      after: { round: round.number, protocolId: inForce.id, preset: inForce.protocol.preset, ...tally },
    });
  })();
}
