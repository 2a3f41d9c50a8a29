import { Hono } from 'hono';
import { seeOther } from '../../http/render';
import type { StudyEnv } from '../../http/study-access';
import { codebookXml, projectQdpx } from '../../refi-qda/export';
import { draftCodingProject } from '../../services/draft/refi-qda';
import { draftHome, type C } from './shared';

const project = (c: C) => draftCodingProject(c.var.db, c.var.study);

const download = (c: C, ext: string) => ({
  'Content-Disposition': `attachment; filename="maatstaf-study-${c.var.study.id}-coding.${ext}"`,
  'Cache-Control': 'no-store',
});

/** REFI-QDA exports of the draft's coding, for ATLAS.ti, MAXQDA, NVivo and QualCoder. */
export const draftRefiRoutes = new Hono<StudyEnv>();

draftRefiRoutes.get('/codebook.qdc', (c) => {
  const p = project(c);
  if (!p.codes.length) return seeOther(c, draftHome(c, '?msg=refiEmpty'));
  return c.body(codebookXml(p.codes), 200, {
    'Content-Type': 'application/xml; charset=utf-8',
    ...download(c, 'qdc'),
  });
});

draftRefiRoutes.get('/project.qdpx', async (c) => {
  const p = project(c);
  if (!p.codes.length) return seeOther(c, draftHome(c, '?msg=refiEmpty'));
  const zip = await projectQdpx(p);
  return c.body(zip.buffer as ArrayBuffer, 200, {
    'Content-Type': 'application/zip',
    ...download(c, 'qdpx'),
  });
});
