import { Hono, type Context } from 'hono';
import { poolOf } from '../../../db/rounds/pools';
import { listPanellists } from '../../../db/panel/panel';
import { PoolForm } from '../../../views/pages/rounds/pool';
import { poolRoutes } from './pool';
import { realtimeRoutes } from './realtime';
import { isRealtime } from '../../../db/rounds/realtime';
import { RealtimeForm } from '../../../views/pages/rounds/realtime';
import { HTTPException } from 'hono/http-exception';
import { appendAudit } from '../../../db/audit';
import {
  createRound,
  findRound,
  listRounds,
  openRound,
  roundItemsOf,
  updateRound,
  type Round,
} from '../../../db/rounds/rounds';
import { closeRound } from '../../services/decisions/close-round';
import {
  countParticipations,
  memberChecksOf,
  participationRows,
  publishMemberCheck,
} from '../../../db/rounds/progress';
import { saveSelection, selectionView } from '../../../db/rounds/selection';
import type { FieldErrors } from '../../../views/components/form';
import { Dashboard } from '../../../views/pages/rounds/dashboard';
import { RoundListPage } from '../../../views/pages/rounds/list';
import { RoundPage } from '../../../views/pages/rounds/show';
import { page, seeOther } from '../../http/render';
import type { StudyEnv } from '../../http/study-access';
import type { KeyProvider } from '../../auth/panel-key';
import { parseRoundForm } from '../../rounds/round-form';
import { limitMessages, tooLong } from '../../http/validate';
import { LIMITS } from '../../limits';
import { tallyParticipation } from '../../rounds/progress';
import { reminderSection, reminderRoutes, type TemplateEntry } from './reminders';
import { invitationRoutes, invitationSection } from './invitations';
import { processRoutes } from './process';

export type C = Context<StudyEnv>;

export function roundOf(c: C): Round {
  const round = findRound(c.var.db, c.var.study.id, Number(c.req.param('roundId')));
  if (!round) throw new HTTPException(404);
  return round;
}

const settingsValues = (r: Round) => ({
  title: r.title,
  instructions: r.instructions,
  opensAt: r.opensAt ?? '',
  closesAt: r.closesAt ?? '',
  askRelevance: r.askRelevance ? '1' : '',
  feedbackByGroup: r.feedbackByGroup ? '1' : '',
  graceHours: String(r.graceHours),
});
const translateErrors = (c: C, e: Record<string, string>): FieldErrors =>
  Object.fromEntries(
    Object.entries(e).map(([k, v]) => {
      const text: unknown = (c.var.t.rounds as unknown as Record<string, unknown>)[v];
      return [k, typeof text === 'string' ? text : v];
    }),
  );

const roundFormErrors = (
  c: C,
  p: { errors: Record<string, string>; tooLong: Partial<Record<'title' | 'instructions', number>> },
): FieldErrors => ({
  ...translateErrors(c, p.errors),
  ...limitMessages(p.tooLong, c.var.t),
});

function dashboard(c: C, round: Round) {
  const { total, groups } = tallyParticipation(participationRows(c.var.db, round.id));
  return (
    <Dashboard
      t={c.var.t}
      url={`/studies/${c.var.study.id}/rounds/${round.id}/progress`}
      live={round.status === 'open'}
      total={total}
      groups={groups}
    />
  );
}

