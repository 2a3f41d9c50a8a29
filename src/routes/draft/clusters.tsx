import { Hono } from 'hono';
import { appendAudit } from '../../../db/audit';
import type { Cluster } from '../../../db/draft/draft';
import {
  addCluster,
  mergeClusters,
  moveCluster,
  renameCluster,
  splitCluster,
} from '../../../db/draft/clusters';
import type { FieldErrors } from '../../../views/components/form';
import { ClusterPage } from '../../../views/pages/draft/cluster';
import { page, seeOther } from '../../http/render';
import type { StudyEnv } from '../../http/study-access';
import { tooLong } from '../../http/validate';
import { LIMITS } from '../../limits';
import { draftPage } from './page';
import { actor, clusterOr404, draftHome, form, model, posInt, str, strs, studyRef, type C } from './shared';

export const draftClusterRoutes = new Hono<StudyEnv>();

const audit = (c: C, action: string, id: number, summary: string, before?: unknown, after?: unknown) =>
  appendAudit(c.var.db, {
    studyId: c.var.study.id,
    userId: c.var.user.id,
    action,
    entity: 'cluster',
    entityId: id,
    summary,
    before,
    after,
  });

function clusterPage(
  c: C,
  cl: Cluster,
  values = { label: cl.label, newLabel: '' },
  errors: FieldErrors = {},
) {
  const m = model(c);
  const node = m.clusters.find((k) => k.id === cl.id);
  const parentNode = m.clusters.find((k) => k.subs.some((s) => s.id === cl.id));
  const sub = parentNode?.subs.find((s) => s.id === cl.id);
  const number = node?.number ?? sub?.number ?? '';
  const items = node ? [...node.items, ...node.subs.flatMap((s) => s.items)] : (sub?.items ?? []);
  return page(
    c,
    cl.label,
    <ClusterPage
      t={c.var.t}
      csrf={c.var.csrf}
      study={studyRef(c)}
      cluster={{ id: cl.id, number, label: cl.label, parentId: cl.parentId }}
      targets={m.options.filter((o) => o.id !== cl.id && (o.parentId === null) === (cl.parentId === null))}
      subs={node?.subs ?? []}
      items={items}
      values={values}
      errors={errors}
    />,
    { status: Object.keys(errors).length ? 422 : 200 },
  );
}

draftClusterRoutes.post('/', async (c) => {
  const body = await form(c);
  const label = str(body, 'label').trim();
  const labelError = label ? tooLong(label, LIMITS.line, c.var.t) : c.var.t.draft.errLabel;
  if (labelError)
    return draftPage(c, {
      values: { parentId: str(body, 'parentId'), label: label.slice(0, LIMITS.line) },
      errors: { label: labelError },
      status: 422,
    });
  const parentId = posInt(str(body, 'parentId'));
  const parent = parentId
    ? model(c).clusterRows.find((k) => k.id === parentId && k.parentId === null)
    : undefined;
  const cl = addCluster(c.var.db, c.var.study.id, parent?.id ?? null, label);
  audit(c, 'cluster.create', cl.id, label);
  return seeOther(c, draftHome(c, `#cluster-${cl.id}`));
});

draftClusterRoutes.get('/:clusterId', (c) => clusterPage(c, clusterOr404(c)));

draftClusterRoutes.post('/:clusterId/rename', async (c) => {
  const cl = clusterOr404(c);
  const label = str(await form(c), 'label').trim();
  const labelError = label ? tooLong(label, LIMITS.line, c.var.t) : c.var.t.draft.errLabel;
  if (labelError)
    return clusterPage(c, cl, { label: label.slice(0, LIMITS.line), newLabel: '' }, { label: labelError });
  renameCluster(c.var.db, c.var.study.id, cl.id, label);
  audit(c, 'cluster.rename', cl.id, `${cl.label} → ${label}`, { label: cl.label }, { label });
  return seeOther(c, draftHome(c, `#cluster-${cl.id}`));
});

draftClusterRoutes.post('/:clusterId/move', async (c) => {
  const cl = clusterOr404(c);
  const dir = str(await form(c), 'dir') === 'up' ? -1 : 1;
  if (moveCluster(c.var.db, c.var.study.id, cl, dir))
    audit(c, 'cluster.move', cl.id, `${cl.label} ${dir < 0 ? '↑' : '↓'}`);
  return seeOther(c, draftHome(c, `#cluster-${cl.id}`));
});

draftClusterRoutes.post('/:clusterId/merge', async (c) => {
  const cl = clusterOr404(c);
  const targetId = posInt(str(await form(c), 'target'));
  const target = model(c).clusterRows.find((k) => k.id === targetId);
  if (!target || target.id === cl.id || (target.parentId === null) !== (cl.parentId === null)) {
    return clusterPage(c, cl, undefined, { target: c.var.t.draft.errCluster });
  }
  const moved = mergeClusters(c.var.db, c.var.study.id, cl, target, actor(c));
  audit(
    c,
    'cluster.merge',
    target.id,
    `${cl.label} → ${target.label} (${moved} items)`,
    { source: cl.id, label: cl.label },
    { target: target.id },
  );
  return seeOther(c, draftHome(c, `#cluster-${target.id}`));
});

draftClusterRoutes.post('/:clusterId/split', async (c) => {
  const cl = clusterOr404(c);
  const body = await form(c);
  const newLabel = str(body, 'newLabel').trim();
  const ids = (k: string) =>
    strs(body, k)
      .map(posInt)
      .filter((x): x is number => x !== undefined);
  const choice = { subIds: ids('subIds'), itemIds: ids('itemIds') };
  const errors: FieldErrors = {};
  if (!newLabel) errors.newLabel = c.var.t.draft.errLabel;
  if (!choice.subIds.length && !choice.itemIds.length) errors.choice = c.var.t.draft.errChoice;
  if (Object.keys(errors).length) return clusterPage(c, cl, { label: cl.label, newLabel }, errors);
  const fresh = splitCluster(c.var.db, c.var.study.id, cl, newLabel, choice, actor(c));
  audit(c, 'cluster.split', cl.id, `${cl.label} → ${cl.label} + ${newLabel}`, undefined, {
    newCluster: fresh.id,
    ...choice,
  });
  return seeOther(c, draftHome(c, `#cluster-${fresh.id}`));
});
