import type { Db } from '../../../db/client';
import { roundForPanellist, saveReview } from '../../../db/rounds/answers';
import { listPanellists } from '../../../db/panel/panel';
import { createRound, localDate, roundItemsOf } from '../../../db/rounds/rounds';
import { openRound } from '../rounds/open';
import { completeParticipation, respondMemberCheck } from '../../../db/rounds/panel';
import { publishMemberCheck } from '../../../db/rounds/progress';
import { closeRound } from '../decisions/close-round';
import { backdateRound } from './rounds';

const day = (offset: number) => localDate(new Date(Date.now() + offset * 86_400_000));

/**
 * Demo step "member check of the final standard": a closed review round on the criteria of the draft standard
 * `versionId` (the panel keeps every criterion, two suggest a sharper wording), and its member check, which
 * most panellists endorse. Does nothing without a panel.
 */
export function seedFinalMemberCheck(db: Db, studyId: number, userId: number, versionId: number): void {
  const panel = listPanellists(db, studyId);
  if (panel.length === 0) return;
  const round = createRound(db, userId, {
    studyId,
    kind: 'review',
    subject: 'criteria',
    standardVersionId: versionId,
    title: 'Controle van de definitieve standaard',
    instructions:
      'Dit is de standaard zoals die wordt vastgesteld, met criterium, norm en bron van bewijs. Herkent u uw praktijk erin?',
    opensAt: day(-6),
    closesAt: day(-1),
  });
  if (!openRound(db, round.id, userId).ok) return;
  const list = roundItemsOf(db, round.id);
  panel.forEach((p, i) => {
    if (i >= 12) return;
    const a = roundForPanellist(db, p.id, round.id);
    if (!a) return;
    list.forEach((it, j) =>
      saveReview(
        db,
        a,
        p.id,
        it.id,
        {
          verdict: 'keep',
          proposal: '',
          reason: '',
          comment: (i + j) % 23 === 7 ? 'Herkenbaar; zo werken wij ook.' : '',
          relevance: null,
        },
        false,
      ),
    );
    completeParticipation(db, a.participationId);
  });
  closeRound(db, round.id, userId);
  backdateRound(db, round.id);
  const check = publishMemberCheck(
    db,
    round.id,
    userId,
    'Het panel houdt alle criteria zoals ze zijn. De standaard telt de handelingen waarover in drie waarderingsrondes consensus is bereikt, plus één handeling die in de slotbijeenkomst is opgenomen.',
  );
  panel
    .slice(0, 11)
    .forEach((p, i) =>
      respondMemberCheck(
        db,
        p.id,
        check.id,
        i !== 7,
        i === 7 ? 'Ik had het collegiaal overleg bij vastgelopen hulp graag in de standaard gezien.' : '',
      ),
    );
}
