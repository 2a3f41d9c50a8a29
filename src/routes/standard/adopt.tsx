import { Hono, type Context } from 'hono';
import { z } from 'zod';
import type { StandardVersion } from '../../../db/standard/standard';
import type { FieldErrors } from '../../../views/components/form';
import { AdoptPage } from '../../../views/pages/standard/adopt';
import { page, seeOther } from '../../http/render';
import type { StudyEnv } from '../../http/study-access';
import { formValidator } from '../../http/validate';
import type { AdoptionChecklist, WarningCode } from '../../standard';
import { adoptChecked, checklistFor } from '../../services/standard/adopt';
import { draftParam, guarded } from './actions';

/** Adoption of a draft version through its checklist, mounted at /studies/:studyId/standard/versions/:n. */
export const standardAdoptRoutes = new Hono<StudyEnv>();
type C = Context<StudyEnv>;

const CODES = ['open-rounds', 'no-consensus', 'no-member-check', 'protocol-changed'] as const;
const AdoptSchema = z.object(
  Object.fromEntries(CODES.map((code) => [`confirm_${code}`, z.literal('on').optional()])) as Record<
    `confirm_${WarningCode}`,
    z.ZodOptional<z.ZodLiteral<'on'>>
  >,
);
const confirmedOf = (form: Record<string, unknown>) =>
  CODES.filter((code) => form[`confirm_${code}`] === 'on');

function render(
  c: C,
  v: StandardVersion,
  checklist: AdoptionChecklist,
  confirmed: string[] = [],
  errors: FieldErrors = {},
  status: 200 | 422 = 200,
) {
  const { t, study } = c.var;
  return page(
    c,
    t.standard.adoptCheck,
    <AdoptPage
      t={t}
      csrf={c.var.csrf}
      study={study}
      versionNumber={v.number}
      checklist={checklist}
      confirmed={confirmed}
      errors={errors}
    />,
    { status },
  );
}

standardAdoptRoutes.get('/adopt', (c) => {
  const v = draftParam(c);
  return render(c, v, checklistFor(c.var.db, v));
});

standardAdoptRoutes.post(
  '/adopt',
  formValidator<typeof AdoptSchema, StudyEnv>(AdoptSchema, (c, _errors, values) => {
    const v = draftParam(c);
    return render(c, v, checklistFor(c.var.db, v), confirmedOf(values), {}, 422);
  }),
  (c) => {
    const { t, db } = c.var;
    const v = draftParam(c);
    const confirmed = confirmedOf(c.req.valid('form'));
    const res = guarded(c, () => adoptChecked(db, v, c.var.user.id, confirmed, t.standard.version(v.number)));
    if (!res.ok) {
      const errors: FieldErrors = Object.fromEntries(
        res.unconfirmed.map((code) => [`confirm_${code}`, t.standard.adoptConfirmMissing]),
      );
      if (res.checklist.blocking.length > 0) errors['_form'] = t.standard.adoptBlocked;
      return render(c, v, res.checklist, confirmed, errors, 422);
    }
    return seeOther(c, `/studies/${c.var.study.id}/standard/versions/${v.number}`);
  },
);
