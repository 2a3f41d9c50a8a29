import { Hono, type Context } from 'hono';
import { LIMITS } from '../../limits';
import { HTTPException } from 'hono/http-exception';
import { z } from 'zod';
import { appendAudit } from '../../../db/audit';
import { createRound } from '../../../db/rounds/rounds';
import {
  addItem,
  deleteItem,
  findItem,
  moveItem,
  renameCluster,
  updateItem,
} from '../../../db/standard/items';
import type { FieldErrors } from '../../../views/components/form';
import { ItemFormPage, type ItemFormValues } from '../../../views/pages/standard/item-form';
import { placeOptions, VersionPage } from '../../../views/pages/standard/version';
import { page, seeOther } from '../../http/render';
import type { StudyEnv } from '../../http/study-access';
import { formValidator, tooLong } from '../../http/validate';
import { CriteriaSchema } from '../../standard';
import { draftParam, guarded, versionRow, versionTreeOf } from './actions';

/** Editing routes of one draft version, mounted at /studies/:studyId/standard/versions/:n. */
export const standardItemRoutes = new Hono<StudyEnv>();
type C = Context<StudyEnv>;

const base = (c: C, n: number) => `/studies/${c.var.study.id}/standard/versions/${n}`;
const audit = (c: C, action: string, entityId: number, summary: string, before?: unknown, after?: unknown) =>
  appendAudit(c.var.db, {
    studyId: c.var.study.id,
    userId: c.var.user.id,
    action,
    entity: 'standard_item',
    entityId,
    summary,
    before,
    after,
  });

function itemParam(c: C, versionId: number) {
  const id = Number(c.req.param('itemId'));
  const item = Number.isInteger(id) ? findItem(c.var.db, versionId, id) : undefined;
  if (!item) throw new HTTPException(404);
  return item;
}

function itemForm(c: C, values: ItemFormValues, errors: FieldErrors = {}, status: 200 | 422 = 200) {
  const v = draftParam(c);
  const item = itemParam(c, v.id);
  const tree = versionTreeOf(c.var.db, v.id);
  const number =
    tree
      .flatMap((cl) => [...cl.items, ...cl.subAspects.flatMap((s) => s.items)])
      .find((x) => x.id === item.id)?.number ?? '';
  return page(
    c,
    c.var.t.standard.editItem,
    <ItemFormPage
      t={c.var.t}
      csrf={c.var.csrf}
      study={c.var.study}
      versionNumber={v.number}
      itemId={item.id}
      itemNumber={number}
      places={placeOptions(tree)}
      values={values}
      errors={errors}
    />,
    { status },
  );
}

standardItemRoutes.get('/items/:itemId/edit', (c) => {
  const v = draftParam(c);
  const x = itemParam(c, v.id);
  const rubric = Object.fromEntries([1, 2, 3, 4, 5].map((n) => [`rubric${n}`, x.rubricLevels[n - 1] ?? '']));
  return itemForm(c, {
    text: x.text,
    subAspectId: String(x.clusterId ?? ''),
    phaseId: x.phaseId ?? '',
    criterion: x.criterion,
    normPercentage: x.normPercentage === null ? '' : String(x.normPercentage),
    noNorm: x.noNorm ? 'on' : '',
    normUnit: x.normUnit,
    evidenceSource: x.evidenceSource,
    explanation: x.explanation,
    ...rubric,
  });
});

standardItemRoutes.post(
  '/items/:itemId',
  formValidator<typeof CriteriaSchema, StudyEnv>(CriteriaSchema, (c, errors, values) =>
    itemForm(c, values, errors, 422),
  ),
  async (c) => {
    const v = draftParam(c);
    const before = itemParam(c, v.id);
    const input = c.req.valid('form');
    if (input.phaseId && !c.var.study.phases.some((p) => p.id === input.phaseId)) {
      return itemForm(
        c,
        (await c.req.parseBody()) as ItemFormValues,
        { phaseId: c.var.t.cases.errPhase },
        422,
      );
    }
    const after = guarded(c, () => updateItem(c.var.db, v.id, before.id, input));
    if (!after)
      return itemForm(
        c,
        (await c.req.parseBody()) as ItemFormValues,
        { subAspectId: c.var.t.standard.errPlace },
        422,
      );
    const pick = (x: typeof before) => ({
      text: x.text,
      clusterId: x.clusterId,
      criterion: x.criterion,
      norm: `${x.normPercentage}% ${x.normUnit}`,
      source: x.evidenceSource,
      rubric: x.rubricLevels,
      explanation: x.explanation,
    });
    audit(c, 'standard.item.update', before.id, after.text.slice(0, 120), pick(before), pick(after));
    return seeOther(c, `${base(c, v.number)}#item-${before.id}`);
  },
);

