import { Hono, type Context } from 'hono';
import { appendAudit } from '../../../db/audit';
import { exportStudy } from '../../../db/transfer/export';
import { importStudy } from '../../../db/transfer/import';
import { ExportPage, ImportPage } from '../../../views/pages/standard/transfer';
import type { SignedInEnv } from '../../http/env';
import { page, seeOther } from '../../http/render';
import type { StudyEnv } from '../../http/study-access';
import { parseStudyDocument, pseudonymizeCases } from '../../transfer';

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

importRoutes.post('/', async (c) => {
  const T = c.var.t.transfer;
  const body = await c.req.parseBody();
  const file = body['file'];
  if (!(file instanceof File) || file.size === 0) return importPage(c, T.errNoFile);
  if (file.size > MAX_BYTES) return importPage(c, c.var.t.cases.errFileSize);
  const parsed = parseStudyDocument(await file.text());
  if (!parsed.ok) {
    const message = {
      json: T.errJson,
      format: T.errFormat,
      version: T.errVersion,
      schema: T.errSchema,
      refs: T.errRefs,
    }[parsed.error];
    return importPage(c, message, parsed.details);
  }
  const userId = c.var.user.id;
  let study;
  try {
    study = importStudy(c.var.db, userId, pseudonymizeCases(parsed.doc), T.imported(parsed.doc.study.title));
  } catch (err) {
    // The transaction rolled back: nothing of the file is stored. Duplicates the schema cannot see end here.
    return importPage(c, T.errSchema, [err instanceof Error ? err.message : String(err)]);
  }
  appendAudit(c.var.db, {
    studyId: study.id,
    userId,
    action: 'study.import',
    entity: 'study',
    entityId: study.id,
    summary: `${file.name}: ${parsed.doc.cases.length} cases, ${parsed.doc.rounds.length} rounds, ${parsed.doc.standardVersions.length} standard versions`,
  });
  return seeOther(c, `/studies/${study.id}`);
});

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
