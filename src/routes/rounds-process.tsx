import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { acceptSuggestion, activeItems, processProposal, rejectSuggestion, reviewSuggestions, roundProposals, type ProcessResult } from '../../db/rounds-process';
import { ProcessPage } from '../../views/pages/rounds/process';
import { page, seeOther } from '../http/render';
import type { StudyEnv } from '../http/study-access';
import { roundOf, type C } from './rounds';

/** Between rounds: review suggestions and proposed activities worked into the draft, each tied to the round. */
export function processRoutes() {
  const r = new Hono<StudyEnv>();
  const show = (c: C, extra: { notice?: string; error?: string } = {}, status: 200 | 409 | 422 = 200) => {
    const round = roundOf(c);
    if (round.kind !== 'review') throw new HTTPException(404);
    const { db, study } = c.var;
    return page(
      c,
      c.var.t.rounds.processing,
      <ProcessPage t={c.var.t} csrf={c.var.csrf} study={study} round={round} suggestions={reviewSuggestions(db, round.id)} proposals={roundProposals(db, round.id)} items={activeItems(db, study.id)} canEdit={c.var.role !== 'viewer'} {...extra} />,
      { status, wide: true },
    );
  };
  const done = (c: C, res: ProcessResult, anchor: string) => {
    if (res.ok) return seeOther(c, `/studies/${c.var.study.id}/rounds/${c.req.param('roundId')}/process#${anchor}`);
    const t = c.var.t.rounds;
    const msg = { notFound: t.errStale, stale: t.errStale, done: t.errDone, noText: t.errReason }[res.error];
    return show(c, { error: msg }, res.error === 'noText' ? 422 : 409);
  };
  const str = (v: unknown, max = 2000) => (typeof v === 'string' ? v.trim().slice(0, max) : '');

  r.get('/:roundId/process', (c) => show(c));

  r.post('/:roundId/suggestions/:id/accept', async (c) => {
    const body = await c.req.parseBody();
    const text = str(body['text']);
    return done(c, acceptSuggestion(c.var.db, roundOf(c), Number(c.req.param('id')), c.var.user!.id, text || undefined), `s-${c.req.param('id')}`);
  });

  r.post('/:roundId/suggestions/:id/reject', async (c) => {
    const reason = str((await c.req.parseBody())['reason']);
    if (!reason) return show(c, { error: c.var.t.rounds.errReason }, 422);
    return done(c, rejectSuggestion(c.var.db, roundOf(c), Number(c.req.param('id')), c.var.user!.id, reason), `s-${c.req.param('id')}`);
  });

  r.post('/:roundId/proposals/:id', async (c) => {
    const body = await c.req.parseBody();
    const round = roundOf(c);
    const id = Number(c.req.param('id'));
    const action = str(body['action']);
    if (action === 'reject') {
      const reason = str(body['reason']);
      if (!reason) return show(c, { error: c.var.t.rounds.errReason }, 422);
      return done(c, processProposal(c.var.db, round, id, c.var.user!.id, { kind: 'reject', reason }), `p-${id}`);
    }
    if (action === 'merge') {
      const text = str(body['text']);
      return done(c, processProposal(c.var.db, round, id, c.var.user!.id, { kind: 'merge', itemId: Number(body['itemId']), ...(text ? { text } : {}) }), `p-${id}`);
    }
    return done(c, processProposal(c.var.db, round, id, c.var.user!.id, { kind: 'new', text: str(body['text']) }), `p-${id}`);
  });

  return r;
}
