import { createMiddleware } from 'hono/factory';
import { getCookie } from 'hono/cookie';
import { hashToken } from '../auth/tokens';
import { findSessionUser } from '../../db/auth/users';
import { texts, type Lang } from '../../views/i18n';
import { LANG_COOKIE, SESSION_COOKIE } from './cookies';
import type { AppEnv, SignedInEnv } from './env';

/** Loads the signed-in researcher (if any) and the UI language: preference, then cookie, then Dutch. */
export const session = createMiddleware<AppEnv>(async (c, next) => {
  const token = getCookie(c, SESSION_COOKIE);
  const user = token ? findSessionUser(c.var.db, hashToken(token)) : undefined;
  c.set('user', user);
  const cookieLang = getCookie(c, LANG_COOKIE);
  const lang: Lang = user?.lang ?? (cookieLang === 'en' ? 'en' : 'nl');
  c.set('lang', lang);
  c.set('t', texts(lang));
  return next();
});

/** Everything behind this needs a signed-in researcher; others go to the login page and come back. */
export const requireUser = createMiddleware<SignedInEnv>(async (c, next) => {
  if (!c.var.user) {
    const url = new URL(c.req.url);
    const back = c.req.method === 'GET' ? `?next=${encodeURIComponent(url.pathname + url.search)}` : '';
    if (c.req.header('hx-request')) {
      c.header('HX-Redirect', `/login${back}`);
      return c.body(null, 401);
    }
    return c.redirect(`/login${back}`, 303);
  }
  return next();
});
