import { Hono } from 'hono';
import { tooLong } from '../../http/validate';
import { LIMITS } from '../../limits';
import { appendAudit } from '../../../db/audit';
import { itemEvidenceWithCases, type Item } from '../../../db/draft/draft';
import { splitItem } from '../../../db/draft/items';
import { changeItem } from '../../../db/draft/versions';
import type { FieldErrors } from '../../../views/components/form';
import { DeletePage, SplitPage, type SplitValues } from '../../../views/pages/draft/item-pages';
import { itemView } from '../../draft/view-model';
import { page, seeOther } from '../../http/render';
import type { StudyEnv } from '../../http/study-access';
import { actor, draftHome, form, itemOr404, model, posInt, str, strs, studyRef, type C } from './shared';

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
  const n = Math.min(10, Math.max(2, posInt(c.req.query('parts')) ?? 2));
  return splitPage(c, item, { parts: [item.text, ...Array<string>(n - 1).fill('')], reason: '', assign: {} });
});

draftItemActionRoutes.post('/:itemId/split', async (c) => {
  const item = itemOr404(c);
  const body = await form(c);
  const raw = strs(body, 'part');
  const parts = raw.map((p) => p.trim()).filter(Boolean);
  const assign = new Map<number, number>();
  for (const [k, v] of Object.entries(body)) {
    const id = /^ev-(\d+)$/.exec(k)?.[1];
    const part = typeof v === 'string' ? Number(v) : NaN;
    // A part index counts among the non-empty parts; evidence pointing at an empty part stays with the first.
    if (id && Number.isInteger(part) && raw[part]?.trim())
      assign.set(Number(id), parts.indexOf(raw[part]!.trim()));
  }
  const values = {
    parts: raw.length >= 2 ? raw : [...raw, ''],
    reason: str(body, 'reason').trim(),
    assign: Object.fromEntries(assign),
  };
  const partTooLong = parts.map((p) => tooLong(p, LIMITS.item, c.var.t)).find(Boolean);
  const reasonTooLong = tooLong(values.reason, LIMITS.note, c.var.t);
  if (parts.length < 2 || partTooLong || reasonTooLong) {
    const kept = {
      ...values,
      parts: values.parts.map((p) => p.slice(0, LIMITS.item)),
      reason: values.reason.slice(0, LIMITS.note),
    };
    const errors = {
      ...(parts.length < 2 ? { parts: c.var.t.draft.errParts } : partTooLong ? { parts: partTooLong } : {}),
      ...(reasonTooLong ? { reason: reasonTooLong } : {}),
    };
    return splitPage(c, item, kept, errors, 422);
  }
  const version = posInt(str(body, 'version')) ?? 0;
  const res = splitItem(c.var.db, c.var.study.id, item.id, version, parts, assign, actor(c, values.reason));
  if (!res.ok) return seeOther(c, draftHome(c, `?msg=stale#item-${item.id}`));
  appendAudit(c.var.db, {
    studyId: c.var.study.id,
    userId: c.var.user.id,
    action: 'item.split',
    entity: 'item',
    entityId: item.id,
    summary: `${item.text} → ${parts.join(' | ')}`,
  });
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

/** Deleting needs a reason; the item stays (status 'deleted') and can be restored. */
draftItemActionRoutes.post('/:itemId/delete', async (c) => {
  const item = itemOr404(c);
  const body = await form(c);
  const reason = str(body, 'reason').trim();
  const reasonError = reason ? tooLong(reason, LIMITS.note, c.var.t) : c.var.t.draft.errReason;
  if (reasonError) {
    return page(
      c,
      c.var.t.draft.deleteTitle,
      <DeletePage
        t={c.var.t}
        csrf={c.var.csrf}
        study={studyRef(c)}
        item={numbered(c, item)}
        reason={reason.slice(0, LIMITS.note)}
        errors={{ reason: reasonError }}
      />,
      { status: 422 },
    );
  }
  const version = posInt(str(body, 'version')) ?? 0;
  const res =
    item.status === 'active'
      ? changeItem(
          c.var.db,
          c.var.study.id,
          item.id,
          version,
          { status: 'deleted' },
          'delete',
          actor(c, reason),
        )
      : { ok: false };
  if (!res.ok) return seeOther(c, draftHome(c, `?msg=stale#item-${item.id}`));
  appendAudit(c.var.db, {
    studyId: c.var.study.id,
    userId: c.var.user.id,
    action: 'item.delete',
    entity: 'item',
    entityId: item.id,
    summary: `${item.text} (${reason})`,
  });
  return seeOther(c, draftHome(c, '?msg=deleted#removed'));
});

draftItemActionRoutes.post('/:itemId/restore', async (c) => {
  const item = itemOr404(c);
  const version = posInt(str(await form(c), 'version')) ?? 0;
  const res =
    item.status === 'deleted'
      ? changeItem(c.var.db, c.var.study.id, item.id, version, { status: 'active' }, 'restore', actor(c))
      : { ok: false };
  if (!res.ok) return seeOther(c, draftHome(c, '?msg=stale#removed'));
  appendAudit(c.var.db, {
    studyId: c.var.study.id,
    userId: c.var.user.id,
    action: 'item.restore',
    entity: 'item',
    entityId: item.id,
    summary: item.text,
  });
  return seeOther(c, draftHome(c, `#item-${item.id}`));
});
