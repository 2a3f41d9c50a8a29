import type { Child } from 'hono/jsx';
import type { Dict, Lang } from '../../i18n';

/**
 * The panellist's pages: no researcher navigation and no language switch (the study's language is used),
 * mobile first. htmx sends the CSRF header from <body>.
 */
export function PanelLayout(props: {
  t: Dict;
  lang: Lang;
  csrf: string;
  title: string;
  studyTitle?: string | undefined;
  children: Child;
}) {
  return (
    <html lang={props.lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="no-referrer" />
        <meta name="robots" content="noindex" />
        <title>{`${props.title} · ${props.t.common.appName}`}</title>
        <link rel="stylesheet" href="/static/app.css" />
        <script src="/static/htmx.min.js" defer></script>
      </head>
      <body class="panel-page" hx-headers:inherited={JSON.stringify({ 'X-CSRF-Token': props.csrf })}>
        <a class="skip" href="#main">
          {props.t.common.skipToContent}
        </a>
        <header class="top">
          <span class="brand">{props.t.common.appName}</span>
          {props.studyTitle && <span class="study-name">{props.studyTitle}</span>}
        </header>
        <main id="main" class="panel-main" tabindex={-1}>
          {props.children}
        </main>
      </body>
    </html>
  );
}
