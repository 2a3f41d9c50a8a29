import { Hono, type Context, type Next } from 'hono';
import { z } from 'zod';
import type { Child } from 'hono/jsx';
import { HTTPException } from 'hono/http-exception';
import { findCase, listCases } from '../../../db/cases/cases';
import type { FieldErrors } from '../../../views/components/form';
import { NewCaseForm } from '../../../views/pages/cases/form';
import { CaseListPage } from '../../../views/pages/cases/list';
import { CasePreview } from '../../../views/pages/cases/preview';
import { CaseDeletePage, CaseEditPage, CasePage } from '../../../views/pages/cases/show';
import { StudyNav } from '../../../views/components/study-nav';
import {
  caseEditForm,
  casePreviewForm,
  caseStoreForm,
  extraErrors,
  metaValues,
  readPreviewChoices,
} from './form';
import { page, pageWithBytes, seeOther } from '../../http/render';
import type { StudyEnv } from '../../http/study-access';
import { formValidator, type InvalidForm } from '../../http/validate';
import { LIMITS } from '../../limits';
import {
  deleteCase,
  longPreviewBytes,
  previewCase,
  proposePseudonyms,
  readCaseUpload,
  saveCaseEdit,
  storeCase,
} from '../../services/cases/cases';

export const caseRoutes = new Hono<StudyEnv>();
type C = Context<StudyEnv>;

/** The validator of a case form whose schema depends on the study (its phases); see `formValidator`. */
function studyForm<S extends z.ZodType>(make: (phaseIds: string[]) => S, onInvalid: InvalidForm<StudyEnv>) {
  const validate = (c: C, next: Next) => {
    const mw = formValidator<S, StudyEnv>(make(c.var.study.phases.map((p) => p.id)), onInvalid);
    return mw(c as unknown as Parameters<typeof mw>[0], next);
  };
  return validate as unknown as ReturnType<typeof formValidator<S, StudyEnv>>;
}
const EmptyForm = z.object({});
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? (v[0] ?? '') : (v ?? ''));

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

/** A refused first step: the form again with what was typed (the text pasted or carried over) and the messages. */
const previewForm = studyForm(casePreviewForm, (c, errors, values) => {
  const text = (one(values.original) || one(values.text)).replace(/\r\n?/g, '\n');
  return newForm(c, { ...values, text }, errors, 422);
});

/** First step: read the text (pasted or uploaded) and show the proposed pseudonymisation. */
caseRoutes.post('/preview', previewForm, async (c) => {
  const { study, t } = c.var;
  const form = c.req.valid('form');
  const values = metaValues(form);
  const errors: FieldErrors = {};
  let original = form.original || form.text;
  if (!form.original && form.file) {
    const read = await readCaseUpload(form.file);
    if (read.ok) original = read.text.replace(/\r\n?/g, '\n');
    else errors.file = t.cases[read.error];
    if (read.ok && !original.trim()) errors.text = t.cases.errText;
    else if (read.ok && original.length > LIMITS.caseText) errors.text = t.cases.errTextTooLong;
  }
  if (Object.keys(errors).length) return newForm(c, { ...values, text: original }, errors, 422);
  // Added replacements over their limit are refused beside the field (as typed), the others applied meanwhile.
  const refused = extraErrors(form.extras, t);
  const status = Object.keys(refused.errors).length ? 422 : 200;
  const choices = { keep: form.original ? form.keep : undefined, shown: form.shown, extras: refused.fitting };
  const props = {
    csrf: c.var.csrf,
    studyId: study.id,
    phases: study.phases,
    values,
    extras: form.extras,
    errors: refused.errors,
  };
  if (original.length > LIMITS.inlinePreview) {
    const html = await longPreviewBytes(study, c.var.user.id, original, choices, {
      ...props,
      lang: c.var.lang,
    });
    return pageWithBytes(
      c,
      t.cases.previewTitle,
      <StudyNav t={t} studyId={study.id} current="cases" title={study.title} />,
      html,
      { wide: true, status },
    );
  }
  const res = await previewCase(study, c.var.user.id, original, choices, form);
  return previewPage(c, <CasePreview t={t} {...props} original={original} {...res} />, status);
});

/**
 * A refused second step: without a usable original the form starts again; otherwise the preview is shown again,
 * with the researcher's choices kept and the messages beside the fields.
 */
const storeForm = studyForm(caseStoreForm, async (c, errors, values) => {
  if (errors.original) return newForm(c, values, { text: errors.original }, 422);
  const { study, t } = c.var;
  const { original, ...choices } = readPreviewChoices(values);
  const res = await proposePseudonyms(study, c.var.user.id, original, choices);
  return previewPage(
    c,
    <CasePreview
      t={t}
      csrf={c.var.csrf}
      studyId={study.id}
      phases={study.phases}
      values={values}
      original={original}
      extras={choices.extras}
      errors={errors}
      {...res}
    />,
    422,
  );
});

/**
 * Second step: apply every proposal the researcher did not untick in the signed preview plus the ones they
 * added, and store only the pseudonymised text, title and practitioner.
 */
caseRoutes.post('/', storeForm, async (c) => {
  const { study, t } = c.var;
  const form = c.req.valid('form');
  const { original, keep, shown, extras, ...meta } = form;
  const refused = extraErrors(extras, t);
  if (Object.keys(refused.errors).length) {
    const res = await proposePseudonyms(study, c.var.user.id, original, {
      keep,
      shown,
      extras: refused.fitting,
    });
    return previewPage(
      c,
      <CasePreview
        t={t}
        csrf={c.var.csrf}
        studyId={study.id}
        phases={study.phases}
        values={metaValues(form)}
        original={original}
        extras={extras}
        errors={refused.errors}
        inline={original.length > LIMITS.inlinePreview}
        {...res}
      />,
      422,
    );
  }
  const kase = await storeCase(c.var.db, study, c.var.user.id, meta, original, { keep, shown, extras });
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

const editForm = studyForm(caseEditForm, (c, errors, values) =>
  page(
    c,
    c.var.t.cases.editCase,
    <CaseEditPage
      t={c.var.t}
      csrf={c.var.csrf}
      study={c.var.study}
      caseId={caseId(c).id}
      values={values}
      errors={errors}
    />,
    { status: 422 },
  ),
);

caseRoutes.post('/:caseId/edit', editForm, async (c) => {
  const before = caseId(c);
  const { text, ...meta } = c.req.valid('form');
  await saveCaseEdit(c.var.db, c.var.study, before, c.var.user.id, meta, text);
  return seeOther(c, `/studies/${c.var.study.id}/cases/${before.id}`);
});

caseRoutes.get('/:caseId/delete', (c) => {
  const kase = caseId(c);
  return page(
    c,
    c.var.t.cases.deleteCase,
    <CaseDeletePage t={c.var.t} csrf={c.var.csrf} study={c.var.study} kase={kase} />,
  );
});

/** A button's form (only the CSRF token), validated like every other form. */
const deleteForm = formValidator<typeof EmptyForm, StudyEnv>(EmptyForm, (c) => c.body(null, 422));

caseRoutes.post('/:caseId/delete', deleteForm, (c) => {
  const kase = caseId(c);
  deleteCase(c.var.db, c.var.study, kase, c.var.user.id);
  return seeOther(c, `/studies/${c.var.study.id}/cases`);
});
