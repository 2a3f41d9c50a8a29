import { Hono } from 'hono';
import { deleteCookie, getCookie } from 'hono/cookie';
import { getConnInfo } from '@hono/node-server/conninfo';
import { zValidator } from '@hono/zod-validator';
import { z } from 'zod';
import {
  createUser,
  EmailTakenError,
  login,
  NewUserSchema,
  SESSION_TTL_MS,
} from '../../services/auth/accounts';
import { needsSetup } from '../../services/auth/setup';
import { hashToken } from '../../auth/tokens';
import { consumeSetupToken, deleteSession, isSetupTokenValid, setUserLang } from '../../../db/auth/users';
import { LoginPage, SetupPage } from '../../../views/pages/auth';
import { LANG_COOKIE, SESSION_COOKIE, setSafeCookie } from '../../http/cookies';
import type { AppEnv } from '../../http/env';
import { page, seeOther } from '../../http/render';
import { safeLocalPath } from '../../http/redirect';
import { formValidator } from '../../http/validate';

export const authRoutes = new Hono<AppEnv>();

function clientIp(c: Parameters<typeof getConnInfo>[0]): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'local'; // app.request() in tests has no socket
  }
}

/** Only local paths, so the login form cannot be used to bounce someone to another site. */
const safeNext = (next: string | undefined) => safeLocalPath(next, '/studies');

authRoutes.get('/login', (c) => {
  if (c.var.user) return seeOther(c, safeNext(c.req.query('next')));
  const next = c.req.query('next') ?? '';
  return page(c, c.var.t.auth.loginTitle, <LoginPage t={c.var.t} csrf={c.var.csrf} values={{ next }} />);
});

const LoginForm = z.object({
  email: z.string().default(''),
  password: z.string().default(''),
  next: z.string().optional(),
});

authRoutes.post(
  '/login',
  formValidator(LoginForm, (c) => seeOther(c, '/login')),
  async (c) => {
    const { email, password, next } = c.req.valid('form');
    const t = c.var.t;
    const res = await login(c.var.db, email, password, clientIp(c));
    if (!res.ok) {
      const error = res.reason === 'throttled' ? t.auth.throttled : t.auth.badCredentials;
      const status = res.reason === 'throttled' ? 429 : 422;
      return page(
        c,
        t.auth.loginTitle,
        <LoginPage t={t} csrf={c.var.csrf} values={{ email, next }} error={error} />,
        {
          status,
        },
      );
    }
    setSafeCookie(c, SESSION_COOKIE, res.token, SESSION_TTL_MS / 1000);
    return seeOther(c, safeNext(next));
  },
);

/** A button's form (only the CSRF token), validated like every other form. */
const LogoutForm = z.object({});

authRoutes.post(
  '/logout',
  formValidator(LogoutForm, (c) => seeOther(c, '/login')),
  (c) => {
    const token = getCookie(c, SESSION_COOKIE);
    if (token) deleteSession(c.var.db, hashToken(token));
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return seeOther(c, '/login');
  },
);

/** The language switch: where to go back to (only a local path is followed; anything else goes home). */
const LangForm = z.object({
  back: z.preprocess((v) => (typeof v === 'string' ? v : '/'), z.string()),
});
const LangParam = z.object({ lang: z.enum(['nl', 'en']) });

authRoutes.post(
  '/lang/:lang{nl|en}',
  zValidator('param', LangParam),
  formValidator(LangForm, (c) => seeOther(c, '/')),
  (c) => {
    const { lang } = c.req.valid('param');
    if (c.var.user) setUserLang(c.var.db, c.var.user.id, lang);
    setSafeCookie(c, LANG_COOKIE, lang, 365 * 24 * 3600);
    return seeOther(c, safeLocalPath(c.req.valid('form').back, '/'));
  },
);

authRoutes.get('/setup/:token', (c) => {
  const token = c.req.param('token');
  const t = c.var.t;
  if (!needsSetup(c.var.db) || !isSetupTokenValid(c.var.db, hashToken(token))) {
    return page(c, t.auth.setupTitle, <p class="notice">{t.auth.setupInvalid}</p>, { status: 404 });
  }
  return page(c, t.auth.setupTitle, <SetupPage t={t} csrf={c.var.csrf} token={token} />);
});

authRoutes.post(
  '/setup/:token',
  formValidator(NewUserSchema, (c, errors, values) =>
    page(
      c,
      c.var.t.auth.setupTitle,
      <SetupPage
        t={c.var.t}
        csrf={c.var.csrf}
        token={c.req.param('token') ?? ''}
        values={values}
        errors={errors}
      />,
      {
        status: 422,
      },
    ),
  ),
  async (c) => {
    const token = c.req.param('token');
    const t = c.var.t;
    const input = c.req.valid('form');
    if (!needsSetup(c.var.db) || !consumeSetupToken(c.var.db, hashToken(token))) {
      return page(c, t.auth.setupTitle, <p class="notice">{t.auth.setupInvalid}</p>, { status: 410 });
    }
    try {
      await createUser(c.var.db, { ...input, lang: c.var.lang });
    } catch (e) {
      if (!(e instanceof EmailTakenError)) throw e;
    }
    const res = await login(c.var.db, input.email, input.password, clientIp(c));
    if (res.ok) setSafeCookie(c, SESSION_COOKIE, res.token, SESSION_TTL_MS / 1000);
    return seeOther(c, '/studies');
  },
);
