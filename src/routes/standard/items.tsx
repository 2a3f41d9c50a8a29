import { Hono, type Context } from 'hono';
import { LIMITS } from '../../limits';
import { HTTPException } from 'hono/http-exception';
import { z } from 'zod';
import { createRound } from '../../../db/rounds/rounds';
import {
  addItemAudited,
  deleteItemAudited,
  moveItemAudited,
  renameClusterAudited,
  updateItemAudited,
  type Editor,
} from '../../../db/standard/edits';
import { findItem } from '../../../db/standard/items';
import type { FieldErrors } from '../../../views/components/form';
import { ItemFormPage, type ItemFormValues } from '../../../views/pages/standard/item-form';
import { placeOptions, VersionPage } from '../../../views/pages/standard/version';
import { page, seeOther } from '../../http/render';
import type { StudyEnv } from '../../http/study-access';
import { buttonValidator } from '../../http/button';
import { formValidator } from '../../http/validate';
import { CriteriaSchema, type CriteriaInput } from '../../standard';
import { draftParam, guarded, versionRow, versionTreeOf } from './actions';

/** Editing routes of one draft version, mounted at /studies/:studyId/standard/versions/:n. */
export const standardItemRoutes = new Hono<StudyEnv>();
type C = Context<StudyEnv>;

const base = (c: C, n: number) => `/studies/${c.var.study.id}/standard/versions/${n}`;
const editor = (c: C): Editor => ({ studyId: c.var.study.id, userId: c.var.user.id });

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

/** The edit form's fields for an item as stored, or as just validated (to show it again with a message). */
function criteriaValues(
  x: Omit<CriteriaInput, 'subAspectId'> & { subAspectId: number | null },
): ItemFormValues {
  const rubric = Object.fromEntries([1, 2, 3, 4, 5].map((n) => [`rubric${n}`, x.rubricLevels[n - 1] ?? '']));
  return {
    text: x.text,
    subAspectId: String(x.subAspectId ?? ''),
    phaseId: x.phaseId ?? '',
    criterion: x.criterion,
    normPercentage: x.normPercentage === null ? '' : String(x.normPercentage),
    noNorm: x.noNorm ? 'on' : '',
    normUnit: x.normUnit,
    evidenceSource: x.evidenceSource,
    explanation: x.explanation,
    ...rubric,
  };
}

standardItemRoutes.get('/items/:itemId/edit', (c) => {
  const v = draftParam(c);
  const x = itemParam(c, v.id);
  return itemForm(c, criteriaValues({ ...x, subAspectId: x.clusterId }));
});

standardItemRoutes.post(
  '/items/:itemId',
  formValidator<typeof CriteriaSchema, StudyEnv>(CriteriaSchema, (c, errors, values) =>
    itemForm(c, values, errors, 422),
  ),
  (c) => {
    const v = draftParam(c);
    const before = itemParam(c, v.id);
    const input = c.req.valid('form');
    if (input.phaseId && !c.var.study.phases.some((p) => p.id === input.phaseId))
      return itemForm(c, criteriaValues(input), { phaseId: c.var.t.cases.errPhase }, 422);
    const after = guarded(c, () => updateItemAudited(c.var.db, editor(c), v.id, before, input));
    if (!after) return itemForm(c, criteriaValues(input), { subAspectId: c.var.t.standard.errPlace }, 422);
    return seeOther(c, `${base(c, v.number)}#item-${before.id}`);
  },
);

/** Anything but "up" moves down, as the two buttons send nothing else. */
const MoveForm = z.object({ direction: z.enum(['up', 'down']).catch('down') });

standardItemRoutes.post(
  '/items/:itemId/move',
  formValidator<typeof MoveForm, StudyEnv>(MoveForm, () => {
    throw new HTTPException(422);
  }),
  (c) => {
    const v = draftParam(c);
    const item = itemParam(c, v.id);
    const { direction } = c.req.valid('form');
    guarded(c, () => moveItemAudited(c.var.db, editor(c), v.id, item, direction));
    return seeOther(c, `${base(c, v.number)}#item-${item.id}`);
  },
);

standardItemRoutes.post('/items/:itemId/delete', buttonValidator<StudyEnv>(), (c) => {
  const v = draftParam(c);
  const item = itemParam(c, v.id);
  guarded(c, () => deleteItemAudited(c.var.db, editor(c), v.id, item));
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
      added = guarded(c, () =>
        addItemAudited(c.var.db, editor(c), v.id, input.subAspectId, input.text, phase),
      );
    } catch (err) {
      if (err instanceof HTTPException && err.status === 409 && v.status === 'draft')
        return versionPageWithAdd(
          c,
          { text: input.text, subAspectId: String(input.subAspectId) },
          { subAspectId: c.var.t.standard.errPlace },
        );
      throw err;
    }
    return seeOther(c, `${base(c, v.number)}#item-${added.id}`);
  },
);

/** A new label for a cluster or sub-aspect; anything but text counts as empty. */
const LabelForm = z.object({
  label: z.preprocess(
    (v) => (typeof v === 'string' ? v : ''),
    z.string().trim().min(1, 'standard.errLabel').max(LIMITS.line),
  ),
});

standardItemRoutes.post(
  '/clusters/:clusterId',
  formValidator<typeof LabelForm, StudyEnv>(LabelForm, (c, errors) => {
    draftParam(c);
    throw new HTTPException(422, { message: errors['label'] });
  }),
  (c) => {
    const v = draftParam(c);
    const { label } = c.req.valid('form');
    const id = Number(c.req.param('clusterId'));
    const row = Number.isInteger(id)
      ? guarded(c, () => renameClusterAudited(c.var.db, editor(c), v.id, id, label))
      : undefined;
    if (!row) throw new HTTPException(404);
    return seeOther(c, base(c, v.number));
  },
);

/** Which kind of panel round the criteria go to; anything but "rating" is a review round. */
const CriteriaRoundForm = z.object({ kind: z.enum(['rating', 'review']).catch('review') });

/** "Criteria voorleggen aan het panel": a draft round on this version's criteria, through the rounds module. */
standardItemRoutes.post(
  '/criteria-round',
  formValidator<typeof CriteriaRoundForm, StudyEnv>(CriteriaRoundForm, () => {
    throw new HTTPException(422);
  }),
  (c) => {
    const v = draftParam(c);
    createRound(c.var.db, c.var.user.id, {
      studyId: c.var.study.id,
      kind: c.req.valid('form').kind,
      title: c.var.t.standard.criteriaRoundTitle(v.number),
      subject: 'criteria',
      standardVersionId: v.id,
    });
    return seeOther(c, `${base(c, v.number)}?notice=criteria-round`);
  },
);
