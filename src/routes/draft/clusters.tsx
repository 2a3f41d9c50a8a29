import { Hono } from 'hono';
import type { Cluster } from '../../../db/draft/draft';
import {
  createCluster,
  mergeClusterInto,
  relabelCluster,
  shiftCluster,
  splitClusterOff,
} from '../../../db/draft/edits';
import type { FieldErrors } from '../../../views/components/form';
import { ClusterPage } from '../../../views/pages/draft/cluster';
import {
  ClusterForm,
  MergeClusterForm,
  MoveClusterForm,
  RenameClusterForm,
  SplitClusterForm,
} from '../../draft/forms';
import { page, seeOther } from '../../http/render';
import type { StudyEnv } from '../../http/study-access';
import { LIMITS } from '../../limits';
import { draftPage } from './page';
import { clusterOr404, draftHome, model, studyRef, typed, validForm, type C } from './shared';

export const draftClusterRoutes = new Hono<StudyEnv>();

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

const newForm = validForm(ClusterForm, (c, errors, values) =>
  draftPage(c, {
    values: {
      parentId: typed(values, 'parentId'),
      label: typed(values, 'label').trim().slice(0, LIMITS.line),
    },
    errors: { label: errors.label },
    status: 422,
  }),
);

draftClusterRoutes.post('/', newForm, (c) => {
  const { label, parentId } = c.req.valid('form');
  const cl = createCluster(c.var.db, c.var.study.id, parentId, label, c.var.user.id);
  return seeOther(c, draftHome(c, `#cluster-${cl.id}`));
});

draftClusterRoutes.get('/:clusterId', (c) => clusterPage(c, clusterOr404(c)));

const renameForm = validForm(RenameClusterForm, (c, errors, values) =>
  clusterPage(
    c,
    clusterOr404(c),
    { label: typed(values, 'label').trim().slice(0, LIMITS.line), newLabel: '' },
    { label: errors.label },
  ),
);

draftClusterRoutes.post('/:clusterId/rename', renameForm, (c) => {
  const cl = clusterOr404(c);
  relabelCluster(c.var.db, c.var.study.id, cl, c.req.valid('form').label, c.var.user.id);
  return seeOther(c, draftHome(c, `#cluster-${cl.id}`));
});

// Anything but 'up' moves down, so this form cannot be invalid.
const moveForm = validForm(MoveClusterForm, (c) => c.body(null, 422));

draftClusterRoutes.post('/:clusterId/move', moveForm, (c) => {
  const cl = clusterOr404(c);
  shiftCluster(c.var.db, c.var.study.id, cl, c.req.valid('form').dir, c.var.user.id);
  return seeOther(c, draftHome(c, `#cluster-${cl.id}`));
});

// A missing or broken target is refused below, where it is checked against the study's clusters.
const mergeForm = validForm(MergeClusterForm, (c) => c.body(null, 422));

draftClusterRoutes.post('/:clusterId/merge', mergeForm, (c) => {
  const cl = clusterOr404(c);
  const target = mergeClusterInto(c.var.db, c.var.study.id, cl, c.req.valid('form').target, c.var.user.id);
  if (!target) return clusterPage(c, cl, undefined, { target: c.var.t.draft.errCluster });
  return seeOther(c, draftHome(c, `#cluster-${target.id}`));
});

const splitForm = validForm(SplitClusterForm, (c, errors, values) => {
  const cl = clusterOr404(c);
  return clusterPage(c, cl, { label: cl.label, newLabel: typed(values, 'newLabel').trim() }, errors);
});

draftClusterRoutes.post('/:clusterId/split', splitForm, (c) => {
  const cl = clusterOr404(c);
  const { newLabel, subIds, itemIds } = c.req.valid('form');
  const fresh = splitClusterOff(c.var.db, c.var.study.id, cl, newLabel, { subIds, itemIds }, c.var.user.id);
  return seeOther(c, draftHome(c, `#cluster-${fresh.id}`));
});