standardItemRoutes.post('/items/:itemId/move', async (c) => {
  const v = draftParam(c);
  const item = itemParam(c, v.id);
  const body = await c.req.parseBody();
  const direction = body['direction'] === 'up' ? 'up' : 'down';
  if (guarded(c, () => moveItem(c.var.db, v.id, item.id, direction)))
    audit(c, 'standard.item.move', item.id, `${direction}: ${item.text.slice(0, 100)}`);
  return seeOther(c, `${base(c, v.number)}#item-${item.id}`);
});

standardItemRoutes.post('/items/:itemId/delete', (c) => {
  const v = draftParam(c);
  const item = itemParam(c, v.id);
  guarded(c, () => deleteItem(c.var.db, v.id, item.id));
  audit(c, 'standard.item.delete', item.id, item.text.slice(0, 120), {
    text: item.text,
    criterion: item.criterion,
  });
  return seeOther(c, base(c, v.number));
});

const AddSchema = z.object({
  text: z.string().trim().min(5, 'standard.errText').max(1000),
  subAspectId: z.coerce
    .number({ message: 'standard.errPlace' })
    .int('standard.errPlace')
    .positive('standard.errPlace'),
  phaseId: z.string().trim().default(''),
});

function versionPageWithAdd(c: C, values: ItemFormValues, errors: FieldErrors) {
  const { t, study, db } = c.var;
  const v = draftParam(c);
  return page(
    c,
    t.standard.version(v.number),
    <VersionPage
      t={t}
      csrf={c.var.csrf}
      study={study}
      version={versionRow(db, study.id, v.number)}
      tree={versionTreeOf(db, v.id)}
      canEdit
      addValues={values}
      addErrors={errors}
    />,
    { status: 422, wide: true },
  );
}

standardItemRoutes.post(
  '/items',
  formValidator<typeof AddSchema, StudyEnv>(AddSchema, (c, errors, values) =>
    versionPageWithAdd(c, values, errors),
  ),
  (c) => {
    const v = draftParam(c);
    const input = c.req.valid('form');
    const phase = c.var.study.phases.some((p) => p.id === input.phaseId) ? input.phaseId : null;
    let added;
    try {
      added = guarded(c, () => addItem(c.var.db, v.id, input.subAspectId, input.text, phase));
    } catch (err) {
      if (err instanceof HTTPException && err.status === 409 && v.status === 'draft')
        return versionPageWithAdd(
          c,
          { text: input.text, subAspectId: String(input.subAspectId) },
          { subAspectId: c.var.t.standard.errPlace },
        );
      throw err;
    }
    audit(c, 'standard.item.create', added.id, added.text.slice(0, 120));
    return seeOther(c, `${base(c, v.number)}#item-${added.id}`);
  },
);

standardItemRoutes.post('/clusters/:clusterId', async (c) => {
  const v = draftParam(c);
  const body = await c.req.parseBody();
  const label = typeof body['label'] === 'string' ? body['label'].trim() : '';
  const labelError = label ? tooLong(label, LIMITS.line, c.var.t) : c.var.t.standard.errLabel;
  if (labelError) throw new HTTPException(422, { message: labelError });
  const id = Number(c.req.param('clusterId'));
  const row = Number.isInteger(id) ? guarded(c, () => renameCluster(c.var.db, v.id, id, label)) : undefined;
  if (!row) throw new HTTPException(404);
  appendAudit(c.var.db, {
    studyId: c.var.study.id,
    userId: c.var.user.id,
    action: 'standard.cluster.rename',
    entity: 'standard_cluster',
    entityId: id,
    summary: label,
  });
  return seeOther(c, base(c, v.number));
});

/** "Criteria voorleggen aan het panel": a draft round on this version's criteria, through the rounds module. */
standardItemRoutes.post('/criteria-round', async (c) => {
  const v = draftParam(c);
  const body = await c.req.parseBody();
  const kind = body['kind'] === 'rating' ? 'rating' : 'review';
  createRound(c.var.db, c.var.user.id, {
    studyId: c.var.study.id,
    kind,
    title: c.var.t.standard.criteriaRoundTitle(v.number),
    subject: 'criteria',
    standardVersionId: v.id,
  });
  return seeOther(c, `${base(c, v.number)}?notice=criteria-round`);
});
