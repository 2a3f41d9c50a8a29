import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { setRealtime } from '../../../db/rounds/realtime';
import { seeOther } from '../../http/render';
import type { StudyEnv } from '../../http/study-access';
import { formValidator } from '../../http/validate';
import { RealtimeSwitchForm } from './forms';
import { roundOf, showRound, type C } from './round-page';

const ratingRound = (c: C) => {
  const round = roundOf(c);
  if (round.kind !== 'rating') throw new HTTPException(404);
  return round;
};

/** Switches a draft rating round to real-time Delphi and back (mounted under /studies/:id/rounds). */
export function realtimeRoutes() {
  const r = new Hono<StudyEnv>();
  r.post(
    '/:roundId/realtime',
    formValidator<typeof RealtimeSwitchForm, StudyEnv>(RealtimeSwitchForm, (c) =>
      showRound(c, ratingRound(c), {}, 422),
    ),
    (c) => {
      const round = ratingRound(c);
      if (!setRealtime(c.var.db, round, c.req.valid('form').enabled, c.var.user.id))
        throw new HTTPException(409, { message: c.var.t.rounds.errNotDraft });
      return seeOther(c, `/studies/${c.var.study.id}/rounds/${round.id}#realtime`);
    },
  );
  return r;
}
