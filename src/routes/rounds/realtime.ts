import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { setRealtime } from '../../../db/rounds/realtime';
import { findRound } from '../../../db/rounds/rounds';
import { seeOther } from '../../http/render';
import type { StudyEnv } from '../../http/study-access';

/** Switches a draft rating round to real-time Delphi and back (mounted under /studies/:id/rounds). */
export function realtimeRoutes() {
  const r = new Hono<StudyEnv>();
  r.post('/:roundId/realtime', async (c) => {
    const round = findRound(c.var.db, c.var.study.id, Number(c.req.param('roundId')));
    if (!round || round.kind !== 'rating') throw new HTTPException(404);
    const body = await c.req.parseBody();
    if (!setRealtime(c.var.db, round, body['enabled'] === '1', c.var.user.id))
      throw new HTTPException(409, { message: c.var.t.rounds.errNotDraft });
    return seeOther(c, `/studies/${c.var.study.id}/rounds/${round.id}#realtime`);
  });
  return r;
}
