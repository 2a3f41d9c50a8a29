import { Hono } from 'hono';
import { copyVersionAudited, findVersion, listVersions } from '../../../db/standard/standard';
import { DiffPage } from '../../../views/pages/standard/diff';
import { StandardListPage } from '../../../views/pages/standard/list';
import { VersionPage } from '../../../views/pages/standard/version';
import { buttonValidator } from '../../http/button';
import { page, seeOther } from '../../http/render';
import type { StudyEnv } from '../../http/study-access';
import { diffItems, diffVersions } from '../../standard';
import { draftFromDecisions } from '../../services/standard/from-decisions';
import { guarded, versionParam, versionRow, versionTreeOf } from './actions';
import { standardAdoptRoutes } from './adopt';
import { standardHandbookRoutes } from './handbook';
import { standardItemRoutes } from './items';
import { reviewSignalsFor } from '../review/signals';

/** Mounted at /studies/:studyId/standard. */
export const standardRoutes = new Hono<StudyEnv>();

standardRoutes.get('/', (c) => {
  const { t, study, db } = c.var;
  return page(
    c,
    t.standard.title,
    <StandardListPage
      t={t}
      csrf={c.var.csrf}
      study={study}
      versions={listVersions(db, study.id)}
      canEdit={c.var.role !== 'viewer'}
    />,
  );
});

standardRoutes.post('/versions', buttonValidator<StudyEnv>(), (c) => {
  const { t, study, db } = c.var;
  const v = guarded(c, () => draftFromDecisions(db, study, c.var.user.id, t.standard.version));
  return seeOther(c, `/studies/${study.id}/standard/versions/${v.number}`);
});

standardRoutes.post('/versions/:n/copy', buttonValidator<StudyEnv>(), (c) => {
  const { t, study, db } = c.var;
  const from = versionParam(c);
  const v = guarded(c, () => copyVersionAudited(db, study.id, c.var.user.id, from, t.standard.version));
  return seeOther(c, `/studies/${study.id}/standard/versions/${v.number}`);
});

standardRoutes.get('/versions/:n', (c) => {
  const { t, study, db } = c.var;
  const v = versionParam(c);
  const notice = c.req.query('notice') === 'criteria-round' ? t.standard.criteriaRoundCreated : undefined;
  return page(
    c,
    t.standard.version(v.number),
    <VersionPage
      t={t}
      csrf={c.var.csrf}
      study={study}
      version={versionRow(db, study.id, v.number)}
      tree={versionTreeOf(db, v.id)}
      canEdit={c.var.role !== 'viewer'}
      notice={notice}
      reviewSignals={reviewSignalsFor(c, v)}
    />,
    { wide: true },
  );
});

standardRoutes.get('/diff', (c) => {
  const { t, study, db } = c.var;
  const from = findVersion(db, study.id, Number(c.req.query('from')));
  const to = findVersion(db, study.id, Number(c.req.query('to')));
  const versions = listVersions(db, study.id);
  if (!from || !to) {
    return page(
      c,
      t.standard.compare,
      <StandardListPage
        t={t}
        csrf={c.var.csrf}
        study={study}
        versions={versions}
        canEdit={c.var.role !== 'viewer'}
        error={t.standard.errCompare}
      />,
      { status: 404 },
    );
  }
  const diff = diffVersions(diffItems(versionTreeOf(db, from.id)), diffItems(versionTreeOf(db, to.id)));
  return page(
    c,
    t.standard.diffTitle(from.number, to.number),
    <DiffPage t={t} study={study} from={from.number} to={to.number} versions={versions} diff={diff} />,
    { wide: true },
  );
});

standardRoutes.route('/versions/:n', standardItemRoutes);
standardRoutes.route('/versions/:n', standardAdoptRoutes);
standardRoutes.route('/versions/:n', standardHandbookRoutes);
