import { Hono } from 'hono';
import type { z } from 'zod';
import { createMiddleware } from 'hono/factory';
import { fastFormValidator, formValidator, tooLongLimit } from '../../http/validate';
import { buttonValidator } from '../../http/button';
import { panellistByHash, roundForPanellist, type RoundAccess } from '../../../db/rounds/answers';
import {
  completeParticipation,
  memberChecksFor,
  panellistRounds,
  respondMemberCheck,
} from '../../../db/rounds/panel';
import { texts } from '../../../views/i18n';
import { clock, fmt } from '../../../views/pages/participate/fmt';
import { PanelHome, type CheckRetry } from '../../../views/pages/participate/home';
import { InvalidLink, RoundClosed } from '../../../views/pages/participate/messages';
import { LetterPage, StoppedPage } from '../../../views/pages/participate/consent';
import { letterFacts, recordConsent, withdrawPanellist } from '../../../db/panel/privacy';
import { renderLetter } from '../../panel/info-letter';
import { FinishPage } from '../../../views/pages/participate/round';
import type { KeyProvider } from '../../auth/panel-key';
import { safeUrl } from '../../http/edge';
import { tokenHash } from '../../tokens';
import {
  answerState,
  proposeActivity,
  saveClusterAnswer,
  saveItemAnswer,
  type AnswerOutcome,
  type Answerer,
} from '../../services/participate/answers';
import { ConsentForm, CoverageForm, itemAnswerForm, MemberCheckForm, ProposalForm } from './forms';
import {
  clusterPage,
  liveAfterSave,
  panelPage,
  progressAfterSave,
  roundContent,
  unansweredOf,
  type PanelEnv,
  type PC,
} from './view';

type Saved = { itemId: number } | { clusterId: number };
type CoverageAnswer = z.output<typeof CoverageForm>;

/**
 * The panellist's pages under /p/:token. No account: the link is the key. Unknown and revoked links get one
 * and the same page, after the same work (hash + one indexed lookup), so a wrong token reveals nothing.
 */
