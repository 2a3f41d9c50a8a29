import { Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { appendAudit } from '../../db/audit';
import { itemEvidenceWithCases, itemHistory, latestVersion, type Item } from '../../db/draft';
import { changeItem, insertItem } from '../../db/draft-versions';
import { EvidenceList, EvidencePage } from '../../views/pages/draft/evidence';
import { HistoryPage } from '../../views/pages/draft/history';
import { ItemEditForm, ItemRow, type Conflict, type EditValues } from '../../views/pages/draft/item-row';
import { ItemEditPage } from '../../views/pages/draft/item-pages';
import { excerpt } from '../draft/excerpt';
import { itemView } from '../draft/view-model';
import { page, seeOther } from '../http/render';
import type { StudyEnv } from '../http/study-access';
import { tooLong } from '../http/validate';
import { LIMITS } from '../limits';
import { draftItemActionRoutes } from './draft-item-actions';
import { draftPage } from './draft-page';
import {
  actor,
  clusterChoice,
  draftHome,
  form,
  isHtmx,
  itemOr404,
  model,
  posInt,
  str,
  studyRef,
  type C,
} from './draft-shared';

export const draftItemRoutes = new Hono<StudyEnv>();

const phaseChoice = (c: C, raw: string) => (c.var.study.phases.some((p) => p.id === raw) ? raw : null);

draftItemRoutes.post('/', async (c) => {
  const body = await form(c);
  const text = str(body, 'text').trim();
  const textError = text ? tooLong(text, LIMITS.item, c.var.t) : c.var.t.draft.errText;
  if (textError) {
    const values = {
      text: text.slice(0, LIMITS.item),
      clusterId: str(body, 'clusterId'),
      phaseId: str(body, 'phaseId'),
    };
    return draftPage(c, { values, errors: { text: textError }, status: 422 });
  }
  const item = insertItem(
    c.var.db,
    c.var.study.id,
    {
      text,
      clusterId: clusterChoice(c, str(body, 'clusterId')) ?? null,
      phaseId: phaseChoice(c, str(body, 'phaseId')),
      origin: 'manual',
    },
    actor(c, 'met de hand toegevoegd'),
  );
  appendAudit(c.var.db, {
    studyId: c.var.study.id,
    userId: c.var.user!.id,
    action: 'item.create',
    entity: 'item',
    entityId: item.id,
    summary: text,
  });
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

/** Saves wording, place and phase; refuses (409) when the form was based on an older version. */
draftItemRoutes.post('/:itemId', async (c) => {
  const item = itemOr404(c);
  const body = await form(c);
  const values: EditValues = {
    text: str(body, 'text').trim(),
    clusterId: str(body, 'clusterId'),
    phaseId: str(body, 'phaseId'),
    reason: str(body, 'reason').trim(),
    version: posInt(str(body, 'version')) ?? 0,
  };
  if (values.version !== item.version || item.status !== 'active') {
    return editResponse(
      c,
      item,
      { ...values, version: item.version },
      { status: 409, conflict: conflictOf(c, item) },
    );
  }
  const error = values.text
    ? (tooLong(values.text, LIMITS.item, c.var.t) ?? tooLong(values.reason, LIMITS.note, c.var.t))
    : c.var.t.draft.errText;
  if (error) return editResponse(c, item, values, { status: 422, error });
  const clusterId = clusterChoice(c, values.clusterId) ?? item.clusterId;
  const phaseId = phaseChoice(c, values.phaseId);
  const moved = clusterId !== item.clusterId;
  const action = values.text !== item.text ? 'edit' : moved || phaseId !== item.phaseId ? 'move' : undefined;
  if (action) {
    const res = changeItem(
      c.var.db,
      c.var.study.id,
      item.id,
      values.version,
      { text: values.text, clusterId, phaseId },
      action,
      actor(c, values.reason),
    );
    if (!res.ok) {
      const current = res.current ?? item;
      return editResponse(
        c,
        current,
        { ...values, version: current.version },
        { status: 409, conflict: conflictOf(c, current) },
      );
    }
    appendAudit(c.var.db, {
      studyId: c.var.study.id,
      userId: c.var.user!.id,
      action: `item.${action}`,
      entity: 'item',
      entityId: item.id,
      summary: values.text,
      before: { text: item.text, clusterId: item.clusterId, phaseId: item.phaseId },
      after: { text: values.text, clusterId, phaseId },
    });
  }
  if (!isHtmx(c)) return seeOther(c, draftHome(c, `#item-${item.id}`));
  if (moved) {
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
