import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { isHandbookFormat } from '../../handbook-data';
import { requireEditor, type StudyEnv } from '../../http/study-access';
import { reviewReportFile } from '../../services/review/report';

/**
 * GET /studies/:studyId/reviews/:roundId/report.(html|pdf|docx|md): the group's report of one round, for the
 * facilitator (owners and editors); a viewer looks from above the group and gets the overview instead.
 */
export const reviewReportRoutes = new Hono<StudyEnv>();

reviewReportRoutes.get('/:file{report\\.(html|pdf|docx|md)}', async (c) => {
  const format = c.req.param('file').split('.')[1] ?? '';
  if (!isHandbookFormat(format)) throw new HTTPException(404);
  requireEditor(c.var.role);
  const { db, study, t } = c.var;
  const file = await reviewReportFile(db, study, Number(c.req.param('roundId')), format, t);
  if (!file) throw new HTTPException(404);
  return c.body(typeof file.body === 'string' ? file.body : new Uint8Array(file.body), 200, {
    'Content-Type': file.contentType,
    'Content-Disposition': `${format === 'html' ? 'inline' : 'attachment'}; filename="${file.name}"`,
    'Cache-Control': 'no-store',
  });
});
