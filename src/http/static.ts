import { Hono } from 'hono';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));

// Served from our own process (never a CDN): htmx from node_modules, our stylesheet from views/static.
const files: Record<string, { path: string; type: string }> = {
  'htmx.min.js': {
    path: require.resolve('htmx.org/dist/htmx.min.js'),
    type: 'text/javascript; charset=utf-8',
  },
  'app.css': { path: join(here, '../../views/static/app.css'), type: 'text/css; charset=utf-8' },
};

const cache = new Map<string, Buffer>();

export const staticRoutes = new Hono();

staticRoutes.get('/:name', (c) => {
  const file = files[c.req.param('name')];
  if (!file) return c.notFound();
  let body = cache.get(file.path);
  if (!body) {
    try {
      body = readFileSync(file.path);
    } catch {
      return c.notFound();
    }
    cache.set(file.path, body);
  }
  c.header('Content-Type', file.type);
  c.header('Cache-Control', 'public, max-age=3600');
  return c.body(new Uint8Array(body));
});
