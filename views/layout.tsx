import type { Child } from 'hono/jsx';
import type { Dict, Lang } from './i18n';

export interface PageContext {
  t: Dict;
  lang: Lang;
  csrf: string;
  user?: { name: string; email: string } | undefined;
  /** Current path, used for the language switch to come back to the same page. */
  path: string;
}

export function Layout(props: { ctx: PageContext; title: string; children: Child; wide?: boolean }) {
  const { t, lang, csrf, user, path } = props.ctx;
  const other: Lang = lang === 'nl' ? 'en' : 'nl';
  return (
    <html lang={lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="csrf-token" content={csrf} />
        <title>{`${props.title} · ${t.common.appName}`}</title>
        <link rel="stylesheet" href="/static/app.css" />
        {/* No favicon yet: an empty one saves every page a 404 for /favicon.ico. */}
        <link rel="icon" href="data:," />
        <script src="/static/htmx.min.js" defer></script>
      </head>
      <body hx-boost:inherited="true" hx-headers:inherited={JSON.stringify({ 'X-CSRF-Token': csrf })}>
        <a class="skip" href="#main">
          {t.common.skipToContent}
        </a>
        <header class="top">
          <a class="brand" href="/">
            {t.common.appName}
          </a>
          <nav aria-label={t.common.mainNav}>
            {user && <a href="/studies">{t.common.studies}</a>}
            <form method="post" action={`/lang/${other}`} class="inline">
              <input type="hidden" name="_csrf" value={csrf} />
              <input type="hidden" name="back" value={path} />
              <button type="submit" class="link" lang={other} hx-boost="false">
                {t.common.switchTo}
              </button>
            </form>
            {user && <a href="/account">{t.privacy.accountTitle}</a>}
            {user && (
              <form method="post" action="/logout" class="inline">
                <input type="hidden" name="_csrf" value={csrf} />
                <button type="submit" class="link" hx-boost="false">
                  {t.common.logout} <span class="muted">({user.name})</span>
                </button>
              </form>
            )}
          </nav>
        </header>
        <main id="main" class={props.wide ? 'wide' : undefined} tabindex={-1}>
          {props.children}
        </main>
      </body>
    </html>
  );
}
