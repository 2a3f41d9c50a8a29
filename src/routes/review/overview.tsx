import { Hono } from 'hono';
import { listReviewRounds } from '../../services/review/review';
import { aggregateOf } from '../../services/review/results';
import { ReviewOverviewPage } from '../../../views/pages/review/overview';
import { page } from '../../http/render';
import type { StudyEnv } from '../../http/study-access';

/** GET /studies/:studyId/reviews/overview: aggregates only, never one practitioner's scores. */
export const reviewOverviewRoutes = new Hono<StudyEnv>();

reviewOverviewRoutes.get('/', (c) => {
  const { t, study, db } = c.var;
  const rounds = listReviewRounds(db, study.id)
    .reverse()
    .map(({ round, versionNumber }) => ({
      number: round.number,
      title: round.title,
      versionNumber,
      results: aggregateOf(db, round),
    }));
  return page(c, t.review.management, <ReviewOverviewPage t={t} study={study} rounds={rounds} />, {
    wide: true,
  });
});
