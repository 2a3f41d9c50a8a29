import { Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { itemEvidenceWithCases, itemHistory, latestVersion, type Item } from '../../../db/draft/draft';
import { createItem, saveItem } from '../../../db/draft/edits';
import { EvidenceList, EvidencePage } from '../../../views/pages/draft/evidence';
import { HistoryPage } from '../../../views/pages/draft/history';
import { ItemEditForm, ItemRow, type Conflict, type EditValues } from '../../../views/pages/draft/item-row';
import { ItemEditPage } from '../../../views/pages/draft/item-pages';
import { excerpt } from '../../draft/excerpt';
import { itemView } from '../../draft/view-model';
import { page, seeOther } from '../../http/render';
import type { StudyEnv } from '../../http/study-access';
import { AddItemForm, EditItemForm, toId } from '../../draft/forms';
import { LIMITS } from '../../limits';
import { draftItemActionRoutes } from './item-actions';
import { draftPage } from './page';
import {
  clusterChoice,
  draftHome,
  isHtmx,
  itemOr404,
  model,
  studyRef,
  typed,
  validForm,
  type C,
} from './shared';

export const draftItemRoutes = new Hono<StudyEnv>();

const phaseChoice = (c: C, raw: string) => (c.var.study.phases.some((p) => p.id === raw) ? raw : null);

/** A refused new item: the draft page again with what was typed and the message beside the field. */
const addForm = validForm(AddItemForm, (c, errors, values) =>
  draftPage(c, {
    values: {
      text: typed(values, 'text').trim().slice(0, LIMITS.item),
      clusterId: typed(values, 'clusterId'),
      phaseId: typed(values, 'phaseId'),
    },
    errors: { text: errors.text },
    status: 422,
  }),
);

draftItemRoutes.post('/', addForm, (c) => {
  const form = c.req.valid('form');
  const item = createItem(
    c.var.db,
    c.var.study.id,
    form.text,
    { clusterId: clusterChoice(c, form.clusterId) ?? null, phaseId: phaseChoice(c, form.phaseId) },
    c.var.user.id,
  );
  return seeOther(c, draftHome(c, `#item-${item.id}`));
});

function editResponse(
  c: C,
  item: Item,
  values: EditValues,
  opts: { status?: ContentfulStatusCode; error?: string; conflict?: Conflict } = {},
) {
  const m = model(c);
  const view = itemView(m, item.id) ?? { ...item, number: `#${item.id}`, links: 0, cases: 0, flags: [] };
  const fragment = (
    <ItemEditForm
      t={c.var.t}
      csrf={c.var.csrf}
      study={studyRef(c)}
      item={view}
      options={m.options}
      values={values}
      error={opts.error}
      conflict={opts.conflict}
    />
  );
  if (isHtmx(c)) return c.html(fragment, opts.status ?? 200);
  return page(
    c,
    c.var.t.draft.editItem,
    <ItemEditPage t={c.var.t} study={studyRef(c)}>
      {fragment}
    </ItemEditPage>,
    { status: opts.status ?? 200 },
  );
}

const valuesOf = (item: Item): EditValues => ({
  text: item.text,
  clusterId: item.clusterId === null ? '' : String(item.clusterId),
  phaseId: item.phaseId ?? '',
  reason: '',
  version: item.version,
});

function conflictOf(c: C, current: Item): Conflict {
  const last = latestVersion(c.var.db, current.id);
  return { currentText: current.text, by: last?.userName ?? '?', at: last?.at ?? current.updatedAt };
}

draftItemRoutes.get('/:itemId', (c) => {
  const item = itemOr404(c);
  if (!isHtmx(c)) return c.redirect(draftHome(c, `#item-${item.id}`), 303);
  const view = itemView(model(c), item.id);
  if (!view) return c.redirect(draftHome(c), 303);
  return c.html(
    <ItemRow
      t={c.var.t}
      study={studyRef(c)}
      item={view}
      canEdit={c.var.role !== 'viewer'}
      focus="edit"
      csrf={c.var.csrf}
    />,
  );
});

draftItemRoutes.get('/:itemId/edit', (c) => {
  const item = itemOr404(c);
  return editResponse(c, item, valuesOf(item));
});

/**
 * A refused edit: a form based on an older version (or of an item no longer active) is answered with the
 * conflict (409) before anything else; otherwise the form again with the message (422).
 */
const editForm = validForm(EditItemForm, (c, errors, values) => {
  const item = itemOr404(c);
  const entered: EditValues = {
    text: typed(values, 'text').trim(),
    clusterId: typed(values, 'clusterId'),
    phaseId: typed(values, 'phaseId'),
    reason: typed(values, 'reason').trim(),
    version: toId(typed(values, 'version')) ?? 0,
  };
  if (entered.version !== item.version || item.status !== 'active') return conflict(c, item, entered);
  return editResponse(c, item, entered, { status: 422, error: errors.text ?? errors.reason });
});

const conflict = (c: C, current: Item, values: EditValues) =>
  editResponse(
    c,
    current,
    { ...values, version: current.version },
    { status: 409, conflict: conflictOf(c, current) },
  );

/** Saves wording, place and phase; refuses (409) when the form was based on an older version. */
draftItemRoutes.post('/:itemId', editForm, (c) => {
  const item = itemOr404(c);
  const form = c.req.valid('form');
  const values: EditValues = {
    text: form.text,
    clusterId: form.clusterId === null ? '' : String(form.clusterId ?? ''),
    phaseId: form.phaseId,
    reason: form.reason,
    version: form.version,
  };
  if (form.version !== item.version || item.status !== 'active') return conflict(c, item, values);
  const res = saveItem(
    c.var.db,
    c.var.study.id,
    item,
    form.version,
    {
      text: form.text,
      clusterId: clusterChoice(c, form.clusterId) ?? item.clusterId,
      phaseId: phaseChoice(c, form.phaseId),
    },
    c.var.user.id,
    form.reason,
  );
  if (!res.ok) return conflict(c, res.current ?? item, values);
  if (!isHtmx(c)) return seeOther(c, draftHome(c, `#item-${item.id}`));
  if (res.moved) {
    // The row belongs somewhere else on the page now: let the browser load the page at the item. The query must
    // differ from the current address, or the browser only jumps to the anchor and keeps the stale form.
    c.header('HX-Redirect', draftHome(c, `?msg=moved&v=${item.version + 1}#item-${item.id}`));
    return c.body(null, 204);
  }
  const view = itemView(model(c), item.id)!;
  return c.html(<ItemRow t={c.var.t} study={studyRef(c)} item={view} canEdit saved csrf={c.var.csrf} />);
});

draftItemRoutes.get('/:itemId/evidence', (c) => {
  const item = itemOr404(c);
  const rows = itemEvidenceWithCases(c.var.db, item.id).map((r) => ({
    ...r,
    excerpt: excerpt(r.caseText, r.start, r.end),
  }));
  if (isHtmx(c)) return c.html(<EvidenceList t={c.var.t} studyId={c.var.study.id} rows={rows} />);
  const number = itemView(model(c), item.id)?.number ?? `#${item.id}`;
  return page(
    c,
    c.var.t.draft.evidenceTitle,
    <EvidencePage
      t={c.var.t}
      study={studyRef(c)}
      item={{ id: item.id, text: item.text, number }}
      rows={rows}
    />,
  );
});

draftItemRoutes.get('/:itemId/history', (c) => {
  const item = itemOr404(c);
  const number = itemView(model(c), item.id)?.number ?? `#${item.id}`;
  return page(
    c,
    c.var.t.draft.historyTitle,
    <HistoryPage
      t={c.var.t}
      study={studyRef(c)}
      item={{ id: item.id, text: item.text, number }}
      rows={itemHistory(c.var.db, item.id)}
    />,
    { wide: true },
  );
});

draftItemRoutes.route('/', draftItemActionRoutes);