/** The round page; `extra` carries a notice, an error, or a reminder result / link list. */
export function showRound(
  c: C,
  round: Round,
  extra: {
    notice?: string;
    error?: string;
    errors?: FieldErrors;
    values?: Record<string, string>;
    memberCheck?: { summary: string; error: string };
    /** A refused selection: the ticked items and the reason as entered, with the message for the reason. */
    selection?: { ids: number[]; reason: string; error: string };
    reminders?: Parameters<typeof reminderSection>[2];
    /** The result of sending or saving the invitation. */
    invitation?: string;
    invitationEntered?: TemplateEntry;
    pool?: { values: Record<string, string>; errors: FieldErrors };
  } = {},
  status: 200 | 422 | 409 = 200,
) {
  const { db, study, t } = c.var;
  let selection;
  if (round.status === 'draft' && round.subject === 'items') {
    const sel = selectionView(db, round, extra.selection?.ids);
    selection = {
      groups: sel.groups,
      total: sel.all.length,
      chosen: sel.chosen,
      carriedFrom: sel.carried && sel.decidedRounds.length ? sel.decidedRounds : null,
      reason: extra.selection?.reason ?? '',
      reasonError: extra.selection?.error,
    };
  }
  return page(
    c,
    round.title,
    <RoundPage
      t={t}
      csrf={c.var.csrf}
      study={study}
      round={round}
      canEdit={c.var.role !== 'viewer'}
      notice={extra.notice}
      error={extra.error}
      errors={extra.errors}
      values={extra.values ?? settingsValues(round)}
      selection={selection}
      snapshot={round.status === 'draft' ? [] : roundItemsOf(db, round.id)}
      dashboard={round.status === 'draft' ? undefined : dashboard(c, round)}
      reminders={
        round.status === 'open' && c.var.role !== 'viewer' ? (
          <>
            {invitationSection(c, round, extra.invitation, extra.invitationEntered)}
            {reminderSection(c, round, extra.reminders)}
          </>
        ) : undefined
      }
      checks={memberChecksOf(db, round.id)}
      memberCheck={extra.memberCheck}
      pool={
        round.kind === 'rating' && round.status === 'draft' && c.var.role !== 'viewer' ? (
          <>
            <RealtimeForm
              t={t}
              csrf={c.var.csrf}
              action={`/studies/${study.id}/rounds/${round.id}/realtime`}
              on={isRealtime(db, round.id)}
            />
            <PoolForm
              t={t}
              csrf={c.var.csrf}
              action={`/studies/${study.id}/rounds/${round.id}/pool`}
              pool={poolOf(db, round.id)}
              items={selection?.chosen.size ?? 0}
              panel={listPanellists(db, study.id).filter((p) => !p.revokedAt).length}
              values={extra.pool?.values}
              errors={extra.pool?.errors}
            />
          </>
        ) : undefined
      }
    />,
    { status, wide: true },
  );
}

