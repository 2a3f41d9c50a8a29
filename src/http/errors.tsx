import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { routePath } from 'hono/route';
import { randomBytes } from 'node:crypto';
import { texts } from '../../views/i18n';
import { PoolBusyError, PoolTimeoutError, PoolWorkerError } from '../work/pool';
import { safeUrl } from './edge';

const RETRY_AFTER_S = 10;
import type { AppEnv } from './env';
import { page } from './render';

function routePattern(c: Context<AppEnv>): string {
  try {
    return routePath(c);
  } catch {
    return '(unrouted)';
  }
}

function ensureContext(c: Context<AppEnv>) {
  // Errors can happen before the session middleware ran (e.g. a bad cookie); fall back to Dutch.
  if (!c.var.t) {
    c.set('lang', 'nl');
    c.set('t', texts('nl'));
  }
  if (!c.var.csrf) c.set('csrf', '');
}

export function notFound(c: Context<AppEnv>) {
  ensureContext(c);
  const t = c.var.t.common;
  return page(
    c,
    t.notFoundTitle,
    <section>
      <h1>{t.notFoundTitle}</h1>
      <p>{t.notFoundBody}</p>
      <p>
        <a href="/">{t.toHome}</a>
      </p>
    </section>,
    { status: 404 },
  );
}

/**
 * Heavy work that could not be done in its bounds is the server's limit, not a bug: 503 with a message that
 * says what to do (wait, or send less), and Retry-After when waiting helps.
 */
function overloaded(err: Error, c: Context<AppEnv>) {
  const t = c.var.t.common;
  const body =
    err instanceof PoolBusyError
      ? t.busyBody
      : err instanceof PoolTimeoutError
        ? t.tooSlowBody
        : t.tooHeavyBody;
  if (err instanceof PoolBusyError) c.header('Retry-After', String(RETRY_AFTER_S));
  return page(
    c,
    t.busyTitle,
    <section>
      <h1>{t.busyTitle}</h1>
      <p>{body}</p>
    </section>,
    { status: 503 },
  );
}

/** The one error path: HTTPExceptions get their own status and message, anything else a 500 with an incident id. */
export function onError(err: Error, c: Context<AppEnv>) {
  ensureContext(c);
  const t = c.var.t.common;
  if (err instanceof PoolBusyError || err instanceof PoolTimeoutError || err instanceof PoolWorkerError)
    return overloaded(err, c);
  if (err instanceof HTTPException) {
    if (err.status === 404) return notFound(c);
    const [title, body] =
      err.message === 'csrf'
        ? [t.csrfTitle, t.csrfBody]
        : err.status === 403
          ? [t.forbiddenTitle, t.forbiddenBody]
          : err.status === 413
            ? [t.tooLargeTitle, err.message]
            : err.status === 409
              ? [t.conflictTitle, err.message]
              : [t.errorTitle, err.message];
    // A refused action sends the user back to where they were, when that was a page of ours.
    const referer = safeUrl(c.req.header('referer'), c.req.url);
    const back = referer?.host === new URL(c.req.url).host ? referer.pathname : undefined;
    return page(
      c,
      title,
      <section>
        <h1>{title}</h1>
        <p>{body}</p>
        <p>{back ? <a href={back}>{t.back}</a> : <a href="/">{t.toHome}</a>}</p>
      </section>,
      { status: err.status as 400 },
    );
  }
  const incident = randomBytes(4).toString('hex');
  // The route pattern, never the URL: a panellist's path carries their personal token.
  console.error(`[incident ${incident}] ${c.req.method} ${routePattern(c)}`, err);
  return page(
    c,
    t.errorTitle,
    <section>
      <h1>{t.errorTitle}</h1>
      <p>
        {t.errorBody} <strong>{incident}</strong>
      </p>
    </section>,
    { status: 500 },
  );
}
