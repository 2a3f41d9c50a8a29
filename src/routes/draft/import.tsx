import { Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { z } from 'zod';
import { ImportItemsPage, type ImportPreview } from '../../../views/pages/draft/import';
import { page, seeOther } from '../../http/render';
import type { StudyEnv } from '../../http/study-access';
import { checkItemTable, importItemTable, type ItemTableCheck } from '../../services/draft/import-items';
import { readItemFile, type Table } from '../../item-import/read';
import { draftHome, studyRef, validForm, type C } from './shared';

const MAX_BYTES = 5 * 1024 * 1024;

/** The preview's hidden fields, checked again on confirm: a table of text cells and where it came from. */
const ConfirmSchema = z.object({
  fileName: z.string().max(300),
  kind: z.enum(['csv', 'xlsx', 'standard', 'qdc']),
  table: z
    .string()
    .max(MAX_BYTES * 2)
    .transform((s, ctx) => {
      try {
        return JSON.parse(s) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'itemImport.errTampered' });
        return z.NEVER;
      }
    })
    .pipe(z.array(z.array(z.string().max(5000)).max(50)).max(20000)),
});

/** The uploaded file: present, not empty, at most 5 MB. */
const PreviewSchema = z.object({
  file: z
    .instanceof(File, { message: 'itemImport.errNoFile' })
    .refine((f) => f.size > 0, 'itemImport.errNoFile')
    .refine((f) => f.size <= MAX_BYTES, 'itemImport.errFileSize'),
});

function show(c: C, props: { error?: string; preview?: ImportPreview }, status: ContentfulStatusCode = 200) {
  return page(
    c,
    c.var.t.itemImport.title,
    <ImportItemsPage t={c.var.t} csrf={c.var.csrf} study={studyRef(c)} {...props} />,
    { status },
  );
}

/** The preview of a checked table, or the page that says why it cannot be imported (422). */
function answer(
  c: C,
  check: ItemTableCheck,
  table: Table,
  fileName: string,
  kind: ImportPreview['kind'],
  encoding?: ImportPreview['encoding'],
) {
  if (check.kind === 'refused') return show(c, { error: c.var.t.itemImport[check.error] }, 422);
  const preview: ImportPreview = {
    fileName,
    kind,
    tableJson: JSON.stringify(table),
    rows: check.rows,
    unknownHeaders: check.unknownHeaders,
    encoding,
  };
  return show(c, { preview }, check.kind === 'ok' ? 200 : 422);
}

export const draftImportRoutes = new Hono<StudyEnv>();

draftImportRoutes.get('/', (c) => show(c, {}));

const previewForm = validForm(PreviewSchema, (c, errors) => show(c, { error: errors.file }, 422));

draftImportRoutes.post('/preview', previewForm, async (c) => {
  const T = c.var.t.itemImport;
  const { file } = c.req.valid('form');
  const read = await readItemFile(file.name, await file.arrayBuffer());
  if (!read.ok) return show(c, { error: T[read.error] }, 422);
  const check = checkItemTable(c.var.db, c.var.study.id, c.var.study.phases, read.table);
  return answer(c, check, read.table, file.name.slice(0, 300), read.kind, read.encoding);
});

/** The preview's hidden fields came back changed (or broken): nothing is imported. */
const confirmForm = validForm(ConfirmSchema, (c) => show(c, { error: c.var.t.itemImport.errTampered }, 422));

draftImportRoutes.post('/', confirmForm, (c) => {
  const form = c.req.valid('form');
  const source = { kind: form.kind, fileName: form.fileName };
  const done = importItemTable(
    c.var.db,
    c.var.study.id,
    c.var.study.phases,
    form.table,
    source,
    c.var.user.id,
  );
  if (done.kind !== 'imported') return answer(c, done, form.table, form.fileName, form.kind);
  return seeOther(c, draftHome(c, `?msg=imported&items=${done.items}&clusters=${done.clusters}`));
});
