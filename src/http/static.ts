import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));

// Served from our own process (never a CDN): htmx from node_modules, our stylesheet from views/static.
export const staticRoutes = new Hono();

staticRoutes.use(async (c, next) => {
  await next();
  if (c.res.status === 200) c.res.headers.set('Cache-Control', 'public, max-age=3600');
});

staticRoutes.get('/htmx.min.js', serveStatic({ path: require.resolve('htmx.org/dist/htmx.min.js') }));
staticRoutes.get(
  '/*',
  serveStatic({
    root: join(here, '../../views/static'),
    rewriteRequestPath: (path) => path.replace(/^\/static/, ''),
  }),
);
// Anything else under /static is not a page of the app.
staticRoutes.get('/*', (c) => c.notFound());
