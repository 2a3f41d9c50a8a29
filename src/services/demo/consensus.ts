import type { Db } from '../../../db/client';
import { decisionsForRound, findProtocolRow } from '../../../db/decisions/consensus';
import { listStudyRounds } from '../../../db/report/report';
import { PRESETS } from '../../consensus';
import { decideRound, overrideDecision, saveProtocol } from '../decisions';

/**
 * Demo step for the consensus stage; safe to call more than once. Before the rounds: saves the protocol
 * (COMET on importance, at most 3 rating rounds). After the rounds: makes sure every closed rating round has
 * its decisions and adds one override with a reason (on the last one), so the report shows what an override looks like.
 */
export function seedConsensus(db: Db, studyId: number, userId: number): void {
  if (!findProtocolRow(db, studyId)) {
    const rounds = listStudyRounds(db, studyId);
    const opened = rounds.some((r) => r.kind === 'rating' && r.status !== 'draft');
    saveProtocol(db, studyId, userId, {
      protocol: { ...PRESETS.comet, decideOn: 'importance', countIncomplete: true },
      maxRounds: 3,
      reason: opened ? 'Protocol van de demo vastgelegd.' : '',
    });
  }
  const closed = listStudyRounds(db, studyId).filter((r) => r.kind === 'rating' && r.status === 'closed');
  for (const r of closed) if (decisionsForRound(db, r.id).size === 0) decideRound(db, r.id, userId);
  // The override is on the last closed rating round, so no later round supersedes it.
  const last = closed[closed.length - 1];
  if (!last) return;
  if (closed.some((r) => [...decisionsForRound(db, r.id).values()].some((d) => d.override !== null))) return;
  const decisions = [...decisionsForRound(db, last.id).values()];
  if (decisions.some((d) => d.override !== null)) return;
  const target = decisions.find((d) => d.computed === 'none') ?? decisions[0];
  if (!target) return;
  overrideDecision(
    db,
    studyId,
    last.id,
    target.roundItemId,
    userId,
    target.computed === 'in' ? 'none' : 'in',
    'Besproken in de slotbijeenkomst: ook na drie rondes net geen consensus, maar alle groepen vinden deze handeling onmisbaar; de twijfel ging over hoe vaak ze voorkomt.',
  );
}
