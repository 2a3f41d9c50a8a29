import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { createRound, listRounds, updateRound } from '../../../db/rounds/rounds';
import { openRound } from '../../services/rounds/open';
import {
  canPublishMemberCheck,
  participationRows,
  publishRoundMemberCheck,
} from '../../../db/rounds/progress';
import { saveSelection } from '../../services/rounds/selection';
import type { FieldErrors } from '../../../views/components/form';
import { RoundListPage } from '../../../views/pages/rounds/list';
import type { KeyProvider } from '../../auth/panel-key';
import { firstValues } from '../../http/form-values';
import { page, seeOther } from '../../http/render';
import type { StudyEnv } from '../../http/study-access';
import { formValidator } from '../../http/validate';
import { LIMITS } from '../../limits';
import { tallyParticipation } from '../../rounds/progress';
import { closeRound } from '../../services/decisions/close-round';
import {
  ButtonForm,
  MemberCheckForm,
  NewRoundForm,
  RoundSettingsForm,
  SelectionForm,
  roundFormValues,
} from './forms';
import { mailingRoutes } from './mailings';
import { poolRoutes } from './pool';
import { processRoutes } from './process';
import { realtimeRoutes } from './realtime';
import { dashboard, roundOf, showRound, type C } from './round-page';

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
  // A button form carries only its CSRF token: nothing to refuse but the round.
  const button = formValidator<typeof ButtonForm, StudyEnv>(ButtonForm, (c) =>
    showRound(c, roundOf(c), {}, 422),
  );

  r.get('/', (c) => list(c));

  r.post(
    '/',
    formValidator<typeof NewRoundForm, StudyEnv>(NewRoundForm, (c, errors, values) =>
      list(c, roundFormValues(firstValues(values)), errors, 422),
    ),
    (c) => {
      const form = c.req.valid('form');
      const round = createRound(c.var.db, c.var.user.id, { studyId: c.var.study.id, ...form });
      return seeOther(c, `/studies/${c.var.study.id}/rounds/${round.id}`);
    },
  );

  r.get('/:roundId', (c) => {
    const n = c.req.query('n');
    const t = c.var.t.rounds;
    const notices: Record<string, string> = { opened: t.opened, closed: t.closed };
    return showRound(c, roundOf(c), { notice: n ? notices[n] : undefined });
  });

  r.get('/:roundId/progress', (c) => c.html(dashboard(c, roundOf(c))));

  r.post(
    '/:roundId/settings',
    formValidator<typeof RoundSettingsForm, StudyEnv>(RoundSettingsForm, (c, errors, values) =>
      showRound(c, roundOf(c), { errors, values: roundFormValues(firstValues(values)) }, 422),
    ),
    (c) => {
      const round = roundOf(c);
      updateRound(c.var.db, round, c.var.user.id, c.req.valid('form'));
      return seeOther(c, `/studies/${c.var.study.id}/rounds/${round.id}`);
    },
  );

  r.post(
    '/:roundId/selection',
    formValidator<typeof SelectionForm, StudyEnv>(SelectionForm, (c, errors, values) => {
      const ids = SelectionForm.shape.ref.parse(values['ref']);
      const reason = firstValues(values)['reason'] ?? '';
      const error = errors['reason'] ?? Object.values(errors)[0] ?? '';
      return showRound(
        c,
        roundOf(c),
        { selection: { ids, reason: reason.slice(0, LIMITS.note), error } },
        422,
      );
    }),
    (c) => {
      const round = roundOf(c);
      const { ref: ids, reason } = c.req.valid('form');
      const res = saveSelection(c.var.db, round, c.var.user.id, ids, reason);
      if (!res.ok && res.error === 'notDraft')
        return showRound(c, round, { error: c.var.t.rounds.errNotDraft }, 409);
      if (!res.ok) {
        const error = c.var.t.rounds.errReselectReason(res.reselected.length);
        return showRound(c, round, { selection: { ids, reason, error } }, 422);
      }
      return seeOther(c, `/studies/${c.var.study.id}/rounds/${round.id}#selection`);
    },
  );

  r.post('/:roundId/open', button, (c) => {
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

  r.post('/:roundId/close', button, (c) => {
    const round = roundOf(c);
    closeRound(c.var.db, round.id, c.var.user.id);
    return seeOther(c, `/studies/${c.var.study.id}/rounds/${round.id}?n=closed`);
  });

  const notClosed = (c: C) => new HTTPException(409, { message: c.var.t.rounds.errNotDraft });
  r.post(
    '/:roundId/member-check',
    formValidator<typeof MemberCheckForm, StudyEnv>(MemberCheckForm, (c, errors, values) => {
      const round = roundOf(c);
      if (!canPublishMemberCheck(round)) throw notClosed(c);
      const summary = (firstValues(values)['summary'] ?? '').slice(0, LIMITS.letter);
      return showRound(c, round, { memberCheck: { summary, error: errors['summary'] ?? '' } }, 422);
    }),
    (c) => {
      const round = roundOf(c);
      const { summary } = c.req.valid('form');
      if (!publishRoundMemberCheck(c.var.db, round, c.var.user.id, summary)) throw notClosed(c);
      return seeOther(c, `/studies/${c.var.study.id}/rounds/${round.id}#member-check`);
    },
  );

  r.route('/', poolRoutes());
  r.route('/', realtimeRoutes());
  r.route('/', mailingRoutes(keyOf));
  r.route('/', processRoutes());
  return r;
}
