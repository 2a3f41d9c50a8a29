import { createMiddleware } from 'hono/factory';
import { HTTPException } from 'hono/http-exception';
import { LIMITS } from '../limits';
import type { AppEnv } from './env';

/** `new URL` that answers undefined instead of throwing on what a client made up (`http://[::1`, `garbage`). */
export function safeUrl(input: string | undefined, base?: string): URL | undefined {
  if (input === undefined) return undefined;
  try {
    return new URL(input, base);
  } catch {
    return undefined;
  }
}

function countFields(text: string): number {
  let n = text.length ? 1 : 0;
  for (let i = text.indexOf('&'); i !== -1; i = text.indexOf('&', i + 1)) n++;
  return n;
}

/**
 * Bodies are checked once at the edge, before CSRF and routes read them: a multipart body that does not parse
 * is a 400 with a message (not a TypeError deep in a route), and a form with more fields than any of ours is a
 * 413 (so 40,000 ids to merge never reach SQLite as "too many SQL variables"). Urlencoded bodies cannot fail to parse, so the autosave hot path only pays for counting `&`.
 */
export const edge = createMiddleware<AppEnv>(async (c, next) => {
  const t = c.var.t.common;
  const query = c.req.url.indexOf('?');
  if (query !== -1 && countFields(c.req.url.slice(query + 1)) > LIMITS.formFields)
    throw new HTTPException(413, { message: t.tooManyFields });
  const method = c.req.method;
  if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') return next();
  const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'multipart/form-data') {
    let fields = 0;
    try {
      const form = await c.req.formData();
      form.forEach(() => void fields++);
    } catch {
      throw new HTTPException(400, { message: t.badBody });
    }
    if (fields > LIMITS.formFields) throw new HTTPException(413, { message: t.tooManyFields });
  } else if (type === 'application/x-www-form-urlencoded') {
    if (countFields(await c.req.text()) > LIMITS.formFields)
      throw new HTTPException(413, { message: t.tooManyFields });
  }
  return next();
});
