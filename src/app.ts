import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import type { Db } from '../db/client';
import { csrf } from './http/csrf';
import { edge } from './http/edge';
import type { AppEnv, SignedInEnv } from './http/env';
import { studyAccess } from './http/study-access';
import { notFound, onError } from './http/errors';
import { requireUser, session } from './http/session';
import { staticRoutes } from './http/static';
import type { Env } from './env';
import { loadEnv } from './env';
import { loadServerKey, type KeyProvider } from './auth/panel-key';
import { authRoutes } from './routes/auth/auth';
import { caseRoutes } from './routes/cases/cases';
import { draftRoutes } from './routes/draft/draft';
import { protocolRoutes } from './routes/report/protocol';
import { roundReportRoutes, studyReportRoutes } from './routes/report/report';
import { standardRoutes } from './routes/standard/standard';
import { panelRoutes } from './routes/panel/panel';
import { panelPersonRoutes } from './routes/panel/person';
import { accountRoutes, studyPrivacyRoutes } from './routes/studies/privacy';
import { participateRoutes } from './routes/participate/participate';
import { reviewLinkRoutes } from './routes/review/link';
import { reviewRoutes } from './routes/review/review';
import { roundRoutes } from './routes/rounds/rounds';
import { studyListRoutes, studyRoutes } from './routes/studies/studies';
import { exportRoutes, importRoutes } from './routes/studies/transfer';

export interface AppOptions {
  db: Db;
  config?: Env;
  /** Server key for panel links; without it the key file of the configuration is used (created if missing). */
  panelKey?: Buffer;
}

/** Assembles middleware and sub-apps; the server and the tests both start here. */
export function createApp({ db, config = loadEnv({}), panelKey }: AppOptions) {
  const app = new Hono<AppEnv>();
  const keyOf: KeyProvider = panelKey ? () => panelKey : () => loadServerKey(config.MAATSTAF_KEY_FILE);
  app.onError(onError);
  app.notFound(notFound);

  app.get('/healthz', (c) => c.json({ ok: true }));
  app.route('/static', staticRoutes);

  // Scripts only from our own origin (htmx; no inline scripts anywhere); styles may be inline (SVG charts, handbook).
  app.use(
    '*',
    secureHeaders({
      crossOriginEmbedderPolicy: false,
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
      },
    }),
  );
  app.use('*', async (c, next) => {
    c.set('db', db);
    c.set('config', config);
    return next();
  });
  // Uploads are at most 5 MB of file plus form fields; anything larger is refused before it is read.
  app.use('*', bodyLimit({ maxSize: 6 * 1024 * 1024, onError: (c) => c.text('Payload too large', 413) }));
  app.use('*', session);
  app.use('*', edge);
  app.use('*', csrf);
  // Every page past this point can show personal or study data (names, answers, links): no cache may keep it,
  // so the back button after logging out on a shared computer shows nothing.
  app.use('*', async (c, next) => {
    await next();
    if (!c.res.headers.has('Cache-Control')) c.res.headers.set('Cache-Control', 'no-store');
  });

  app.route('/', authRoutes);
  app.get('/', (c) => c.redirect(c.var.user ? '/studies' : '/login', 303));

  // Panellists have no account: their pages sit outside requireUser, behind session and CSRF.
  app.route('/p', participateRoutes(keyOf));
  // Peer reviewers likewise take part through personal links, without an account.
  app.route('/t', reviewLinkRoutes());

  const researcher = new Hono<SignedInEnv>();
  researcher.use('*', requireUser);
  researcher.route('/studies/import', importRoutes);
  researcher.route('/studies', studyListRoutes);
  // Every page of one study: the study loaded and the membership checked once, here.
  researcher.use('/studies/:studyId/*', studyAccess);
  researcher.route('/studies/:studyId', studyRoutes);
  researcher.route('/studies/:studyId/cases', caseRoutes);
  researcher.route('/studies/:studyId/panel', panelRoutes(keyOf));
  researcher.route('/studies/:studyId/panel', panelPersonRoutes);
  researcher.route('/studies/:studyId/privacy', studyPrivacyRoutes);
  researcher.route('/account', accountRoutes);
  researcher.route('/studies/:studyId/rounds', roundRoutes(keyOf));
  researcher.route('/studies/:studyId/draft', draftRoutes);
  researcher.route('/studies/:studyId/protocol', protocolRoutes);
  researcher.route('/studies/:studyId/report', studyReportRoutes);
  researcher.route('/studies/:studyId/rounds/:roundId', roundReportRoutes);
  researcher.route('/studies/:studyId/standard', standardRoutes);
  researcher.route('/studies/:studyId/reviews', reviewRoutes(keyOf));
  researcher.route('/studies/:studyId/transfer', exportRoutes);
  app.route('/', researcher);

  return app;
}

export type App = ReturnType<typeof createApp>;
