import { Hono, type Context } from 'hono';
import type { Child } from 'hono/jsx';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { assignmentsOf, memberByHash, membersOf, reviewItemsOf } from '../../services/review/review';
import { groupResultsOf, ownResultsOf } from '../../services/review/results';
import {
  dossiersOf,
  ensureDossier,
  findDossier,
  ownScores,
  reviews,
  saveScore,
} from '../../services/review/scores';
import type { FieldErrors } from '../../../views/components/form';
import { texts } from '../../../views/i18n';
import { clock, fmt } from '../../../views/pages/participate/fmt';
import { linkHolderPage } from '../../http/render';
import { DossierPage, MemberHome } from '../../../views/pages/review/member';
import { normLabel } from '../../../views/pages/standard/item';
import type { AppVariables } from '../../http/env';
import { formValidator } from '../../http/validate';
import { tokenHash } from '../../tokens';
import { AddDossierForm, ScoreForm } from './forms';

type Holder = NonNullable<ReturnType<typeof memberByHash>>;
type RevEnv = { Variables: AppVariables & { holder: Holder; base: string } };
type RC = Context<RevEnv>;

function linkPage(c: RC, title: string, body: Child, status: ContentfulStatusCode = 200) {
  return linkHolderPage(c, c.var.holder as Holder | undefined, title, body, status);
}

const invalid = (c: RC) =>
  linkPage(
    c,
    c.var.t.review.invalidTitle,
    <>
      <h1>{c.var.t.review.invalidTitle}</h1>
      <p>{c.var.t.review.invalid}</p>
    </>,
    404,
  );

function home(
  c: RC,
  values: Record<string, string | string[]> = {},
  errors: FieldErrors = {},
  status: 200 | 422 = 200,
) {
  const { db, holder, t } = c.var;
  const { member, round } = holder;
  const pseudo = new Map(membersOf(db, round.id).map((m) => [m.id, m.pseudonym]));
  const items = reviewItemsOf(db, round);
  const dossiers = dossiersOf(db, round.id);
  const toReview = assignmentsOf(db, round.id)
    .filter((a) => a.reviewerId === member.id)
    .map((a) => ({
      practitionerId: a.practitionerId,
      pseudonym: pseudo.get(a.practitionerId) ?? '',
      dossiers: dossiers
        .filter((d) => d.practitionerId === a.practitionerId)
        .map((d) => ({
          id: d.id,
          code: d.code,
          done: [...ownScores(db, d.id, member.id).values()].filter((s) => s.score !== null).length,
        })),
    }));
  return linkPage(
    c,
    t.review.title,
    <MemberHome
      t={t}
      csrf={c.var.csrf}
      base={c.var.base}
      pseudonym={member.pseudonym}
      sampleSize={round.sampleSize}
      open={round.status === 'open'}
      toReview={toReview}
      itemCount={items.length}
      own={ownResultsOf(db, round, member.id)}
      group={groupResultsOf(db, round)}
      values={values}
      errors={errors}
    />,
    status,
  );
}

/** Why an autosave was not kept: a status line for htmx, or a page without JavaScript. */
function notSaved(c: RC, reason: string, status: 409 | 422) {
  const text = fmt(c.var.t.participate.notSaved, { reason });
  return c.req.header('hx-request')
    ? c.html(<strong class="error">{text}</strong>, status)
    : linkPage(c, c.var.t.review.title, <p class="error">{text}</p>, status);
}

/** The dossier of this round that the link holder reviews, or undefined. */
function dossierParam(c: RC) {
  const { db, holder } = c.var;
  const id = Number(c.req.param('dossierId'));
  const d = Number.isInteger(id) ? findDossier(db, holder.round.id, id) : undefined;
  return d && reviews(db, holder.round.id, holder.member.id, d.practitionerId) ? d : undefined;
}

/**
 * A reviewer's pages under /t/:token: no account, the link is the key (hash-only storage as for panellists).
 * Unknown links get one and the same page after the same work.
 */
