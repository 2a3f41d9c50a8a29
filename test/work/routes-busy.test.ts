import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { AppEnv } from '../../src/http/env';
import { onError } from '../../src/http/errors';
import { PoolTimeoutError, PoolWorkerError, pool } from '../../src/work/pool';
import { createStudyVia, signedIn, testApp } from '../_setup';

describe('heavy requests when the worker pool is full or a task runs too long', () => {
  it('answers a case preview with 503, Retry-After and a message while the queue is full, and serves it after', async () => {
    const { app, db } = testApp();
    const { agent } = await signedIn(app, db);
    const id = await createStudyVia(agent);
    const p = pool();
    const hold = [
      p.run('spin', [1500]),
      ...Array.from({ length: p.size - 1 + p.maxQueue }, () => p.run('spin', [1])),
    ];
    const fields = { title: 'Casus', sourceType: 'verslag', text: 'Ik heb de huisarts gebeld.' };
    const busy = await agent.post(`/studies/${id}/cases/preview`, fields);
    expect(busy.status).toBe(503);
    expect(busy.headers.get('retry-after')).toBe('10');
    expect(await busy.text()).toContain('Probeer het over tien seconden opnieuw');
    await Promise.all(hold);
    const ok = await agent.post(`/studies/${id}/cases/preview`, fields);
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain('Ik heb de huisarts gebeld.');
  }, 30_000);

  it('answers a task that ran over its time or memory budget with 503 and what to do, without Retry-After', async () => {
    const app = new Hono<AppEnv>();
    app.onError(onError);
    app.get('/slow', () => {
      throw new PoolTimeoutError('x');
    });
    app.get('/heavy', () => {
      throw new PoolWorkerError('x');
    });
    const slow = await app.request('/slow');
    expect(slow.status).toBe(503);
    expect(slow.headers.get('retry-after')).toBeNull();
    expect(await slow.text()).toContain('langer dan 60 seconden');
    const heavy = await app.request('/heavy');
    expect(heavy.status).toBe(503);
    expect(await heavy.text()).toContain('meer geheugen');
  });

  it('marks the case form and the draft proposal with a working message that htmx shows while they run', async () => {
    const { app, db } = testApp();
    const { agent } = await signedIn(app, db);
    const id = await createStudyVia(agent);
    for (const path of [`/studies/${id}/cases/new`, `/studies/${id}/draft`]) {
      const html = await (await agent.get(path)).text();
      expect(html).toMatch(/class="busy" role="status"[^>]*><span class="busy-text">Bezig … dit kan/);
    }
  });
});
