import { Hono } from 'hono';
import { LIMITS } from '../../limits';
import { tooLong } from '../../http/validate';
import {
  acceptance,
  mayAnswerItem,
  panellistByHash,
  roundDecided,
  roundForPanellist,
  saveCoverage,
  saveProposal,
  saveRating,
  saveReview,
  type RoundAccess,
} from '../../../db/rounds/answers';
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
import { tokenHash, verify } from '../../tokens';
import { answerTooLong, parseCoverage, parseRating, parseReview } from '../../rounds/answer-form';
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

type Body = Record<string, unknown>;

/** The longest comment on a member check. */
const MEMBER_COMMENT_MAX = 4000;

/**
 * Autosaves are small urlencoded forms; reading them directly is much cheaper than the generic body parser.
 * Without the CSRF header the CSRF check has already parsed (and cached) the body, so that result is reused.
 */
async function formBody(c: PC): Promise<Body> {
  const urlencoded = (c.req.header('content-type') ?? '').startsWith('application/x-www-form-urlencoded');
  if (!urlencoded || !c.req.header('x-csrf-token')) return (await c.req.parseBody()) as Body;
  const out: Body = {};
  for (const [k, v] of new URLSearchParams(await c.req.text())) out[k] = v;
  return out;
}

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

  r.get('/:token/about', (c) => (c.var.holder.withdrawnAt !== null ? stopped(c) : letter(c)));

  r.post('/:token/consent', async (c) => {
    const body = (await c.req.parseBody()) as Body;
    if (c.var.holder.withdrawnAt !== null) return stopped(c, 403);
    if (body['agree'] !== '1') return letter(c, 409, c.var.t.participate.consentNeeded);
    recordConsent(c.var.db, c.var.holder.studyId, c.var.holder.id);
    return c.redirect(c.var.base, 303);
  });

  r.post('/:token/stop', (c) => {
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

  r.post('/:token/m/:checkId', async (c) => {
    const body = (await c.req.parseBody()) as Body;
    const checkId = Number(c.req.param('checkId'));
    const agrees = body['agrees'] === '1';
    const comment = typeof body['comment'] === 'string' ? body['comment'].trim() : '';
    const known = memberChecksFor(c.var.db, c.var.holder.id).some((m) => m.id === checkId);
    // Too long is refused beside the field with the text as typed, never cut off.
    const error = known ? tooLong(comment, MEMBER_COMMENT_MAX, c.var.t) : undefined;
    if (error)
      return home(c, { checkId, agrees: body['agrees'] === undefined ? undefined : agrees, comment, error });
    if (!respondMemberCheck(c.var.db, c.var.holder.id, checkId, agrees, comment)) {
      return panelPage(c, c.var.t.participate.invalidTitle, <InvalidLink t={c.var.t} />, 404);
    }
    return c.redirect(`${c.var.base}?m=1#m-${c.req.param('checkId')}`, 303);
  });

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

  /** When the page was shown (signed by us when rendering it), or null when the signature does not hold. */
  const shownAt = (c: PC, a: RoundAccess, body: Body): number | null => {
    const [at, sig] = String(body['seen'] ?? '').split('.');
    const ts = Number(at);
    if (!sig || !Number.isFinite(ts) || !verify(c.var.key, `${c.var.holder.id}.${a.id}.${ts}`, sig))
      return null;
    return ts;
  };
  /** Open, late (within the round's grace period, see `acceptance`) or closed. */
  const stateOf = (c: PC, a: RoundAccess, body: Body) =>
    a.status === 'open' ? 'open' : acceptance(a, shownAt(c, a, body), () => roundDecided(c.var.db, a.id));

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

  r.post('/:token/r/:roundId/i/:itemId', async (c) => {
    const a = access(c);
    if (!a) return invalid(c);
    const body = await formBody(c);
    const state = stateOf(c, a, body);
    if (state === 'closed') return refused(c);
    const late = state === 'late';
    const itemId = Number(c.req.param('itemId'));
    const { db, holder } = c.var;
    const tooLongMax = answerTooLong(body);
    if (tooLongMax) return badInput(c, tooLongMax);
    let ok: boolean;
    if (a.kind === 'rating') {
      const v = parseRating(body, holder.scales);
      if (!v.ok) return badInput(c);
      if (!mayAnswerItem(db, a, holder.id, itemId)) return invalid(c);
      ok = saveRating(db, a, holder.id, itemId, v.values, late);
    } else if (a.kind === 'review') {
      const v = parseReview(body, !!a.askRelevance);
      if (!v.ok) return badInput(c);
      ok = saveReview(db, a, holder.id, itemId, v.values, late);
    } else return invalid(c);
    return ok ? answerSaved(c, a, late, `i-${itemId}`, { itemId }) : invalid(c);
  });

  r.post('/:token/r/:roundId/c/:clusterId', async (c) => {
    const a = access(c);
    if (!a || a.kind !== 'coverage') return invalid(c);
    const body = await formBody(c);
    const state = stateOf(c, a, body);
    if (state === 'closed') return refused(c);
    const tooLongMax = answerTooLong(body);
    if (tooLongMax) return badInput(c, tooLongMax);
    const v = parseCoverage(body);
    if (!v.ok) return badInput(c);
    const id = Number(c.req.param('clusterId'));
    return saveCoverage(c.var.db, a, c.var.holder.id, id, v.values, state === 'late')
      ? answerSaved(c, a, state === 'late', `k-${id}`, { clusterId: id })
      : invalid(c);
  });

  r.post('/:token/r/:roundId/c/:clusterId/propose', async (c) => {
    const a = access(c);
    if (!a || a.kind !== 'review') return invalid(c);
    const body = (await c.req.parseBody()) as Body;
    const state = stateOf(c, a, body);
    if (state === 'closed') return refused(c);
    const text = typeof body['text'] === 'string' ? body['text'].trim() : '';
    const clusterId = Number(c.req.param('clusterId'));
    const content = roundContent(c, a.id);
    const page = content.clusters.findIndex((k) => k.id === clusterId) + 1;
    if (!page) return invalid(c);
    const proposalError = text ? tooLong(text, LIMITS.item, c.var.t) : c.var.t.participate.errActivity;
    if (proposalError) return clusterPage(c, a, page, { proposalError }, 422);
    const phase = typeof body['phaseId'] === 'string' && body['phaseId'] ? body['phaseId'] : null;
    saveProposal(c.var.db, a, c.var.holder.id, clusterId, phase, text, state === 'late');
    if (state === 'late') return closedPage(c, 200);
    return c.redirect(`${c.var.base}/r/${a.id}?c=${page}&added=1#prop-${clusterId}`, 303);
  });

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

  r.post('/:token/r/:roundId/finish', (c) => {
    const a = access(c);
    if (!a) return invalid(c);
    if (a.status !== 'open') return closedPage(c, 409);
    completeParticipation(c.var.db, a.participationId);
    return c.redirect(`${c.var.base}/r/${a.id}/finish`, 303);
  });

  return r;
}
