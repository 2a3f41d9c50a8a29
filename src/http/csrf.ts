import { createMiddleware } from 'hono/factory';
import { getCookie } from 'hono/cookie';
import { HTTPException } from 'hono/http-exception';
import { randomToken, safeEqual } from '../auth/tokens';
import { CSRF_COOKIE, setSafeCookie } from './cookies';
import { safeUrl } from './edge';
import type { AppEnv } from './env';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Double-submit CSRF protection: a random cookie per browser, echoed by every state-changing request as the
 * `_csrf` form field or the `X-CSRF-Token` header (htmx sends the header from <body hx-headers>). Works the
 * same for signed-in researchers and for panellists who have no account. A foreign Origin is refused too.
 */
export const csrf = createMiddleware<AppEnv>(async (c, next) => {
  let token = getCookie(c, CSRF_COOKIE);
  const fresh = !token || token.length < 20;
  if (fresh) {
    token = randomToken();
    setSafeCookie(c, CSRF_COOKIE, token);
  }
  c.set('csrf', token!);
  if (SAFE.has(c.req.method)) return next();

  const origin = c.req.header('origin');
  // An Origin that does not even parse is as foreign as one from another host.
  if (origin && origin !== 'null' && safeUrl(origin)?.host !== new URL(c.req.url).host) {
    throw new HTTPException(403, { message: 'csrf' });
  }
  let sent = c.req.header('x-csrf-token');
  if (!sent) {
    const type = c.req.header('content-type') ?? '';
    if (type.includes('form')) {
      const body = await c.req.parseBody();
      const v = body['_csrf'];
      sent = typeof v === 'string' ? v : undefined;
    }
  }
  if (fresh || !sent || !safeEqual(sent, token!)) throw new HTTPException(403, { message: 'csrf' });
  return next();
});
