import { Hono, type Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import {
  assignmentsOf,
  closeReviewRound,
  createReviewRound,
  eraseReviewMember,
  findReviewRound,
  listReviewRounds,
  membersOf,
  reviewItemsOf,
  type ReviewRound,
} from '../../services/review/review';
import { actionsOf, addAction, followUpAction } from '../../../db/review/plan';
import { earlierActionsOf } from '../../services/review/plan';
import { aggregateOf, groupResultsOf } from '../../services/review/results';
import { dossiersOf, reviews, savePaperForm, scoresOf } from '../../services/review/scores';
import { listVersions } from '../../../db/standard/standard';
import type { FieldErrors } from '../../../views/components/form';
import { translate } from '../../../views/i18n';
import { ReviewListPage, type Values } from '../../../views/pages/review/list';
import { ReviewRoundPage } from '../../../views/pages/review/round';
import type { KeyProvider } from '../../auth/panel-key';
import { page, seeOther } from '../../http/render';
import type { StudyEnv } from '../../http/study-access';
import { buttonValidator } from '../../http/button';
import { formValidator, limitMessages } from '../../http/validate';
import { reviewChoices } from '../../services/review/choices';
import { workingTokens } from '../../services/review/links';
import { publicBase } from '../panel/panel';
import {
  ActionForm,
  FollowUpForm,
  NewReviewRoundForm,
  newRoundValues,
  PaperForm,
  paperScores,
  paperValues,
} from './forms';
import { reviewOverviewRoutes } from './overview';
import { reviewReportRoutes } from './report';

type C = Context<StudyEnv>;

function listPage(c: C, values: Values = {}, errors: FieldErrors = {}, status: 200 | 422 = 200) {
  const { t, study, db } = c.var;
  const { versions, clusters } = reviewChoices(db, study.id);
  return page(
    c,
    t.review.title,
    <ReviewListPage
      t={t}
      csrf={c.var.csrf}
      study={study}
      rounds={listReviewRounds(db, study.id).map((r) => ({ ...r.round, versionNumber: r.versionNumber }))}
      versions={versions}
      clusters={clusters}
      canEdit={c.var.role !== 'viewer'}
      values={values}
      errors={errors}
    />,
    { status },
  );
}

export function roundParam(c: C): ReviewRound {
  const id = Number(c.req.param('roundId'));
  const round = Number.isInteger(id) ? findReviewRound(c.var.db, c.var.study.id, id) : undefined;
  if (!round) throw new HTTPException(404);
  return round;
}

type Forms = {
  paper?: { values: Values; errors: FieldErrors };
  action?: { values: Values; errors: FieldErrors };
  followUp?: { actionId: number; values: Values; errors: FieldErrors };
};

function roundPage(
  c: C,
  round: ReviewRound,
  forms: Forms = {},
  status: 200 | 422 = 200,
  keyOf?: KeyProvider,
) {
  const { t, study, db } = c.var;
  const members = membersOf(db, round.id);
  const pseudo = new Map(members.map((m) => [m.id, m.pseudonym]));
  const assignments = assignmentsOf(db, round.id);
  const dossiers = dossiersOf(db, round.id);
  const scores = scoresOf(db, round.id);
  const items = reviewItemsOf(db, round);
  const version = listVersions(db, study.id).find((v) => v.id === round.versionId);
  // A viewer of the study looks from above the group (team, management): pseudonyms and aggregates only.
  const facilitator = c.var.role !== 'viewer';
  const tokens = facilitator ? workingTokens(members, keyOf?.()) : new Map<number, string>();
  const notice = c.req.query('saved') ? t.review.paperSaved(Number(c.req.query('saved'))) : undefined;
  return page(
    c,
    t.review.round(round.number),
    <ReviewRoundPage
      t={t}
      csrf={c.var.csrf}
      study={study}
      round={round}
      versionNumber={version?.number ?? 0}
      members={members.map((m) => ({
        id: m.id,
        pseudonym: m.pseudonym,
        name: facilitator ? m.name : '',
        link: tokens.has(m.id) ? `${publicBase(c)}/t/${tokens.get(m.id)}` : '',
        reviews: assignments
          .filter((a) => a.reviewerId === m.id)
          .map((a) => pseudo.get(a.practitionerId) ?? ''),
        dossiers: dossiers.filter((d) => d.practitionerId === m.id).length,
        scores: scores.filter((s) => s.reviewerId === m.id && s.score !== null).length,
      }))}
      items={items}
      results={facilitator ? groupResultsOf(db, round) : aggregateOf(db, round)}
      actions={actionsOf(db, round.id)}
      earlier={earlierActionsOf(db, round)}
      canEdit={facilitator}
      notice={notice}
      paper={forms.paper ?? { values: {}, errors: {} }}
      action={forms.action ?? { values: {}, errors: {} }}
      followUp={forms.followUp}
    />,
    { status, wide: true },
  );
}

/** Mounted at /studies/:studyId/reviews: the facilitator's side of peer review. */
export function reviewRoutes(keyOf: KeyProvider) {
  const r = new Hono<StudyEnv>();

  r.get('/', (c) => listPage(c));

  r.post(
    '/',
    formValidator(NewReviewRoundForm, (c: C, errors, values) => listPage(c, values, errors, 422)),
    (c) => {
      const form = c.req.valid('form');
      const result = createReviewRound(c.var.db, keyOf(), c.var.study.id, c.var.user.id, form);
      if (!result.ok) {
        const field = result.reason === 'unknown-cluster' ? 'clusterNumbers' : 'versionNumber';
        const key =
          result.reason === 'not-adopted'
            ? 'review.errNotAdopted'
            : result.reason === 'no-version'
              ? 'review.errNoVersion'
              : 'review.errCluster';
        return listPage(c, newRoundValues(form), { [field]: translate(key, c.var.t) }, 422);
      }
      return seeOther(c, `/studies/${c.var.study.id}/reviews/${result.round.id}`);
    },
  );

  r.route('/overview', reviewOverviewRoutes);

  r.get('/:roundId', (c) => roundPage(c, roundParam(c), {}, 200, keyOf));

  r.post('/:roundId/close', buttonValidator<StudyEnv>(), (c) => {
    const round = roundParam(c);
    if (round.status === 'open') closeReviewRound(c.var.db, round, c.var.user.id);
    return seeOther(c, `/studies/${c.var.study.id}/reviews/${round.id}`);
  });

  r.post('/:roundId/members/:memberId{[0-9]+}/erase', buttonValidator<StudyEnv>(), (c) => {
    const round = roundParam(c);
    if (!eraseReviewMember(c.var.db, round, Number(c.req.param('memberId')), c.var.user.id))
      throw new HTTPException(404);
    return seeOther(c, `/studies/${c.var.study.id}/reviews/${round.id}#members`);
  });

  r.post(
    '/:roundId/paper',
    formValidator(PaperForm, (c: C, errors, values) =>
      roundPage(c, roundParam(c), { paper: { values, errors } }, 422, keyOf),
    ),
    (c) => {
      const round = roundParam(c);
      const { t, db } = c.var;
      const form = c.req.valid('form');
      const values = paperValues(form);
      if (round.status !== 'open') throw new HTTPException(409, { message: t.review.closed });
      const ids = reviewItemsOf(db, round).map((x) => x.id);
      const { errors, tooLong, scores } = paperScores(form, ids);
      // Who reviews whom is stored per round, between members of that round only.
      if (!reviews(db, round.id, form.reviewerId, form.practitionerId))
        errors['reviewerId'] = 'review.errPair';
      if (Object.keys(errors).length || Object.keys(tooLong).length) {
        const translated = {
          ...Object.fromEntries(Object.entries(errors).map(([k, v]) => [k, translate(v, t)])),
          ...limitMessages(tooLong, t),
        };
        return roundPage(c, round, { paper: { values, errors: translated } }, 422, keyOf);
      }
      savePaperForm(db, round, c.var.user.id, { ...form, scores });
      return seeOther(c, `/studies/${c.var.study.id}/reviews/${round.id}?saved=${scores.length}#paper`);
    },
  );

  r.post(
    '/:roundId/actions',
    formValidator(ActionForm, (c: C, errors, values) =>
      roundPage(c, roundParam(c), { action: { values, errors } }, 422, keyOf),
    ),
    (c) => {
      const round = roundParam(c);
      addAction(c.var.db, round, c.var.user.id, c.req.valid('form'));
      return seeOther(c, `/studies/${c.var.study.id}/reviews/${round.id}#plan`);
    },
  );

  r.post(
    '/:roundId/actions/:actionId',
    formValidator(FollowUpForm, (c: C, errors, values) =>
      roundPage(
        c,
        roundParam(c),
        { followUp: { actionId: Number(c.req.param('actionId')), values, errors } },
        422,
        keyOf,
      ),
    ),
    (c) => {
      const round = roundParam(c);
      const done = followUpAction(
        c.var.db,
        round,
        c.var.user.id,
        Number(c.req.param('actionId')),
        c.req.valid('form'),
      );
      if (!done) throw new HTTPException(404);
      return seeOther(c, `/studies/${c.var.study.id}/reviews/${round.id}#plan`);
    },
  );

  r.route('/:roundId', reviewReportRoutes);
  return r;
}
