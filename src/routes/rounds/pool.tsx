import { randomInt } from 'node:crypto';
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { savePool } from '../../../db/rounds/pools';
import { firstValues } from '../../http/form-values';
import { seeOther } from '../../http/render';
import type { StudyEnv } from '../../http/study-access';
import { formValidator } from '../../http/validate';
import { PoolSettingsForm } from './forms';
import { roundOf, showRound, type C } from './round-page';

/** The round of the request when it is a rating round (only those have item subsets); 404 otherwise. */
function ratingRound(c: C) {
  const round = roundOf(c);
  if (round.kind !== 'rating') throw new HTTPException(404);
  return round;
}

/** Item-subset settings of a draft rating round (mounted under /studies/:id/rounds). */
export function poolRoutes() {
  const r = new Hono<StudyEnv>();
  r.post(
    '/:roundId/pool',
    formValidator<typeof PoolSettingsForm, StudyEnv>(PoolSettingsForm, (c, errors, raw) => {
      const round = ratingRound(c);
      if (round.status !== 'draft') return showRound(c, round, { error: c.var.t.rounds.errNotDraft }, 409);
      const v = firstValues(raw);
      const values = {
        enabled: v['enabled'] ? '1' : '',
        size: v['size'] ?? '',
        minPerItem: v['minPerItem'] ?? '',
        randomOrder: v['randomOrder'] ? '1' : '',
      };
      return showRound(c, round, { pool: { values, errors } }, 422);
    }),
    (c) => {
      const round = ratingRound(c);
      if (round.status !== 'draft') return showRound(c, round, { error: c.var.t.rounds.errNotDraft }, 409);
      savePool(c.var.db, round, c.req.valid('form'), randomInt(1, 2 ** 31), c.var.user.id);
      return seeOther(c, `/studies/${c.var.study.id}/rounds/${round.id}#pool`);
    },
  );
  return r;
}
