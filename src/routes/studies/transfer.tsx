import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { exportStudy } from '../../../db/transfer/export';
import { ExportPage, ImportPage } from '../../../views/pages/standard/transfer';
import type { SignedInEnv } from '../../http/env';
import { page, seeOther } from '../../http/render';
import type { StudyEnv } from '../../http/study-access';
import { formValidator } from '../../http/validate';
import { importStudyFile } from '../../services/transfer/import';

const MAX_BYTES = 5 * 1024 * 1024;

/** Mounted at /studies/import, before /studies/:studyId so "import" is never read as a study id. */
export const importRoutes = new Hono<SignedInEnv>();

function importPage(c: Context<SignedInEnv>, error?: string, details: string[] = []) {
  return page(
    c,
    c.var.t.transfer.importTitle,
    <ImportPage t={c.var.t} csrf={c.var.csrf} error={error} details={details} />,
    { status: error ? 422 : 200 },
  );
}

importRoutes.get('/', (c) => importPage(c));

const ImportForm = z.object({
  file: z
    .instanceof(File, { message: 'transfer.errNoFile' })
    .refine((f) => f.size > 0, 'transfer.errNoFile')
    .refine((f) => f.size <= MAX_BYTES, 'cases.errFileSize'),
});

importRoutes.post(
  '/',
  formValidator<typeof ImportForm, SignedInEnv>(ImportForm, (c, errors) =>
    importPage(c, errors['file'] ?? c.var.t.transfer.errNoFile),
  ),
  async (c) => {
    const T = c.var.t.transfer;
    const { file } = c.req.valid('form');
    const result = importStudyFile(
      c.var.db,
      c.var.user.id,
      { name: file.name, text: await file.text() },
      (title) => T.imported(title),
    );
    if (!result.ok) {
      const message = {
        json: T.errJson,
        format: T.errFormat,
        version: T.errVersion,
        schema: T.errSchema,
        refs: T.errRefs,
      }[result.error];
      return importPage(c, message, result.details);
    }
    return seeOther(c, `/studies/${result.study.id}`);
  },
);

/** Mounted at /studies/:studyId/transfer. */
export const exportRoutes = new Hono<StudyEnv>();

exportRoutes.get('/', (c) =>
  page(c, c.var.t.transfer.exportTitle, <ExportPage t={c.var.t} study={c.var.study} />),
);

exportRoutes.get('/export.json', (c) => {
  const doc = exportStudy(c.var.db, c.var.study.id)!;
  const name = `maatstaf-study-${c.var.study.id}-${doc.exportedAt.slice(0, 10)}.json`;
  return c.body(JSON.stringify(doc, null, 1), 200, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Disposition': `attachment; filename="${name}"`,
    'Cache-Control': 'no-store',
  });
});
