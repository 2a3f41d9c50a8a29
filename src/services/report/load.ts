import type { Db } from '../../../db/client';
import { decisionsForRound, protocolHistory } from '../../../db/decisions/consensus';
import {
  dissentReasons,
  listRoundItems,
  listStudyRounds,
  panellistGroups,
  participationStates,
  studyScales,
  type RoundRow,
} from '../../../db/report/report';
import { cachedRoundMatrix } from '../../../db/report/answers';
import { parseStoredProtocol } from '../../decisions';
import { protocolInForce } from '../decisions';
import { poolOf } from '../../../db/rounds/pools';
import { assembleReport, type ReportInput, type RoundInput } from '../../report/assemble';
import type { RoundReport } from '../../report/model';
import { toStatsScale } from '../../report/scales';
import type { Lang } from '../../domain';

function roundInput(r: RoundRow): RoundInput {
  return { id: r.id, number: r.number, title: r.title, kind: r.kind, status: r.status, closedAt: r.closedAt };
}

function itemRefs(db: Db, roundId: number) {
  return listRoundItems(db, roundId).map((it) => ({
    roundItemId: it.id,
    refKind: it.refKind,
    refId: it.refId,
    refVersion: it.refVersion,
    position: it.position,
    number: it.number,
    text: it.text,
    clusterNumber: it.clusterNumber,
    clusterLabel: it.clusterLabel,
  }));
}

/**
 * Everything a rating round's report needs, as plain structured-clonable data (so it can be assembled in a
 * worker thread). `round` must belong to `studyId`.
 */
export function loadReportInput(db: Db, studyId: number, round: RoundRow, lang: Lang): ReportInput {
  const scales = studyScales(db, studyId)!;
  const all = listStudyRounds(db, studyId);
  const rounds = all.filter((r) => r.number <= round.number);
  const nextRating = all.find((r) => r.kind === 'rating' && r.number > round.number);
  const nextRoundNumber = nextRating?.number ?? Math.max(round.number, ...all.map((r) => r.number)) + 1;
  const ratingRounds = rounds.filter((r) => r.kind === 'rating');
  const prev = [...ratingRounds].reverse().find((r) => r.number < round.number && r.status !== 'draft');
  const groups = panellistGroups(db, studyId);
  const inForce = protocolInForce(db, studyId);
  const history = protocolHistory(db, studyId).flatMap((h) => {
    const config = parseStoredProtocol(h.config);
    return config ? [{ config, maxRounds: h.maxRounds, reason: h.reason, createdAt: h.createdAt }] : [];
  });
  const input: ReportInput = {
    lang,
    round: roundInput(round),
    items: itemRefs(db, round.id),
    matrix: cachedRoundMatrix(db, round),
    scales: { importance: toStatsScale(scales.importance), frequency: toStatsScale(scales.frequency) },
    protocol: { config: inForce.protocol, maxRounds: inForce.maxRounds, isDefault: inForce.isDefault },
    protocolHistory: history,
    decisions: decisionsForRound(db, round.id),
    dissentReasons: dissentReasons(db, round.id),
    groups: new Map([...groups].map(([id, g]) => [id, g.group ?? ''])),
    previous: prev
      ? { round: roundInput(prev), items: itemRefs(db, prev.id), matrix: cachedRoundMatrix(db, prev) }
      : null,
    participation: rounds
      .filter((r) => r.status !== 'draft')
      .map((r) => ({ round: roundInput(r), states: participationStates(db, r.id) })),
    ratingRoundOrdinal: ratingRounds.findIndex((r) => r.id === round.id) + 1,
    nextRoundNumber,
    minRatings: poolOf(db, round.id)?.minPerItem ?? null,
  };
  return input;
}

/** Loads and assembles a rating round's report on this thread (exports, scripts, small rounds). */
export function loadRoundReport(db: Db, studyId: number, round: RoundRow, lang: Lang): RoundReport {
  return assembleReport(loadReportInput(db, studyId, round, lang));
}