export function roundRoutes(keyOf: KeyProvider) {
  const r = new Hono<StudyEnv>();

  const list = (c: C, values?: Record<string, string>, errors?: FieldErrors, status: 200 | 422 = 200) => {
    const rows = listRounds(c.var.db, c.var.study.id).map((x) => {
      const tally = tallyParticipation(participationRows(c.var.db, x.id)).total;
      return { ...x, invited: tally.invited, completed: tally.completed };
    });
    return page(
      c,
      c.var.t.rounds.title,
      <RoundListPage
        t={c.var.t}
        csrf={c.var.csrf}
        study={c.var.study}
        rows={rows}
        canEdit={c.var.role !== 'viewer'}
        values={values}
        errors={errors}
      />,
      { status, wide: true },
    );
  };

  r.get('/', (c) => list(c));

  r.post('/', async (c) => {
    const parsed = parseRoundForm(await c.req.parseBody(), true);
    if (!parsed.ok) return list(c, parsed.values, roundFormErrors(c, parsed), 422);
    const round = createRound(c.var.db, c.var.user.id, {
      studyId: c.var.study.id,
      kind: parsed.form.kind!,
      ...parsed.form,
    });
    return seeOther(c, `/studies/${c.var.study.id}/rounds/${round.id}`);
  });

  r.get('/:roundId', (c) => {
    const n = c.req.query('n');
    const t = c.var.t.rounds;
    const notices: Record<string, string> = { opened: t.opened, closed: t.closed };
    return showRound(c, roundOf(c), { notice: n ? notices[n] : undefined });
  });

  r.get('/:roundId/progress', (c) => c.html(dashboard(c, roundOf(c))));

  r.post('/:roundId/settings', async (c) => {
    const round = roundOf(c);
    const parsed = parseRoundForm(await c.req.parseBody(), false);
    if (!parsed.ok)
      return showRound(c, round, { errors: roundFormErrors(c, parsed), values: parsed.values }, 422);
    updateRound(c.var.db, round, c.var.user.id, parsed.form);
    return seeOther(c, `/studies/${c.var.study.id}/rounds/${round.id}`);
  });

  r.post('/:roundId/selection', async (c) => {
    const round = roundOf(c);
    const body = await c.req.parseBody({ all: true });
    const raw = body['ref'];
    const ids = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw])
      .map(Number)
      .filter(Number.isInteger);
    const reason = typeof body['reason'] === 'string' ? body['reason'] : '';
    const reasonTooLong = tooLong(reason, LIMITS.note, c.var.t);
    if (reasonTooLong)
      return showRound(
        c,
        round,
        { selection: { ids, reason: reason.slice(0, LIMITS.note), error: reasonTooLong } },
        422,
      );
    const res = saveSelection(c.var.db, round, c.var.user.id, ids, reason);
    if (!res.ok && res.error === 'notDraft')
      return showRound(c, round, { error: c.var.t.rounds.errNotDraft }, 409);
    if (!res.ok) {
      const error = c.var.t.rounds.errReselectReason(res.reselected.length);
      return showRound(c, round, { selection: { ids, reason, error } }, 422);
    }
    return seeOther(c, `/studies/${c.var.study.id}/rounds/${round.id}#selection`);
  });

  r.post('/:roundId/open', (c) => {
    const round = roundOf(c);
    const res = openRound(c.var.db, round.id, c.var.user.id);
    if (!res.ok) {
      const t = c.var.t.rounds;
      const msg =
        res.error === 'poolInfeasible'
          ? c.var.t.pool.errInfeasible(res.needed)
          : { notDraft: t.errNotDraft, noItems: t.errNoItems, noStandard: t.errNoStandard }[res.error];
      return showRound(c, roundOf(c), { error: msg }, 409);
    }
    return seeOther(c, `/studies/${c.var.study.id}/rounds/${round.id}?n=opened`);
  });

  r.post('/:roundId/close', (c) => {
    const round = roundOf(c);
    closeRound(c.var.db, round.id, c.var.user.id);
    return seeOther(c, `/studies/${c.var.study.id}/rounds/${round.id}?n=closed`);
  });

  r.post('/:roundId/member-check', async (c) => {
    const round = roundOf(c);
    const body = await c.req.parseBody();
    const typed = typeof body['summary'] === 'string' ? body['summary'] : '';
    const summary = typed.trim();
    if (round.status !== 'closed') throw new HTTPException(409, { message: c.var.t.rounds.errNotDraft });
    const error = summary ? tooLong(summary, LIMITS.letter, c.var.t) : c.var.t.rounds.errSummary;
    if (error)
      return showRound(c, round, { memberCheck: { summary: typed.slice(0, LIMITS.letter), error } }, 422);
    const mc = publishMemberCheck(c.var.db, round.id, c.var.user.id, summary);
    appendAudit(c.var.db, {
      studyId: c.var.study.id,
      userId: c.var.user.id,
      action: 'round.member-check',
      entity: 'round',
      entityId: round.id,
      after: { memberCheckId: mc.id, panellists: countParticipations(c.var.db, round.id) },
    });
    return seeOther(c, `/studies/${c.var.study.id}/rounds/${round.id}#member-check`);
  });

  r.route('/', poolRoutes());
  r.route('/', realtimeRoutes());
  r.route('/', reminderRoutes(keyOf));
  r.route('/', invitationRoutes(keyOf));
  r.route('/', processRoutes());
  return r;
}
