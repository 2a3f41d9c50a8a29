import { randomInt } from 'node:crypto';
import { Hono } from 'hono';
import { z } from 'zod';
import { savePool } from '../../../db/rounds/pools';
import { findRound } from '../../../db/rounds/rounds';
import { HTTPException } from 'hono/http-exception';
import { seeOther } from '../../http/render';
import type { StudyEnv } from '../../http/study-access';
import { showRound } from './rounds';

const PoolFormSchema = z.object({
  enabled: z.string().optional(),
  size: z.string().optional(),
  minPerItem: z.string().optional(),
  randomOrder: z.string().optional(),
});

const whole = (s: string | undefined, max: number) => {
  const n = /^\s*\d+\s*$/.test(s ?? '') ? Number(s) : NaN;
  return Number.isInteger(n) && n >= 1 && n <= max ? n : undefined;
};

/** Item-subset settings of a draft rating round (mounted under /studies/:id/rounds). */
export function poolRoutes() {
  const r = new Hono<StudyEnv>();
  r.post('/:roundId/pool', async (c) => {
    const round = findRound(c.var.db, c.var.study.id, Number(c.req.param('roundId')));
    if (!round || round.kind !== 'rating') throw new HTTPException(404);
    if (round.status !== 'draft') return showRound(c, round, { error: c.var.t.rounds.errNotDraft }, 409);
    const body = PoolFormSchema.parse(await c.req.parseBody());
    const T = c.var.t.pool;
    const values = {
      enabled: body.enabled ? '1' : '',
      size: body.size ?? '',
      minPerItem: body.minPerItem ?? '',
      randomOrder: body.randomOrder ? '1' : '',
    };
    const size = whole(body.size, 1000);
    const minPerItem = whole(body.minPerItem, 100);
    if (values.enabled && (!size || !minPerItem)) {
      const errors = { size: size ? undefined : T.errSize, minPerItem: minPerItem ? undefined : T.errMin };
      return showRound(c, round, { pool: { values, errors } }, 422);
    }
    const settings = values.enabled
      ? { size: size!, minPerItem: minPerItem!, randomOrder: !!values.randomOrder }
      : null;
    savePool(c.var.db, round, settings, randomInt(1, 2 ** 31), c.var.user.id);
    return seeOther(c, `/studies/${c.var.study.id}/rounds/${round.id}#pool`);
  });
  return r;
}
