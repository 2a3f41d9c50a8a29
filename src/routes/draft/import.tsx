import { Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { z } from 'zod';
import { activeWordings, importItems } from '../../../db/draft/item-import';
import { ImportItemsPage, type ImportPreview } from '../../../views/pages/draft/import';
import { page, seeOther } from '../../http/render';
import type { StudyEnv } from '../../http/study-access';
import { parseItemTable } from '../../item-import/parse';
import { readItemFile, type Table } from '../../item-import/read';
import { draftHome, studyRef, type C } from './shared';

const MAX_BYTES = 5 * 1024 * 1024;

/** The preview's hidden fields, checked again on confirm: a table of text cells and where it came from. */
const ConfirmSchema = z.object({
  fileName: z.string().max(300),
  kind: z.enum(['csv', 'xlsx', 'standard', 'qdc']),
  table: z.string().max(MAX_BYTES * 2),
});
const TableSchema = z.array(z.array(z.string().max(5000)).max(50)).max(20000);

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

draftImportRoutes.post('/preview', async (c) => {
  const T = c.var.t.itemImport;
  const file = (await c.req.parseBody())['file'];
  if (!(file instanceof File) || file.size === 0) return show(c, { error: T.errNoFile }, 422);
  if (file.size > MAX_BYTES) return show(c, { error: T.errFileSize }, 422);
  const read = await readItemFile(file.name, await file.arrayBuffer());
  if (!read.ok) return show(c, { error: T[read.error] }, 422);
  const res = check(c, read.table, file.name.slice(0, 300), read.kind);
  return res.response ?? show(c, { preview: res.preview });
});

draftImportRoutes.post('/', async (c) => {
  const T = c.var.t.itemImport;
  const form = ConfirmSchema.safeParse(await c.req.parseBody());
  let table: Table | undefined;
  if (form.success) {
    try {
      const t = TableSchema.safeParse(JSON.parse(form.data.table));
      table = t.success ? t.data : undefined;
    } catch {
      table = undefined;
    }
  }
  if (!form.success || !table) return show(c, { error: T.errTampered }, 422);
  const res = check(c, table, form.data.fileName, form.data.kind);
  if (res.response) return res.response;
  const done = importItems(
    c.var.db,
    c.var.study.id,
    res.rows.map((r) => r.input),
    { kind: form.data.kind, fileName: form.data.fileName },
    c.var.user.id,
  );
  return seeOther(c, draftHome(c, `?msg=imported&items=${done.items}&clusters=${done.clusters}`));
});
