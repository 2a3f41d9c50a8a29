import { Hono, type Context } from 'hono';
import type { Child } from 'hono/jsx';
import { HTTPException } from 'hono/http-exception';
import { createCase, editCase, findCase, listCases, removeCase } from '../../db/cases';
import type { FieldErrors } from '../../views/components/form';
import { NewCaseForm } from '../../views/pages/cases/form';
import { CaseListPage } from '../../views/pages/cases/list';
import { CasePreview } from '../../views/pages/cases/preview';
import { CaseDeletePage, CaseEditPage, CasePage } from '../../views/pages/cases/show';
import { StudyNav } from '../../views/components/study-nav';
import {
  extraErrors,
  formValues,
  parseCaseMeta,
  parseExtras,
  pseudonymizedMeta,
  str,
  strings,
  toCaseInput,
  type Body,
} from '../cases/form';
import { choosePseudonyms, previewKey, pseudonymizeField } from '../cases/pseudonymize-choices';
import { page, pageWithBytes, seeOther } from '../http/render';
import type { StudyEnv } from '../http/study-access';
import { LIMITS } from '../limits';
import { pool } from '../work/pool';

export const caseRoutes = new Hono<StudyEnv>();
type C = Context<StudyEnv>;

/** A preview's signature holds only for the researcher and study it was shown to. */
const previewScope = (c: C) => `${c.var.study.id}.${c.var.user!.id}`;

const caseId = (c: C) => {
  const id = Number(c.req.param('caseId'));
  const kase = Number.isInteger(id) ? findCase(c.var.db, c.var.study.id, id) : undefined;
  if (!kase) throw new HTTPException(404);
  return kase;
};

caseRoutes.get('/', (c) => {
  const { study, db } = c.var;
  const filter = {
    q: c.req.query('q')?.trim() || undefined,
    phase: c.req.query('phase') || undefined,
    source: c.req.query('source') || undefined,
  };
  const rows = listCases(db, study.id, filter);
  const total = filter.q || filter.phase || filter.source ? listCases(db, study.id).length : rows.length;
  return page(
    c,
    c.var.t.cases.listTitle,
    <CaseListPage
      t={c.var.t}
      study={study}
      rows={rows}
      total={total}
      filter={filter}
      canEdit={c.var.role !== 'viewer'}
    />,
    { wide: true },
  );
});

function newForm(
  c: C,
  values: Record<string, string | string[]>,
  errors: FieldErrors = {},
  status: 200 | 422 = 200,
) {
  const t = c.var.t;
  return page(
    c,
    t.cases.newCase,
    <section>
      <StudyNav t={t} studyId={c.var.study.id} current="cases" title={c.var.study.title} />
      <h1>{t.cases.newCase}</h1>
      <NewCaseForm
        t={t}
        csrf={c.var.csrf}
        studyId={c.var.study.id}
        phases={c.var.study.phases}
        values={values}
        errors={errors}
      />
    </section>,
    { status },
  );
}

function previewPage(c: C, preview: Child, status: 200 | 422 = 200) {
  const { t, study } = c.var;
  return page(
    c,
    t.cases.previewTitle,
    <>
      <StudyNav t={t} studyId={study.id} current="cases" title={study.title} />
      {preview}
    </>,
    { status, wide: true },
  );
}

caseRoutes.get('/new', (c) => newForm(c, { sourceType: 'verslag' }));

/** First step: read the text (pasted or uploaded) and show the proposed pseudonymisation. */
caseRoutes.post('/preview', async (c) => {
  const { study, t } = c.var;
  const body = (await c.req.parseBody({ all: true })) as Body;
  const values = formValues(body);
  const meta = parseCaseMeta(
    body,
    study.phases.map((p) => p.id),
    t,
  );
  const errors: FieldErrors = meta.ok ? {} : { ...meta.errors };
  let original = str(body, 'original') || str(body, 'text');
  const file = body['file'];
  if (!str(body, 'original') && file instanceof File && file.size > 0) {
    // Unpacking a .docx and every pass over a long text run in the worker pool, off the autosave thread.
    const read = await pool().run('readUpload', [file.name, new Uint8Array(await file.arrayBuffer())]);
    if (read.ok) original = read.text;
    else errors.file = t.cases[read.error];
  }
  original = original.replace(/\r\n?/g, '\n');
  if (!original.trim() && !errors.file) errors.text = t.cases.errText;
  else if (original.length > LIMITS.caseText) errors.text = t.cases.errTextTooLong;
  if (Object.keys(errors).length) return newForm(c, { ...values, text: original }, errors, 422);
  const keep = str(body, 'original') ? strings(body, 'keep').map(Number) : undefined;
  // Added replacements over their limit are refused beside the field (as typed), the others applied meanwhile.
  const extras = parseExtras(body);
  const refused = extraErrors(extras, t);
  const status = Object.keys(refused.errors).length ? 422 : 200;
  const req = {
    original,
    names: study.knownNames,
    lang: study.lang,
    keep,
    shown: str(body, 'shown'),
    extras: refused.fitting,
    scope: previewScope(c),
  };
  if (original.length > LIMITS.inlinePreview) {
    // A long text: finding, choosing, signing and rendering all run in the worker pool, which answers the
    // page's main part as bytes; this thread only adds the page shell.
    const html = await pool().run('longCasePreview', [
      {
        req,
        key: previewKey(),
        form: {
          csrf: c.var.csrf,
          studyId: study.id,
          phases: study.phases,
          values,
          extras,
          errors: refused.errors,
          lang: c.var.lang,
        },
      },
    ]);
    return pageWithBytes(
      c,
      t.cases.previewTitle,
      <StudyNav t={t} studyId={study.id} current="cases" title={study.title} />,
      html,
      { wide: true, status },
    );
  }
  // Finding the personal details is the heavy pass: it runs in the worker pool; signing stays on this thread.
  const res = choosePseudonyms(
    req,
    await pool().run('findPii', [original, { names: study.knownNames, lang: study.lang }]),
  );
  return previewPage(
    c,
    <CasePreview
      t={t}
      csrf={c.var.csrf}
      studyId={study.id}
      phases={study.phases}
      values={values}
      original={original}
      extras={extras}
      errors={refused.errors}
      {...res}
    />,
    status,
  );
});

