import { Hono, type Context } from 'hono';
import { LIMITS } from '../../limits';
import { z } from 'zod';
import { auditSummary } from '../../studies/audit-summary';
import { studyProgress } from '../../../db/studies/overview';
import {
  addMemberByEmail,
  archiveStudy,
  createStudyAudited,
  listMembers,
  listStudiesFor,
  removeTeamMember,
  studyAuditTrail,
  updateStudySettings,
} from '../../../db/studies/studies';
import { AuditPage } from '../../../views/pages/audit';
import { StudyOverviewPage } from '../../../views/pages/study-overview';
import { StudyForm, StudyListPage, StudySettingsPage } from '../../../views/pages/studies';
import { TeamPage } from '../../../views/pages/team';
import { RetentionDue } from '../../../views/pages/privacy';
import { retentionDue } from '../../../db/studies/privacy';
import type { SignedInEnv } from '../../http/env';
import { page, seeOther } from '../../http/render';
import { requireOwner, type StudyEnv } from '../../http/study-access';
import { buttonValidator } from '../../http/button';
import { formValidator } from '../../http/validate';
import { newStudyValues, StudyFormSchema, studyFormValues } from '../../studies/form';

export const studyListRoutes = new Hono<SignedInEnv>();

studyListRoutes.get('/', (c) => {
  const archived = c.req.query('archived') === '1';
  const rows = listStudiesFor(c.var.db, c.var.user.id, archived);
  const due = retentionDue(c.var.db, c.var.user.id, new Date().toISOString().slice(0, 10));
  return page(
    c,
    c.var.t.studies.listTitle,
    <>
      <RetentionDue t={c.var.t} rows={due} />
      <StudyListPage t={c.var.t} rows={rows} archived={archived} />
    </>,
  );
});

function newStudyPage(
  c: Context<SignedInEnv>,
  values: Record<string, string | string[]>,
  errors = {},
  status: 200 | 422 = 200,
) {
  const t = c.var.t;
  return page(
    c,
    t.studies.newStudy,
    <section>
      <h1>{t.studies.newStudy}</h1>
      <StudyForm
        t={t}
        csrf={c.var.csrf}
        action="/studies"
        values={values}
        errors={errors}
        submit={t.studies.create}
      />
    </section>,
    { status },
  );
}

studyListRoutes.get('/new', (c) => newStudyPage(c, newStudyValues(c.var.lang)));

studyListRoutes.post(
  '/',
  formValidator<typeof StudyFormSchema, SignedInEnv>(StudyFormSchema, (c, errors, values) =>
    newStudyPage(c, values, errors, 422),
  ),
  (c) => {
    const input = c.req.valid('form');
    const study = createStudyAudited(c.var.db, c.var.user.id, input);
    return seeOther(c, `/studies/${study.id}`);
  },
);

export const studyRoutes = new Hono<StudyEnv>();

studyRoutes.get('/', (c) => {
  const s = c.var.study;
  return page(
    c,
    s.title,
    <StudyOverviewPage t={c.var.t} study={s} progress={studyProgress(c.var.db, s.id)} role={c.var.role} />,
  );
});

function settingsPage(
  c: Context<StudyEnv>,
  values: Record<string, string | string[]>,
  errors = {},
  status: 200 | 422 = 200,
) {
  const { study, role } = c.var;
  return page(
    c,
    c.var.t.studies.settings,
    <StudySettingsPage
      t={c.var.t}
      csrf={c.var.csrf}
      study={study}
      canEdit={role !== 'viewer'}
      isOwner={role === 'owner'}
      values={values}
      errors={errors}
    />,
    { status },
  );
}

studyRoutes.get('/settings', (c) => settingsPage(c, studyFormValues(c.var.study)));

studyRoutes.post(
  '/settings',
  formValidator<typeof StudyFormSchema, StudyEnv>(StudyFormSchema, (c, errors, values) =>
    settingsPage(c, values, errors, 422),
  ),
  (c) => {
    const before = c.var.study;
    const input = c.req.valid('form');
    updateStudySettings(c.var.db, before, input, c.var.user.id);
    return seeOther(c, `/studies/${before.id}/settings`);
  },
);

for (const [path, archived] of [
  ['/archive', true],
  ['/unarchive', false],
] as const) {
  studyRoutes.post(path, buttonValidator<StudyEnv>(), (c) => {
    requireOwner(c.var.role);
    archiveStudy(c.var.db, c.var.study.id, archived, c.var.user.id);
    return seeOther(c, `/studies/${c.var.study.id}`);
  });
}

function teamPage(
  c: Context<StudyEnv>,
  values?: Record<string, string | string[]>,
  errors = {},
  status: 200 | 422 = 200,
) {
  const { study, role, db } = c.var;
  return page(
    c,
    c.var.t.studies.team,
    <TeamPage
      t={c.var.t}
      csrf={c.var.csrf}
      study={study}
      members={listMembers(db, study.id)}
      isOwner={role === 'owner'}
      values={values}
      errors={errors}
    />,
    { status },
  );
}

studyRoutes.get('/team', (c) => teamPage(c));

const MemberForm = z.object({
  email: z.string().trim().toLowerCase().max(LIMITS.line).pipe(z.email('auth.errEmail')),
  role: z.enum(['editor', 'viewer']).default('editor'),
});

studyRoutes.post(
  '/team',
  formValidator<typeof MemberForm, StudyEnv>(MemberForm, (c, errors, values) =>
    teamPage(c, values, errors, 422),
  ),
  (c) => {
    requireOwner(c.var.role);
    const { email, role } = c.req.valid('form');
    const added = addMemberByEmail(c.var.db, c.var.study.id, email, role, c.var.user.id);
    if (!added.ok) {
      const message =
        added.reason === 'no-such-user' ? c.var.t.studies.errNoSuchUser : c.var.t.studies.errAlreadyMember;
      return teamPage(c, { email, role }, { email: message }, 422);
    }
    return seeOther(c, `/studies/${c.var.study.id}/team`);
  },
);

studyRoutes.post('/team/:userId/remove', buttonValidator<StudyEnv>(), (c) => {
  requireOwner(c.var.role);
  removeTeamMember(c.var.db, c.var.study.id, Number(c.req.param('userId')), c.var.user.id);
  return seeOther(c, `/studies/${c.var.study.id}/team`);
});

studyRoutes.get('/audit', (c) =>
  page(
    c,
    c.var.t.studies.audit,
    <AuditPage
      t={c.var.t}
      lang={c.var.lang}
      study={c.var.study}
      rows={studyAuditTrail(c.var.db, c.var.study.id)}
      summaryOf={(row) => auditSummary(row, c.var.lang)}
    />,
    { wide: true },
  ),
);
