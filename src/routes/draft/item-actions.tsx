import { Hono } from 'hono';
import { LIMITS } from '../../limits';
import { itemEvidenceWithCases, type Item } from '../../../db/draft/draft';
import { deleteItem, restoreItem, splitDraftItem } from '../../../db/draft/edits';
import { DeleteItemForm, readSplitForm, RestoreItemForm, SplitItemForm, toId } from '../../draft/forms';
import type { FieldErrors } from '../../../views/components/form';
import { DeletePage, SplitPage, type SplitValues } from '../../../views/pages/draft/item-pages';
import { itemView } from '../../draft/view-model';
import { page, seeOther } from '../../http/render';
import type { StudyEnv } from '../../http/study-access';
import { draftHome, itemOr404, model, studyRef, validForm, type C } from './shared';

export const draftItemActionRoutes = new Hono<StudyEnv>();

const numbered = (c: C, item: Item) => ({
  id: item.id,
  text: item.text,
  version: item.version,
  number: itemView(model(c), item.id)?.number ?? `#${item.id}`,
});

function splitPage(
  c: C,
  item: Item,
  values: SplitValues,
  errors: FieldErrors = {},
  status: 200 | 409 | 422 = 200,
) {
  const evidence = itemEvidenceWithCases(c.var.db, item.id).map((e) => ({
    id: e.id,
    caseTitle: e.caseTitle,
    quote: e.caseText.slice(e.start, e.end),
  }));
  return page(
    c,
    c.var.t.draft.splitTitle,
    <SplitPage
      t={c.var.t}
      csrf={c.var.csrf}
      study={studyRef(c)}
      item={numbered(c, item)}
      evidence={evidence}
      values={values}
      errors={errors}
    />,
    { status },
  );
}

draftItemActionRoutes.get('/:itemId/split', (c) => {
  const item = itemOr404(c);
  const n = Math.min(10, Math.max(2, toId(c.req.query('parts')) ?? 2));
  return splitPage(c, item, { parts: [item.text, ...Array<string>(n - 1).fill('')], reason: '', assign: {} });
});

/** A refused split: the form again with every wording typed (at least two fields) and the messages. */
const splitForm = validForm(SplitItemForm, (c, errors, values) => {
  const item = itemOr404(c);
  const typed = readSplitForm(values);
  const kept = {
    parts: (typed.typed.length >= 2 ? typed.typed : [...typed.typed, '']).map((p) => p.slice(0, LIMITS.item)),
    reason: typed.reason.slice(0, LIMITS.note),
    assign: Object.fromEntries(typed.assign),
  };
  return splitPage(c, item, kept, errors, 422);
});

draftItemActionRoutes.post('/:itemId/split', splitForm, (c) => {
  const item = itemOr404(c);
  const { parts, assign, reason, version } = c.req.valid('form');
  const res = splitDraftItem(c.var.db, c.var.study.id, item, version, parts, assign, c.var.user.id, reason);
  if (!res.ok) return seeOther(c, draftHome(c, `?msg=stale#item-${item.id}`));
  return seeOther(c, draftHome(c, `#item-${item.id}`));
});

draftItemActionRoutes.get('/:itemId/delete', (c) => {
  const item = itemOr404(c);
  return page(
    c,
    c.var.t.draft.deleteTitle,
    <DeletePage t={c.var.t} csrf={c.var.csrf} study={studyRef(c)} item={numbered(c, item)} reason="" />,
  );
});

const deleteForm = validForm(DeleteItemForm, (c, errors, values) => {
  const item = itemOr404(c);
  const reason = typeof values.reason === 'string' ? values.reason.trim() : '';
  return page(
    c,
    c.var.t.draft.deleteTitle,
    <DeletePage
      t={c.var.t}
      csrf={c.var.csrf}
      study={studyRef(c)}
      item={numbered(c, item)}
      reason={reason.slice(0, LIMITS.note)}
      errors={{ reason: errors.reason }}
    />,
    { status: 422 },
  );
});

/** Deleting needs a reason; the item stays (status 'deleted') and can be restored. */
draftItemActionRoutes.post('/:itemId/delete', deleteForm, (c) => {
  const item = itemOr404(c);
  const { reason, version } = c.req.valid('form');
  const res = deleteItem(c.var.db, c.var.study.id, item, version, c.var.user.id, reason);
  if (!res.ok) return seeOther(c, draftHome(c, `?msg=stale#item-${item.id}`));
  return seeOther(c, draftHome(c, '?msg=deleted#removed'));
});

// The version falls back to 0 (stale), so this form cannot be invalid.
const restoreForm = validForm(RestoreItemForm, (c) => c.body(null, 422));

draftItemActionRoutes.post('/:itemId/restore', restoreForm, (c) => {
  const item = itemOr404(c);
  const res = restoreItem(c.var.db, c.var.study.id, item, c.req.valid('form').version, c.var.user.id);
  if (!res.ok) return seeOther(c, draftHome(c, '?msg=stale#removed'));
  return seeOther(c, draftHome(c, `#item-${item.id}`));
});
