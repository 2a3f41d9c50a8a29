import type { Context } from 'hono';
import { raw } from 'hono/html';
import type { Child } from 'hono/jsx';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { Layout, type PageContext } from '../../views/layout';
import { texts, type Lang } from '../../views/i18n';
import { PanelLayout } from '../../views/pages/participate/layout';
import type { AppVariables } from './env';

type Ctx = Context<{ Variables: AppVariables }>;

export function pageContext<E extends { Variables: AppVariables }>(c: Context<E>): PageContext {
  const v = (c as unknown as Ctx).var;
  const url = new URL(c.req.url);
  return {
    t: v.t,
    lang: v.lang,
    csrf: v.csrf,
    user: v.user ? { name: v.user.name, email: v.user.email } : undefined,
    path: url.pathname + url.search,
  };
}

/** Renders a full page in the layout, or only the fragment when htmx asks for a partial swap. */
export function page<E extends { Variables: AppVariables }>(
  c: Context<E>,
  title: string,
  body: Child,
  opts: { status?: ContentfulStatusCode; wide?: boolean } = {},
) {
  return c.html(
    <Layout ctx={pageContext(c)} title={title} wide={opts.wide}>
      {body}
    </Layout>,
    opts.status ?? 200,
  );
}

const SLOT = '<!--maatstaf-page-slot-->';

/**
 * A full page in the layout whose main part arrives as UTF-8 bytes (rendered in the worker pool): only the small
 * page shell is rendered and encoded here, the large part is copied in as it is.
 */
export async function pageWithBytes<E extends { Variables: AppVariables }>(
  c: Context<E>,
  title: string,
  before: Child,
  bytes: Uint8Array,
  opts: { status?: ContentfulStatusCode; wide?: boolean } = {},
) {
  const shell = String(
    await (
      <Layout ctx={pageContext(c)} title={title} wide={opts.wide}>
        {before}
        {raw(SLOT)}
      </Layout>
    ).toString(),
  );
  const at = shell.indexOf(SLOT);
  // Sent as three parts, so the large one is written as it came from the worker, not copied into a new buffer.
  const parts = [Buffer.from(shell.slice(0, at)), bytes, Buffer.from(shell.slice(at + SLOT.length))];
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const part of parts) controller.enqueue(part);
      controller.close();
    },
  });
  return c.body(body, opts.status ?? 200, {
    'Content-Type': 'text/html; charset=UTF-8',
    'Content-Length': String(parts.reduce((n, p) => n + p.byteLength, 0)),
  });
}

/** After a successful non-htmx POST, Post/Redirect/Get; htmx follows the same 303. */
export function seeOther<E extends { Variables: AppVariables }>(c: Context<E>, to: string) {
  return c.redirect(to, 303);
}

/**
 * A page behind a personal link (panellist or peer reviewer, no account): the small layout in the holder's
 * language once the link is known, never cached.
 */
export function linkHolderPage<E extends { Variables: AppVariables }>(
  c: Context<E>,
  holder: { lang: Lang; studyTitle: string } | undefined,
  title: string,
  body: Child,
  status: ContentfulStatusCode = 200,
) {
  const v = (c as unknown as Ctx).var;
  c.header('Cache-Control', 'no-store');
  return c.html(
    <PanelLayout
      t={holder ? texts(holder.lang) : v.t}
      lang={holder?.lang ?? v.lang}
      csrf={v.csrf}
      title={title}
      studyTitle={holder?.studyTitle}
    >
      {body}
    </PanelLayout>,
    status,
  );
}