export function reviewLinkRoutes() {
  const r = new Hono<RevEnv>();
  const resolve = async (c: RC, next: () => Promise<void>) => {
    const token = c.req.param('token') ?? '';
    const holder = memberByHash(c.var.db, tokenHash(token.slice(0, 64)));
    if (!holder) {
      c.set('t', texts(c.var.lang));
      return invalid(c);
    }
    c.set('holder', holder);
    c.set('lang', holder.lang);
    c.set('t', texts(holder.lang));
    c.set('base', `/t/${token}`);
    await next();
  };
  r.use('/:token', resolve);
  r.use('/:token/*', resolve);

  r.get('/:token', (c) => home(c));

  r.post(
    '/:token/dossiers',
    formValidator<typeof AddDossierForm, RevEnv>(AddDossierForm, (c, errors, values) =>
      // A closed round shows the page again without messages: the form is gone from it.
      home(c, values, c.var.holder.round.status === 'open' ? errors : {}, 422),
    ),
    (c) => {
      const { db, holder, t } = c.var;
      const { practitionerId, code } = c.req.valid('form');
      const values = { practitionerId: String(practitionerId), code };
      if (holder.round.status !== 'open') return home(c, values, {}, 422);
      if (!reviews(db, holder.round.id, holder.member.id, practitionerId))
        return home(c, values, { code: t.review.errPair }, 422);
      const d = ensureDossier(db, holder.round.id, practitionerId, code);
      return c.redirect(`${c.var.base}/d/${d.id}`, 303);
    },
  );

  r.get('/:token/d/:dossierId', (c) => {
    const { db, holder, t } = c.var;
    const d = dossierParam(c);
    if (!d) return invalid(c);
    const own = ownScores(db, d.id, holder.member.id);
    const pseudo = membersOf(db, holder.round.id).find((m) => m.id === d.practitionerId)?.pseudonym ?? '';
    return linkPage(
      c,
      t.review.scoreDossier(d.code),
      <DossierPage
        t={t}
        csrf={c.var.csrf}
        base={c.var.base}
        dossierId={d.id}
        code={d.code}
        practitioner={pseudo}
        open={holder.round.status === 'open'}
        items={reviewItemsOf(db, holder.round).map((x) => ({
          id: x.id,
          number: x.number,
          text: x.text,
          criterion: x.criterion,
          norm: normLabel(t, x),
          evidence: t.standard[`source_${x.evidenceSource as 'dossier'}`] ?? x.evidenceSource,
          rubricLevels: x.rubricLevels,
          clusterLabel: x.clusterLabel,
          score: own.get(x.id)?.score ?? null,
          note: own.get(x.id)?.note ?? '',
        }))}
      />,
    );
  });

  /** Autosave of one criterion: a status line for htmx, or back to the dossier without JavaScript. */
  r.post(
    '/:token/d/:dossierId/i/:itemId',
    formValidator<typeof ScoreForm, RevEnv>(ScoreForm, (c) => {
      if (!dossierParam(c)) return invalid(c);
      if (c.var.holder.round.status !== 'open') return notSaved(c, c.var.t.review.closed, 409);
      return notSaved(c, c.var.t.review.errScore, 422);
    }),
    async (c) => {
      const { db, holder, t } = c.var;
      const d = dossierParam(c);
      if (!d) return invalid(c);
      if (holder.round.status !== 'open') return notSaved(c, t.review.closed, 409);
      const itemId = Number(c.req.param('itemId'));
      if (!(await saveScore(db, holder.round, holder.member.id, d, { itemId, ...c.req.valid('form') })))
        return notSaved(c, t.review.errItem, 422);
      if (c.req.header('hx-request'))
        return c.html(fmt(t.participate.savedAt, { time: clock(new Date(), holder.lang) }));
      return c.redirect(`${c.var.base}/d/${d.id}#s-${itemId}`, 303);
    },
  );

  return r;
}