export function participateRoutes(keyOf: KeyProvider) {
  const r = new Hono<PanelEnv>();

  const resolve = async (c: PC, next: () => Promise<void>) => {
    const token = c.req.param('token') ?? '';
    const holder = panellistByHash(c.var.db, tokenHash(token.slice(0, 64)));
    if (!holder) {
      c.set('t', texts(c.var.lang));
      return panelPage(c, c.var.t.participate.invalidTitle, <InvalidLink t={c.var.t} />, 404);
    }
    c.set('holder', holder);
    c.set('lang', holder.lang);
    c.set('t', texts(holder.lang));
    c.set('key', keyOf());
    c.set('base', `/p/${token}`);
    await next();
  };
  r.use('/:token', resolve);
  r.use('/:token/*', resolve);

  const letter = (c: PC, status: 200 | 409 = 200, notice?: string) =>
    panelPage(
      c,
      c.var.t.participate.letterTitle,
      <LetterPage
        t={c.var.t}
        csrf={c.var.csrf}
        base={c.var.base}
        letter={renderLetter(letterFacts(c.var.db, c.var.holder.studyId)!)}
        consented={c.var.holder.consentedAt !== null}
        notice={notice}
      />,
      status,
    );
  const stopped = (c: PC, status: 200 | 403 = 200) =>
    panelPage(c, c.var.t.participate.stoppedTitle, <StoppedPage t={c.var.t} />, status);

  /**
   * Rounds and member checks only after consent, and never after stopping: a page shows the letter (or that
   * they stopped), an answer is refused with the same page and 409/403.
   */
  const gate = async (c: PC, next: () => Promise<void>) => {
    const h = c.var.holder;
    const read = c.req.method === 'GET' || c.req.method === 'HEAD';
    if (h.withdrawnAt !== null) return stopped(c, read ? 200 : 403);
    if (h.consentedAt === null)
      return read ? c.redirect(c.var.base, 303) : letter(c, 409, c.var.t.participate.consentNeeded);
    await next();
  };
  r.use('/:token/r/*', gate);
  r.use('/:token/m/*', gate);

  /** Stop and finish: buttons without fields of their own. */
  const buttonOnlyValidator = buttonValidator<PanelEnv>();

  r.get('/:token/about', (c) => (c.var.holder.withdrawnAt !== null ? stopped(c) : letter(c)));

  r.post(
    '/:token/consent',
    // The form has one checkbox; anything unreadable is no consent.
    formValidator<typeof ConsentForm, PanelEnv>(ConsentForm, (c) =>
      c.var.holder.withdrawnAt !== null ? stopped(c, 403) : letter(c, 409, c.var.t.participate.consentNeeded),
    ),
    (c) => {
      const { agree } = c.req.valid('form');
      if (c.var.holder.withdrawnAt !== null) return stopped(c, 403);
      if (!agree) return letter(c, 409, c.var.t.participate.consentNeeded);
      recordConsent(c.var.db, c.var.holder.studyId, c.var.holder.id);
      return c.redirect(c.var.base, 303);
    },
  );

  r.post('/:token/stop', buttonOnlyValidator, (c) => {
    withdrawPanellist(c.var.db, c.var.holder.studyId, c.var.holder.id);
    return c.redirect(c.var.base, 303);
  });

  const home = (c: PC, retry?: CheckRetry) => {
    const { db, holder, t } = c.var;
    const notice = c.req.query('m') === '1' ? t.participate.responded : undefined;
    return panelPage(
      c,
      holder.studyTitle,
      <PanelHome
        t={t}
        lang={holder.lang}
        csrf={c.var.csrf}
        base={c.var.base}
        studyTitle={holder.studyTitle}
        rounds={panellistRounds(db, holder.id)}
        checks={memberChecksFor(db, holder.id)}
        notice={notice}
        retry={retry}
      />,
      retry ? 422 : 200,
    );
  };

  r.get('/:token', (c) => {
    const { holder } = c.var;
    if (holder.withdrawnAt !== null) return stopped(c);
    if (holder.consentedAt === null) return letter(c);
    return home(c);
  });

  const knownCheck = (c: PC) => {
    const checkId = Number(c.req.param('checkId'));
    return memberChecksFor(c.var.db, c.var.holder.id).some((m) => m.id === checkId) ? checkId : undefined;
  };
  r.post(
    '/:token/m/:checkId',
    // Too long is refused beside the field with the text as typed, never cut off.
    formValidator<typeof MemberCheckForm, PanelEnv>(MemberCheckForm, (c, errors, values) => {
      const checkId = knownCheck(c);
      if (checkId === undefined) return invalid(c);
      const agrees = typeof values['agrees'] === 'string' ? values['agrees'] === '1' : undefined;
      const comment = typeof values['comment'] === 'string' ? values['comment'].trim() : '';
      return home(c, { checkId, agrees, comment, error: errors['comment'] ?? c.var.t.common.formHasErrors });
    }),
    (c) => {
      const { agrees, comment } = c.req.valid('form');
      const checkId = Number(c.req.param('checkId'));
      if (!respondMemberCheck(c.var.db, c.var.holder.id, checkId, agrees === true, comment)) {
        return panelPage(c, c.var.t.participate.invalidTitle, <InvalidLink t={c.var.t} />, 404);
      }
      return c.redirect(`${c.var.base}?m=1#m-${c.req.param('checkId')}`, 303);
    },
  );

  /** The round this panellist was invited to, or the generic page. */
  const access = (c: PC): RoundAccess | undefined => {
    const id = Number(c.req.param('roundId'));
    return Number.isInteger(id) ? roundForPanellist(c.var.db, c.var.holder.id, id) : undefined;
  };
  const closedPage = (c: PC, status: 200 | 409 = 200, notOpen = false) =>
    panelPage(
      c,
      c.var.t.participate.closedTitle,
      <RoundClosed t={c.var.t} home={c.var.base} notOpen={notOpen} />,
      status,
    );
  const invalid = (c: PC) => panelPage(c, c.var.t.participate.invalidTitle, <InvalidLink t={c.var.t} />, 404);

  r.get('/:token/r/:roundId', (c) => {
    const a = access(c);
    if (!a) return invalid(c);
    if (a.status !== 'open') return closedPage(c, 200, a.status === 'draft');
    return clusterPage(c, a, Number(c.req.query('c') ?? 1), {
      notice: c.req.query('added') ? c.var.t.participate.activityAdded : undefined,
    });
  });

  const who = (c: PC): Answerer => ({ panellistId: c.var.holder.id, key: c.var.key });

  /** The round of an answer form, or the generic page when this panellist was not invited to it. */
  const round = (kinds: RoundAccess['kind'][]) =>
    createMiddleware<PanelEnv>(async (c, next) => {
      const a = access(c);
      if (!a || !kinds.includes(a.kind)) return invalid(c);
      c.set('access', a);
      await next();
    });
  /** The tiny answer to an autosave: a status line for htmx, or back to the page without JavaScript. */
  const answerSaved = (
    c: PC,
    a: RoundAccess,
    late: boolean,
    anchor: string,
    saved: Parameters<typeof progressAfterSave>[2],
  ) => {
    const p = c.var.t.participate;
    if (c.req.header('hx-request')) {
      if (late) return c.html(`<strong class="late">${p.savedLate}</strong>`);
      return c.html(
        <>
          {fmt(p.savedAt, { time: clock(new Date(), c.var.holder.lang) })}
          {progressAfterSave(c, a, saved)}
          {'itemId' in saved && liveAfterSave(c, a, saved.itemId)}
        </>,
      );
    }
    if (late) return closedPage(c, 200);
    const back = c.req.header('referer');
    const page = safeUrl(back, 'http://x')?.searchParams.get('c');
    return c.redirect(`${c.var.base}/r/${c.req.param('roundId')}${page ? `?c=${page}` : ''}#${anchor}`, 303);
  };
  const refused = (c: PC) =>
    c.req.header('hx-request')
      ? c.html(`<strong class="error">${c.var.t.participate.refusedClosed}</strong>`, 409)
      : closedPage(c, 409);
  const badInput = (c: PC, tooLongMax?: number) =>
    c.html(
      `<strong class="error">${fmt(c.var.t.participate.notSaved, {
        reason: tooLongMax
          ? c.var.t.common.errTooLong.replace('{max}', tooLongMax.toLocaleString(c.var.t.common.dateFormat))
          : c.var.t.common.formHasErrors,
      })}</strong>`,
      422,
    );

  /**
   * A form that does not parse: refused like any answer when the round no longer takes answers, otherwise the
   * small 422 fragment (naming the limit when a text is too long).
   */
  const unparsable = (c: PC, values: Record<string, string | string[]>, limit: number | undefined) => {
    const seen = typeof values['seen'] === 'string' ? values['seen'] : '';
    return answerState(c.var.db, who(c), c.var.access, seen) === 'closed' ? refused(c) : badInput(c, limit);
  };
  /** The answer to a save: the status line (or back to the page), refused, or the generic page. */
  const afterSave = (c: PC, outcome: AnswerOutcome, anchor: string, saved: Saved) =>
    outcome === 'closed'
      ? refused(c)
      : outcome === 'invalid'
        ? invalid(c)
        : answerSaved(c, c.var.access, outcome === 'late', anchor, saved);

  const itemAnswerValidator = fastFormValidator(
    (c: PC) =>
      itemAnswerForm(
        c.var.access.kind as 'rating' | 'review',
        c.var.holder.scales,
        !!c.var.access.askRelevance,
      ),
    (c, _errors, values, error) => unparsable(c, values, tooLongLimit(error)),
  );
  r.post('/:token/r/:roundId/i/:itemId', round(['rating', 'review']), itemAnswerValidator, async (c) => {
    const itemId = Number(c.req.param('itemId'));
    const outcome = await saveItemAnswer(c.var.db, who(c), c.var.access, itemId, c.req.valid('form'));
    return afterSave(c, outcome, `i-${itemId}`, { itemId });
  });

  const coverageValidator = fastFormValidator<CoverageAnswer, PanelEnv>(
    CoverageForm,
    (c, _errors, values, error) => unparsable(c, values, tooLongLimit(error)),
  );
  r.post('/:token/r/:roundId/c/:clusterId', round(['coverage']), coverageValidator, async (c) => {
    const id = Number(c.req.param('clusterId'));
    const outcome = await saveClusterAnswer(c.var.db, who(c), c.var.access, id, c.req.valid('form'));
    return afterSave(c, outcome, `k-${id}`, { clusterId: id });
  });

  /** The page of a cluster of the round (0 when the cluster is not in it). */
  const pageOfCluster = (c: PC) => {
    const clusterId = Number(c.req.param('clusterId'));
    return roundContent(c, c.var.access.id).clusters.findIndex((k) => k.id === clusterId) + 1;
  };
  r.post(
    '/:token/r/:roundId/c/:clusterId/propose',
    round(['review']),
    formValidator<typeof ProposalForm, PanelEnv>(ProposalForm, (c, errors, values) => {
      const seen = typeof values['seen'] === 'string' ? values['seen'] : '';
      if (answerState(c.var.db, who(c), c.var.access, seen) === 'closed') return refused(c);
      const page = pageOfCluster(c);
      if (!page) return invalid(c);
      const proposalValue = typeof values['text'] === 'string' ? values['text'] : undefined;
      const proposalError = errors['text'] ?? c.var.t.common.formHasErrors;
      return clusterPage(c, c.var.access, page, { proposalError, proposalValue }, 422);
    }),
    async (c) => {
      const a = c.var.access;
      const clusterId = Number(c.req.param('clusterId'));
      const page = pageOfCluster(c);
      if (!page) return invalid(c);
      const outcome = await proposeActivity(c.var.db, who(c), a, clusterId, c.req.valid('form'));
      if (outcome === 'closed') return refused(c);
      if (outcome === 'late') return closedPage(c, 200);
      return c.redirect(`${c.var.base}/r/${a.id}?c=${page}&added=1#prop-${clusterId}`, 303);
    },
  );

  r.get('/:token/r/:roundId/finish', (c) => {
    const a = access(c);
    if (!a) return invalid(c);
    if (a.status !== 'open') return closedPage(c, 200, a.status === 'draft');
    const content = roundContent(c, a.id);
    return panelPage(
      c,
      c.var.t.participate.finishTitle,
      <FinishPage
        t={c.var.t}
        csrf={c.var.csrf}
        base={`${c.var.base}/r/${a.id}`}
        round={content.round}
        unanswered={unansweredOf(content)}
        completed={a.completedAt !== null}
      />,
    );
  });

  r.post('/:token/r/:roundId/finish', buttonOnlyValidator, (c) => {
    const a = access(c);
    if (!a) return invalid(c);
    if (a.status !== 'open') return closedPage(c, 409);
    completeParticipation(c.var.db, a.participationId);
    return c.redirect(`${c.var.base}/r/${a.id}/finish`, 303);
  });

  return r;
}
