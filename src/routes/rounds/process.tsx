import { Hono } from 'hono';
import { formValidator, type InvalidForm } from '../../http/validate';
import { LIMITS } from '../../limits';
import { firstValues } from '../../http/form-values';
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
import { AcceptSuggestionForm, ProposalForm, RejectSuggestionForm, RewordForm } from './forms';
import { roundOf, type C } from './round-page';

/** Where an action lands: the item block of a suggestion, or the card of a proposed activity. */
type Where = { kind: 'item' | 'act'; id: number };

/** A form refused by its schema (a text over its limit, a reason missing): its message at the block. */
const REFUSED: ProcessResult = { ok: false, error: 'noText' };
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
  open: boolean,
  saved: 'own' | 'decision',
  ownText?: string,
  message?: string,
) {
  const t = c.var.t.rounds;
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
  const isOpen = (values: Record<string, string | string[]>) => firstValues(values)['open'] === '1';
  /** The refusal of a suggestion or proposal form, at its block. */
  const refused = (where: (c: C) => Where | undefined) =>
    ((c, errors, values) =>
      answer(
        c,
        REFUSED,
        where(c),
        isOpen(values),
        'decision',
        undefined,
        errors['text'] ?? errors['reason'],
      )) satisfies InvalidForm<StudyEnv>;

  r.post(
    '/:roundId/suggestions/:id/accept',
    formValidator<typeof AcceptSuggestionForm, StudyEnv>(
      AcceptSuggestionForm,
      refused((c) => suggestion(c).where),
    ),
    (c) => {
      const { text, open } = c.req.valid('form');
      const { round, id, where } = suggestion(c);
      const res = acceptSuggestion(c.var.db, round, id, c.var.user.id, text || undefined);
      return answer(c, res, where, open, 'decision');
    },
  );

  r.post(
    '/:roundId/suggestions/:id/reject',
    formValidator<typeof RejectSuggestionForm, StudyEnv>(
      RejectSuggestionForm,
      refused((c) => suggestion(c).where),
    ),
    (c) => {
      const { reason, open } = c.req.valid('form');
      const { round, id, where } = suggestion(c);
      return answer(c, rejectSuggestion(c.var.db, round, id, c.var.user.id, reason), where, open, 'decision');
    },
  );

  const itemAt = (c: C): Where => ({ kind: 'item', id: Number(c.req.param('roundItemId')) });
  r.post(
    '/:roundId/items/:roundItemId/reword',
    formValidator<typeof RewordForm, StudyEnv>(RewordForm, (c, errors, values) => {
      reviewRound(c);
      const v = firstValues(values);
      const ownText = (v['text'] ?? '').trim().slice(0, LIMITS.item);
      return answer(c, REFUSED, itemAt(c), isOpen(values), 'own', ownText, errors['text']);
    }),
    (c) => {
      const { text, version, open } = c.req.valid('form');
      const round = reviewRound(c);
      const where = itemAt(c);
      const res = rewordInRound(c.var.db, round, where.id, c.var.user.id, text, version);
      return answer(c, res, where, open, 'own', text);
    },
  );

  const proposalAt = (c: C): Where => ({ kind: 'act', id: Number(c.req.param('id')) });
  r.post(
    '/:roundId/proposals/:id',
    formValidator<typeof ProposalForm, StudyEnv>(
      ProposalForm,
      refused((c) => (reviewRound(c), proposalAt(c))),
    ),
    (c) => {
      const { action, text, reason, itemId, open } = c.req.valid('form');
      const round = reviewRound(c);
      const where = proposalAt(c);
      const user = c.var.user.id;
      const res: ProcessResult =
        action === 'reject'
          ? processProposal(c.var.db, round, where.id, user, { kind: 'reject', reason })
          : action === 'merge'
            ? processProposal(c.var.db, round, where.id, user, {
                kind: 'merge',
                itemId,
                ...(text ? { text } : {}),
              })
            : processProposal(c.var.db, round, where.id, user, { kind: 'new', text });
      return answer(c, res, where, open, 'decision');
    },
  );

  return r;
}
