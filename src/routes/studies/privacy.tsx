import { Hono, type Context } from 'hono';
import { deleteCookie } from 'hono/cookie';
import { z } from 'zod';
import { updateStudySettings } from '../../../db/studies/studies';
import { deleteAccount, deleteStudy, soleOwnerOf } from '../../../db/studies/privacy';
import { AccountPage, DeleteStudyPage, PrivacyPage } from '../../../views/pages/privacy';
import { verifyPassword } from '../../auth/passwords';
import { SESSION_COOKIE } from '../../http/cookies';
import type { SignedInEnv } from '../../http/env';
import { page, seeOther } from '../../http/render';
import { requireOwner, type StudyEnv } from '../../http/study-access';
import { formValidator } from '../../http/validate';
import { defaultLetter, renderLetter } from '../../panel/info-letter';

type C = Context<StudyEnv>;

const PrivacyForm = z.object({
  contact: z.string().trim().max(500).default(''),
  ethicsRef: z.string().trim().max(200).default(''),
  retentionUntil: z
    .string()
    .trim()
    .default('')
    .refine(
      (d) => d === '' || (/^\d{4}-\d{2}-\d{2}$/.test(d) && !Number.isNaN(Date.parse(d))),
      'privacy.errDate',
    )
    .transform((d) => (d === '' ? null : d)),
  infoLetter: z
    .string()
    .max(20000)
    .default('')
    .transform((s) => s.replace(/\r\n?/g, '\n').trim()),
});

const valuesOf = (s: StudyEnv['Variables']['study']) => ({
  contact: s.contact,
  ethicsRef: s.ethicsRef,
  retentionUntil: s.retentionUntil ?? '',
  infoLetter: s.infoLetter,
});

function privacyPage(c: C, values: Record<string, string | string[]>, errors = {}, status: 200 | 422 = 200) {
  const { study, role } = c.var;
  const strs = Object.fromEntries(
    Object.entries(values).map(([k, v]) => [k, Array.isArray(v) ? (v[0] ?? '') : v]),
  );
  return page(
    c,
    c.var.t.privacy.title,
    <PrivacyPage
      t={c.var.t}
      csrf={c.var.csrf}
      study={study}
      canEdit={role !== 'viewer'}
      isOwner={role === 'owner'}
      values={strs}
      errors={errors}
      template={defaultLetter(study.lang)}
      letter={renderLetter(study)}
      notice={c.req.query('n') === 'saved' ? c.var.t.privacy.saved : undefined}
    />,
    { status },
  );
}

/** The study's privacy duties: information letter, contact, ethics reference, retention date; deleting it. */
export const studyPrivacyRoutes = new Hono<StudyEnv>();

studyPrivacyRoutes.get('/', (c) => privacyPage(c, valuesOf(c.var.study)));

studyPrivacyRoutes.post(
  '/',
  formValidator<typeof PrivacyForm, StudyEnv>(PrivacyForm, (c, errors, values) =>
    privacyPage(c, values, errors, 422),
  ),
  (c) => {
    updateStudySettings(c.var.db, c.var.study, c.req.valid('form'), c.var.user.id);
    return seeOther(c, `/studies/${c.var.study.id}/privacy?n=saved`);
  },
);

const deletePage = (c: C, error?: string) =>
  page(
    c,
    c.var.t.privacy.deleteTitle,
    <DeleteStudyPage t={c.var.t} csrf={c.var.csrf} study={c.var.study} error={error} />,
    { status: error ? 422 : 200 },
  );

studyPrivacyRoutes.get('/delete', (c) => {
  requireOwner(c.var.role);
  return deletePage(c);
});

/** The title typed again; compared with the study's own title in the handler. */
const DeleteStudyForm = z.object({ confirm: z.string().trim().default('') });

studyPrivacyRoutes.post(
  '/delete',
  formValidator<typeof DeleteStudyForm, StudyEnv>(DeleteStudyForm, (c) => {
    requireOwner(c.var.role);
    return deletePage(c, c.var.t.privacy.errConfirm);
  }),
  (c) => {
    requireOwner(c.var.role);
    if (c.req.valid('form').confirm !== c.var.study.title.trim())
      return deletePage(c, c.var.t.privacy.errConfirm);
    deleteStudy(c.var.db, c.var.study.id);
    return seeOther(c, '/studies');
  },
);

/** The signed-in researcher's own account: deleting it. */
export const accountRoutes = new Hono<SignedInEnv>();

const accountPage = (c: Context<SignedInEnv>, error?: string, status: 200 | 409 | 422 = 200) =>
  page(
    c,
    c.var.t.privacy.accountTitle,
    <AccountPage
      t={c.var.t}
      csrf={c.var.csrf}
      soleOwner={soleOwnerOf(c.var.db, c.var.user.id)}
      error={error}
    />,
    { status },
  );

accountRoutes.get('/', (c) => accountPage(c));

const DeleteAccountForm = z.object({ password: z.string().default('') });

accountRoutes.post(
  '/delete',
  formValidator<typeof DeleteAccountForm, SignedInEnv>(DeleteAccountForm, (c) =>
    soleOwnerOf(c.var.db, c.var.user.id).length
      ? accountPage(c, undefined, 409)
      : accountPage(c, c.var.t.privacy.errPassword, 422),
  ),
  async (c) => {
    const user = c.var.user;
    const { password } = c.req.valid('form');
    if (soleOwnerOf(c.var.db, user.id).length) return accountPage(c, undefined, 409);
    if (!(await verifyPassword(user.passwordHash, password)))
      return accountPage(c, c.var.t.privacy.errPassword, 422);
    deleteAccount(c.var.db, user.id);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return seeOther(c, '/login');
  },
);
