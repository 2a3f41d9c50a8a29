import type { Context } from 'hono';
import { setCookie } from 'hono/cookie';

export const SESSION_COOKIE = 'mf_session';
export const CSRF_COOKIE = 'mf_csrf';
export const LANG_COOKIE = 'mf_lang';

export function isHttps(c: Context): boolean {
  return new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https';
}

/** HttpOnly, SameSite=Lax, and Secure whenever the request came over https. */
export function setSafeCookie(c: Context, name: string, value: string, maxAgeSeconds?: number): void {
  setCookie(c, name, value, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: isHttps(c),
    path: '/',
    ...(maxAgeSeconds !== undefined ? { maxAge: maxAgeSeconds } : {}),
  });
}
