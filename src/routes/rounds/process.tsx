import { Hono } from 'hono';
import { tooLong } from '../../http/validate';
import { LIMITS } from '../../limits';
import { HTTPException } from 'hono/http-exception';
import {
  acceptSuggestion,
  activeItems,
  processProposal,
  rejectSuggestion,
  rewordInRound,
  type ProcessResult,
} from '../../../db/rounds/process';
import { answerItem, processOverview } from '../../../db/rounds/process-view';
import { ProcessPage, type ProcessFocus } from '../../../views/pages/rounds/process';
import { ActivityCard } from '../../../views/pages/rounds/process-activity';
import { ProcessProgress, type ProcessCtx } from '../../../views/pages/rounds/process-forms';
import { ItemBlock } from '../../../views/pages/rounds/process-item';
import { page, seeOther } from '../../http/render';
import type { StudyEnv } from '../../http/study-access';
import { roundOf, type C } from './rounds';

type Body = Record<string, unknown>;
/** Where an action lands: the item block of a suggestion, or the card of a proposed activity. */
type Where = { kind: 'item' | 'act'; id: number };

const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
/** A wording over the item limit or a reason over the note limit: refused with its message at the block. */
const TOO_LONG: ProcessResult = { ok: false, error: 'noText' };
const AT = /^(item|act)-\d+$/;

function reviewRound(c: C) {
  const round = roundOf(c);
  // Review rounds: verdicts and proposed activities; coverage rounds: the missing activities, proposed at closing.
  if (round.kind !== 'review' && round.kind !== 'coverage') throw new HTTPException(404);
  return round;
}

function fullPage(
  c: C,
  open: boolean,
  focus?: ProcessFocus,
  status: 200 | 404 | 409 | 422 = 200,
  error?: string,
) {
  const { db, study } = c.var;
  const round = reviewRound(c);
  const body = (
    <ProcessPage
      t={c.var.t}
      csrf={c.var.csrf}
      study={study}
      round={round}
      overview={processOverview(db, round)}
      targets={activeItems(db, study.id)}
      canEdit={c.var.role !== 'viewer'}
      open={open}
      focus={focus}
      error={error}
    />
  );
  return page(c, c.var.t.rounds.processing, body, { status, wide: true });
}

/** The block an action touched, rendered as on the page, plus the progress line out of band. */
function fragment(c: C, where: Where, open: boolean, focus: ProcessFocus) {
  const { db, study } = c.var;
  const round = reviewRound(c);
  const o = processOverview(db, round);
  const ctx: ProcessCtx = {
    t: c.var.t,
    csrf: c.var.csrf,
    base: `/studies/${study.id}/rounds/${round.id}`,
    open,
    canEdit: c.var.role !== 'viewer',
  };
  const f = { focus: true, notice: focus.notice, error: focus.error };
  const progress = <ProcessProgress t={c.var.t} done={o.progress.done} total={o.progress.total} oob />;
  if (where.kind === 'item') {
    const item = o.items.find((i) => i.roundItemId === where.id);
    return (
      item && (
        <>
          <ItemBlock ctx={ctx} item={item} ownText={focus.ownText} {...f} />
          {progress}
        </>
      )
    );
  }
  const group = o.clusters.flatMap((cl) => cl.groups).find((g) => g.repId === where.id);
  const phase = group?.phaseId ? study.phases.find((p) => p.id === group.phaseId)?.label : undefined;
  return (
    group && (
      <>
        <ActivityCard ctx={ctx} group={group} phaseLabel={phase} targets={activeItems(db, study.id)} {...f} />
        {progress}
      </>
    )
  );
}

/**
 * After an action: htmx gets the touched block back (422/409 with the message inside it); without JavaScript
 * a success is a 303 to the page at that block, a refusal the page with the message at the block.
 */
function answer(
  c: C,
  res: ProcessResult,
  where: Where | undefined,
  body: Body,
  saved: 'own' | 'decision',
  ownText?: string,
  message?: string,
) {
  const t = c.var.t.rounds;
  const open = body['open'] === '1';
  const error = res.ok
    ? undefined
    : (message ??
      { notFound: t.errStale, stale: t.errStale, done: t.errDone, noText: t.errReason }[res.error]);
  const status = res.ok ? 200 : res.error === 'noText' ? 422 : 409;
  if (!where) return fullPage(c, open, undefined, status, error);
  const at = `${where.kind}-${where.id}`;
  if (res.ok && c.req.header('hx-request') !== 'true') {
    const q = new URLSearchParams({ ...(open ? { open: '1' } : {}), at, saved });
    return seeOther(c, `/studies/${c.var.study.id}/rounds/${c.req.param('roundId')}/process?${q}#${at}`);
  }
  const focus: ProcessFocus = {
    at,
    notice: res.ok ? (saved === 'own' ? t.savedOwn : t.savedDecision) : undefined,
    error,
    ownText: res.ok ? undefined : ownText,
  };
  if (c.req.header('hx-request') === 'true') {
    const frag = fragment(c, where, open, focus);
    if (frag) return c.html(frag, status);
  }
  return fullPage(c, open, focus, status);
}