/**
 * Second step: run the pseudonymiser again on the original, apply every proposal the researcher did not untick
 * in the signed preview plus the ones they added, and store only the pseudonymised text, title and practitioner.
 */
caseRoutes.post('/', async (c) => {
  const { study, t, db } = c.var;
  const body = (await c.req.parseBody({ all: true })) as Body;
  const original = str(body, 'original').replace(/\r\n?/g, '\n');
  if (!original.trim()) return newForm(c, formValues(body), { text: t.cases.errText }, 422);
  if (original.length > LIMITS.caseText)
    return newForm(c, formValues(body), { text: t.cases.errTextTooLong }, 422);
  const extras = parseExtras(body);
  const refused = extraErrors(extras, t);
  const req = {
    original,
    names: study.knownNames,
    lang: study.lang,
    keep: strings(body, 'keep').map(Number),
    shown: str(body, 'shown'),
    extras: refused.fitting,
    scope: previewScope(c),
  };
  const res = choosePseudonyms(
    req,
    await pool().run('findPii', [original, { names: study.knownNames, lang: study.lang }]),
  );
  const meta = parseCaseMeta(
    body,
    study.phases.map((p) => p.id),
    t,
  );
  if (!meta.ok || Object.keys(refused.errors).length) {
    return previewPage(
      c,
      <CasePreview
        t={t}
        csrf={c.var.csrf}
        studyId={study.id}
        phases={study.phases}
        values={formValues(body)}
        original={original}
        extras={extras}
        errors={{ ...(meta.ok ? {} : meta.errors), ...refused.errors }}
        inline={original.length > LIMITS.inlinePreview}
        {...res}
      />,
      422,
    );
  }
  const clean = pseudonymizedMeta(meta.meta, study.knownNames, study.lang, {
    text: res.text,
    chosen: res.chosen,
  });
  const kase = createCase(db, study.id, c.var.user!.id, toCaseInput(clean, res.text), res.chosen.length);
  return seeOther(c, `/studies/${study.id}/cases/${kase.id}`);
});

caseRoutes.get('/:caseId', (c) => {
  const kase = caseId(c);
  return page(
    c,
    kase.title,
    <CasePage t={c.var.t} study={c.var.study} kase={kase} canEdit={c.var.role !== 'viewer'} />,
  );
});

caseRoutes.get('/:caseId/edit', (c) => {
  const kase = caseId(c);
  const values = {
    title: kase.title,
    sourceType: kase.sourceType,
    practitioner: kase.practitioner,
    phaseTags: kase.phaseTags,
    caseDate: kase.caseDate ?? '',
    text: kase.text,
  };
  return page(
    c,
    c.var.t.cases.editCase,
    <CaseEditPage t={c.var.t} csrf={c.var.csrf} study={c.var.study} caseId={kase.id} values={values} />,
  );
});

caseRoutes.post('/:caseId/edit', async (c) => {
  const { study, t, db } = c.var;
  const before = caseId(c);
  const body = (await c.req.parseBody({ all: true })) as Body;
  const meta = parseCaseMeta(
    body,
    study.phases.map((p) => p.id),
    t,
  );
  const text = str(body, 'text').replace(/\r\n?/g, '\n');
  const errors: FieldErrors = meta.ok ? {} : { ...meta.errors };
  if (!text.trim()) errors.text = t.cases.errTextEdit;
  else if (text.length > LIMITS.caseText) errors.text = t.cases.errTextTooLong;
  if (!meta.ok || Object.keys(errors).length) {
    return page(
      c,
      t.cases.editCase,
      <CaseEditPage
        t={t}
        csrf={c.var.csrf}
        study={study}
        caseId={before.id}
        values={formValues(body)}
        errors={errors}
      />,
      { status: 422 },
    );
  }
  // Edited text may bring new personal details; placeholders already in it are left alone by the engine.
  const clean =
    text === before.text
      ? text
      : (await pool().run('pseudonymize', [text, { names: study.knownNames, lang: study.lang }])).text;
  const input = toCaseInput(
    pseudonymizedMeta(meta.meta, study.knownNames, study.lang, { text: clean }),
    clean,
  );
  // Cases stored before titles were pseudonymised may still carry a name in the title: never into the log.
  editCase(db, before, pseudonymizeField(before.title, study.knownNames, study.lang), c.var.user!.id, input);
  return seeOther(c, `/studies/${study.id}/cases/${before.id}`);
});

caseRoutes.get('/:caseId/delete', (c) => {
  const kase = caseId(c);
  return page(
    c,
    c.var.t.cases.deleteCase,
    <CaseDeletePage t={c.var.t} csrf={c.var.csrf} study={c.var.study} kase={kase} />,
  );
});

caseRoutes.post('/:caseId/delete', (c) => {
  const kase = caseId(c);
  const { knownNames, lang } = c.var.study;
  removeCase(c.var.db, kase, pseudonymizeField(kase.title, knownNames, lang), c.var.user!.id);
  return seeOther(c, `/studies/${c.var.study.id}/cases`);
});
