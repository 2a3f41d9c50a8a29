import { describe, expect, it } from 'vitest';
import { testApp } from '../_setup';

describe('GET /static/*', () => {
  it('serves htmx from node_modules as JavaScript, cached for an hour', async () => {
    const { app } = testApp();
    const res = await app.request('/static/htmx.min.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('public, max-age=3600');
    expect(await res.text()).toContain('htmx');
  });

  it('serves the stylesheet from views/static as CSS, cached for an hour', async () => {
    const { app } = testApp();
    const res = await app.request('/static/app.css');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('public, max-age=3600');
  });

  it('answers 404 for a file that is not there and for a path that climbs out of the folder', async () => {
    const { app } = testApp();
    expect((await app.request('/static/nothing.js')).status).toBe(404);
    expect((await app.request('/static/..%2F..%2Fpackage.json')).status).toBe(404);
  });
});
