import { Hono } from 'hono';
import { limitErrors } from '../../http/validate';
import { LIMITS } from '../../limits';
import { appendAudit } from '../../../db/audit';
import { findItems } from '../../../db/draft/draft';
import { mergeItems } from '../../../db/draft/items';
import type { FieldErrors } from '../../../views/components/form';
import { MergePage } from '../../../views/pages/draft/item-pages';
import { itemView } from '../../draft/view-model';
import { page, seeOther } from '../../http/render';
import type { StudyEnv } from '../../http/study-access';
import { actor, draftHome, form, model, posInt, str, strs, studyRef, type C } from './shared';

export const draftMergeRoutes = new Hono<StudyEnv>();

function mergePage(
  c: C,
  ids: number[],
  values: { target: string; text: string; reason: string },
  errors: FieldErrors = {},
  versions?: Map<number, number>,
) {
  const m = model(c);
  const rows = findItems(c.var.db, c.var.study.id, ids)
    .filter((it) => it.status === 'active')
    .map((it) => ({
      id: it.id,
      text: it.text,
      version: versions?.get(it.id) ?? it.version,
      number: itemView(m, it.id)?.number ?? `#${it.id}`,
    }));
  if (rows.length < 2) return seeOther(c, draftHome(c, '?msg=mergeNeedsTwo'));
  return page(
    c,
    c.var.t.draft.mergeTitle,
    <MergePage
      t={c.var.t}
      csrf={c.var.csrf}
      study={studyRef(c)}
      items={rows}
      values={values}
      errors={errors}
    />,
    {
      status: Object.keys(errors).length ? 422 : 200,
    },
  );
}

/** Step one (a GET form from the draft page's checkboxes): choose which wording stays. */
draftMergeRoutes.get('/', (c) => {
  const ids = [...new Set(c.req.queries('ids') ?? [])]
    .map(posInt)
    .filter((x): x is number => x !== undefined);
  return mergePage(c, ids, { target: String(ids[0] ?? ''), text: '', reason: '' });
});

draftMergeRoutes.post('/', async (c) => {
  const body = await form(c);
  const ids = [...new Set(strs(body, 'ids'))].map(posInt).filter((x): x is number => x !== undefined);
  const versions = new Map(ids.map((id) => [id, posInt(str(body, `v-${id}`)) ?? 0]));
  const values = {
    target: str(body, 'target'),
    text: str(body, 'text').trim(),
    reason: str(body, 'reason').trim(),
  };
  const target = posInt(values.target);
  const tooLong = limitErrors(
    { text: values.text, reason: values.reason },
    { text: LIMITS.item, reason: LIMITS.note },
    c.var.t,
  );
  if (!target || !versions.has(target) || Object.keys(tooLong).length) {
    const kept = {
      ...values,
      text: values.text.slice(0, LIMITS.item),
      reason: values.reason.slice(0, LIMITS.note),
    };
    const errors = {
      ...tooLong,
      ...(!target || !versions.has(target) ? { target: c.var.t.draft.errTarget } : {}),
    };
    return mergePage(c, ids, kept, errors, versions);
  }
  const kept = findItems(c.var.db, c.var.study.id, [target])[0];
  if (!kept || ids.length < 2) return seeOther(c, draftHome(c, '?msg=mergeNeedsTwo'));
  const res = mergeItems(
    c.var.db,
    c.var.study.id,
    target,
    versions,
    values.text || kept.text,
    actor(c, values.reason),
  );
  if (!res.ok) return seeOther(c, draftHome(c, '?msg=stale'));
  appendAudit(c.var.db, {
    studyId: c.var.study.id,
    userId: c.var.user.id,
    action: 'item.merge',
    entity: 'item',
    entityId: target,
    summary: `${ids
      .filter((i) => i !== target)
      .map((i) => `#${i}`)
      .join(', ')} → #${target}: ${res.target.text}`,
  });
  return seeOther(c, draftHome(c, `#item-${target}`));
});
