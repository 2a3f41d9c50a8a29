import { Hono, type Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { findPanellist } from '../../../db/panel/panel';
import { editPanellist, panellistRecord } from '../../../db/panel/privacy';
import type { FieldErrors } from '../../../views/components/form';
import { PanellistPage } from '../../../views/pages/panel/person';
import { page, seeOther } from '../../http/render';
import { requireEditor, type StudyEnv } from '../../http/study-access';
import { formValidator } from '../../http/validate';
import { firstValues } from '../../http/form-values';
import { erasePanellistWithReason } from '../../services/panel/panel';
import { DetailsForm, EraseForm } from './forms';

type C = Context<StudyEnv>;

/** One panellist, for owners and editors only: correct, export everything stored (AVG art. 15), erase. */
export const panelPersonRoutes = new Hono<StudyEnv>();
panelPersonRoutes.use('/:id/*', async (c, next) => {
  requireEditor(c.var.role);
  await next();
});
panelPersonRoutes.use('/:id', async (c, next) => {
  requireEditor(c.var.role);
  await next();
});

const personOf = (c: C) => {
  const id = Number(c.req.param('id'));
  const p = Number.isInteger(id) ? findPanellist(c.var.db, c.var.study.id, id) : undefined;
  if (!p || p.erasedAt) throw new HTTPException(404);
  return p;
};

const show = (c: C, extra: Partial<Parameters<typeof PanellistPage>[0]> = {}, status: 200 | 422 = 200) =>
  page(
    c,
    c.var.t.panel.eraseTitle,
    <PanellistPage t={c.var.t} csrf={c.var.csrf} study={c.var.study} person={personOf(c)} {...extra} />,
    { status },
  );
panelPersonRoutes.get('/:id{[0-9]+}', (c) =>
  show(c, { notice: c.req.query('n') === 'saved' ? c.var.t.panel.detailsSaved : undefined }),
);

panelPersonRoutes.get('/:id{[0-9]+}/export.json', (c) => {
  const record = panellistRecord(c.var.db, c.var.study.id, personOf(c).id)!;
  c.header('Content-Disposition', `attachment; filename="panellid-${record.panellist.pseudonym}.json"`);
  return c.json({
    study: { id: c.var.study.id, title: c.var.study.title },
    exportedAt: new Date(),
    ...record,
  });
});

panelPersonRoutes.post(
  '/:id{[0-9]+}/edit',
  formValidator<typeof DetailsForm, StudyEnv>(DetailsForm, (c, errors, values) =>
    show(c, { errors, values: firstValues(values) }, 422),
  ),
  (c) => {
    const person = personOf(c);
    const input = c.req.valid('form');
    const details = { ...input, email: input.email || null };
    if (editPanellist(c.var.db, c.var.study.id, person.id, details, c.var.user.id) === 'duplicateEmail') {
      const errors: FieldErrors = { email: c.var.t.panel.errFormDuplicate };
      return show(c, { errors, values: { ...input } }, 422);
    }
    return seeOther(c, `/studies/${c.var.study.id}/panel/${person.id}?n=saved`);
  },
);

panelPersonRoutes.post(
  '/:id{[0-9]+}/erase',
  formValidator<typeof EraseForm, StudyEnv>(EraseForm, (c, errors, values) =>
    show(c, { eraseErrors: errors, eraseValues: firstValues(values) }, 422),
  ),
  (c) => {
    const person = personOf(c);
    const { answers, reason } = c.req.valid('form');
    const { study } = c.var;
    erasePanellistWithReason(c.var.db, study, person, answers, reason, c.var.user.id);
    return seeOther(c, `/studies/${study.id}/panel?n=erased`);
  },
);
