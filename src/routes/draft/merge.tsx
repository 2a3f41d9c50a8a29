import { Hono } from 'hono';
import { LIMITS } from '../../limits';
import { findItems } from '../../../db/draft/draft';
import { mergeDraftItems } from '../../../db/draft/edits';
import { MergeItemsForm, readMergeForm, toId } from '../../draft/forms';
import type { FieldErrors } from '../../../views/components/form';
import { MergePage } from '../../../views/pages/draft/item-pages';
import { itemView } from '../../draft/view-model';
import { page, seeOther } from '../../http/render';
import type { StudyEnv } from '../../http/study-access';
import { draftHome, model, studyRef, validForm, type C } from './shared';

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
  const ids = [...new Set(c.req.queries('ids') ?? [])].map(toId).filter((x): x is number => x !== undefined);
  return mergePage(c, ids, { target: String(ids[0] ?? ''), text: '', reason: '' });
});

/** A refused merge: the same choice again (with the versions it was based on), what was typed and the messages. */
const mergeForm = validForm(MergeItemsForm, (c, errors, values) => {
  const typed = readMergeForm(values);
  const kept = {
    target: typed.target,
    text: typed.text.slice(0, LIMITS.item),
    reason: typed.reason.slice(0, LIMITS.note),
  };
  return mergePage(c, typed.ids, kept, errors, typed.versions);
});

draftMergeRoutes.post('/', mergeForm, (c) => {
  const { versions, targetId, text, reason } = c.req.valid('form');
  // The schema refuses a form without one of the ids as target; the check only tells TypeScript.
  if (targetId === undefined) return seeOther(c, draftHome(c, '?msg=mergeNeedsTwo'));
  const target = targetId;
  const res = mergeDraftItems(c.var.db, c.var.study.id, target, versions, text, c.var.user.id, reason);
  if (!res.ok) return seeOther(c, draftHome(c, 'needsTwo' in res ? '?msg=mergeNeedsTwo' : '?msg=stale'));
  return seeOther(c, draftHome(c, `#item-${target}`));
});
