import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { loadHandbookRecords } from '../../services/standard/handbook-records';
import type { StudyEnv } from '../../http/study-access';
import { pool } from '../../work/pool';
import { CONTENT_TYPES, handbookFileName, isHandbookFormat, toHandbookInput } from '../../handbook-data';

/** GET /studies/:studyId/standard/versions/:n/handbook.(html|pdf|docx|md) */
export const standardHandbookRoutes = new Hono<StudyEnv>();

standardHandbookRoutes.get('/:file{handbook\\.(html|pdf|docx|md)}', async (c) => {
  const format = c.req.param('file').split('.')[1] ?? '';
  if (!isHandbookFormat(format)) throw new HTTPException(404);
  const { study, db } = c.var;
  const records = loadHandbookRecords(db, study.id, Number(c.req.param('n')));
  if (!records) throw new HTTPException(404);
  // Rendering a PDF or DOCX of a few hundred items takes seconds: in the worker pool, off the autosave thread.
  const body = await pool().run('renderHandbook', [toHandbookInput(records), format]);
  const name = handbookFileName(study.title, records.version.number, format, study.lang);
  // HTML opens in the browser to print; the other formats download.
  const disposition = format === 'html' ? 'inline' : 'attachment';
  return c.body(typeof body === 'string' ? body : new Uint8Array(body), 200, {
    'Content-Type': CONTENT_TYPES[format],
    'Content-Disposition': `${disposition}; filename="${name}"`,
    'Cache-Control': 'no-store',
  });
});
