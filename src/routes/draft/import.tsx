import { Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { z } from 'zod';
import { activeWordings, importItems } from '../../../db/draft/item-import';
import { ImportItemsPage, type ImportPreview } from '../../../views/pages/draft/import';
import { page, seeOther } from '../../http/render';
import { formValidator } from '../../http/validate';
import type { StudyEnv } from '../../http/study-access';
import { parseItemTable } from '../../item-import/parse';
import { readItemFile, type Table } from '../../item-import/read';
import { draftHome, studyRef, type C } from './shared';

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

/** Parses the table against the study's phases and draft; the preview or the 422 refusal in one place. */
function check(c: C, table: Table, fileName: string, kind: ImportPreview['kind']) {
  const T = c.var.t.itemImport;
  const parsed = parseItemTable(table, c.var.study.phases, activeWordings(c.var.db, c.var.study.id));
  if (!parsed.ok) return { response: show(c, { error: T[parsed.error] }, 422) };
  if (!parsed.rows.length) return { response: show(c, { error: T.errNothing }, 422) };
  const preview: ImportPreview = {
    fileName,
    kind,
    tableJson: JSON.stringify(table),
    rows: parsed.rows,
    unknownHeaders: parsed.unknownHeaders,
  };
  const bad = parsed.rows.some((r) => r.errors.length);
  return bad ? { response: show(c, { preview }, 422) } : { preview, rows: parsed.rows };
}

export const draftImportRoutes = new Hono<StudyEnv>();

draftImportRoutes.get('/', (c) => show(c, {}));

const previewForm = formValidator<typeof PreviewSchema, StudyEnv>(PreviewSchema, (c, errors) =>
  show(c, { error: errors.file }, 422),
);

draftImportRoutes.post('/preview', previewForm, async (c) => {
  const T = c.var.t.itemImport;
  const { file } = c.req.valid('form');
  const read = await readItemFile(file.name, await file.arrayBuffer());
  if (!read.ok) return show(c, { error: T[read.error] }, 422);
  const res = check(c, read.table, file.name.slice(0, 300), read.kind);
  return res.response ?? show(c, { preview: res.preview });
});

/** The preview's hidden fields came back changed (or broken): nothing is imported. */
const confirmForm = formValidator<typeof ConfirmSchema, StudyEnv>(ConfirmSchema, (c) =>
  show(c, { error: c.var.t.itemImport.errTampered }, 422),
);

draftImportRoutes.post('/', confirmForm, (c) => {
  const form = c.req.valid('form');
  const res = check(c, form.table, form.fileName, form.kind);
  if (res.response) return res.response;
  const done = importItems(
    c.var.db,
    c.var.study.id,
    res.rows.map((r) => r.input),
    { kind: form.kind, fileName: form.fileName },
    c.var.user.id,
  );
  return seeOther(c, draftHome(c, `?msg=imported&items=${done.items}&clusters=${done.clusters}`));
});
