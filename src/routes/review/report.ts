import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { findReviewRound, reviewItemsOf } from '../../../db/review/review';
import { actionsOf, earlierActions } from '../../../db/review/plan';
import { groupResultsOf, trendOf } from '../../../db/review/results';
import { listVersions } from '../../../db/standard/standard';
import { CONTENT_TYPES, handbookFileName, isHandbookFormat } from '../../handbook-data';
import { renderDocx, renderHtml, renderMarkdown, renderPdf } from '../../handbook';
import type { StudyEnv } from '../../http/study-access';
import { buildReviewReport } from '../../review-report/build';

/** GET /studies/:studyId/reviews/:roundId/report.(html|pdf|docx|md): the group's report of one round. */
export const reviewReportRoutes = new Hono<StudyEnv>();

reviewReportRoutes.get('/:file{report\\.(html|pdf|docx|md)}', async (c) => {
  const format = c.req.param('file').split('.')[1] ?? '';
  if (!isHandbookFormat(format)) throw new HTTPException(404);
  const { db, study, t } = c.var;
  const round = findReviewRound(db, study.id, Number(c.req.param('roundId')));
  if (!round) throw new HTTPException(404);
  const versions = new Map(listVersions(db, study.id).map((v) => [v.id, v.number]));
  const items = reviewItemsOf(db, round);
  const itemLabel = (lineage: string | null) => {
    const x = items.find((i) => i.lineage === lineage);
    return x ? `${x.number} ${x.text}` : t.review.noItem;
  };
  const doc = buildReviewReport(
    {
      lang: study.lang,
      studyTitle: study.title,
      round,
      versionNumber: versions.get(round.versionId) ?? 0,
      results: groupResultsOf(db, round),
      actions: actionsOf(db, round.id).map((a) => ({ ...a, item: itemLabel(a.itemLineage) })),
      followedUp: earlierActions(db, round).map((a) => ({
        ...a,
        round: a.roundNumber,
        item: itemLabel(a.itemLineage),
      })),
      trend: trendOf(db, study.id)
        .filter((x) => x.round.number <= round.number)
        .map((x) => ({
          round: x.round.number,
          version: versions.get(x.round.versionId) ?? 0,
          compliance: x.results.overall.compliance,
          applicable: x.results.overall.applicable,
        })),
    },
    t,
  );
  const body =
    format === 'html'
      ? renderHtml(doc)
      : format === 'md'
        ? renderMarkdown(doc)
        : format === 'docx'
          ? await renderDocx(doc)
          : await renderPdf(doc);
  const name = handbookFileName(study.title, round.number, format, study.lang).replace(
    /-(standaard|standard)-v/,
    study.lang === 'en' ? '-review-' : '-toetsing-',
  );
  return c.body(typeof body === 'string' ? body : new Uint8Array(body), 200, {
    'Content-Type': CONTENT_TYPES[format],
    'Content-Disposition': `${format === 'html' ? 'inline' : 'attachment'}; filename="${name}"`,
    'Cache-Control': 'no-store',
  });
});