/** Between rounds: review suggestions and proposed activities worked into the draft, each tied to the round. */
export function processRoutes() {
  const r = new Hono<StudyEnv>();

  r.get('/:roundId/process', (c) => {
    const open = c.req.query('open') === '1';
    const at = c.req.query('at') ?? '';
    if (!AT.test(at)) return fullPage(c, open);
    const t = c.var.t.rounds;
    return fullPage(c, open, { at, notice: c.req.query('saved') === 'own' ? t.savedOwn : t.savedDecision });
  });

  const suggestion = (c: C) => {
    const round = reviewRound(c);
    const id = Number(c.req.param('id'));
    const item = answerItem(c.var.db, round.id, id);
    return { round, id, where: item === undefined ? undefined : ({ kind: 'item', id: item } as const) };
  };

  r.post('/:roundId/suggestions/:id/accept', async (c) => {
    const body = await c.req.parseBody();
    const { round, id, where } = suggestion(c);
    const text = str(body['text']);
    const long = tooLong(text, LIMITS.item, c.var.t);
    if (long) return answer(c, TOO_LONG, where, body, 'decision', undefined, long);
    return answer(
      c,
      acceptSuggestion(c.var.db, round, id, c.var.user.id, text || undefined),
      where,
      body,
      'decision',
    );
  });

  r.post('/:roundId/suggestions/:id/reject', async (c) => {
    const body = await c.req.parseBody();
    const { round, id, where } = suggestion(c);
    const reason = str(body['reason']);
    const long = tooLong(reason, LIMITS.note, c.var.t);
    if (long) return answer(c, TOO_LONG, where, body, 'decision', undefined, long);
    const res: ProcessResult = reason
      ? rejectSuggestion(c.var.db, round, id, c.var.user.id, reason)
      : { ok: false, error: 'noText' };
    return answer(c, res, where, body, 'decision');
  });

  r.post('/:roundId/items/:roundItemId/reword', async (c) => {
    const body = await c.req.parseBody();
    const round = reviewRound(c);
    const roundItemId = Number(c.req.param('roundItemId'));
    const text = str(body['text']);
    const long = tooLong(text, LIMITS.item, c.var.t);
    if (long)
      return answer(
        c,
        TOO_LONG,
        { kind: 'item', id: roundItemId },
        body,
        'own',
        text.slice(0, LIMITS.item),
        long,
      );
    const version = Number(str(body['version']));
    const res = rewordInRound(
      c.var.db,
      round,
      roundItemId,
      c.var.user.id,
      text,
      Number.isInteger(version) && version > 0 ? version : undefined,
    );
    return answer(c, res, { kind: 'item', id: roundItemId }, body, 'own', text);
  });

  r.post('/:roundId/proposals/:id', async (c) => {
    const body = await c.req.parseBody();
    const round = reviewRound(c);
    const id = Number(c.req.param('id'));
    const user = c.var.user.id;
    const action = str(body['action']);
    const text = str(body['text']);
    const where = { kind: 'act', id } as const;
    const long = tooLong(text, LIMITS.item, c.var.t) ?? tooLong(str(body['reason']), LIMITS.note, c.var.t);
    if (long) return answer(c, TOO_LONG, where, body, 'decision', undefined, long);
    let res: ProcessResult;
    if (action === 'reject') {
      const reason = str(body['reason']);
      res = reason
        ? processProposal(c.var.db, round, id, user, { kind: 'reject', reason })
        : { ok: false, error: 'noText' };
    } else if (action === 'merge') {
      res = processProposal(c.var.db, round, id, user, {
        kind: 'merge',
        itemId: Number(body['itemId']),
        ...(text ? { text } : {}),
      });
    } else res = processProposal(c.var.db, round, id, user, { kind: 'new', text });
    return answer(c, res, where, body, 'decision');
  });

  return r;
}
