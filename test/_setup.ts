import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach } from 'vitest';
import { openDb, type Db } from '../db/client';
import { createApp, type App } from '../src/app';
import { createUser } from '../src/services/auth/accounts';
import { loadEnv } from '../src/env';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

/** A fresh migrated SQLite file in a temporary folder, removed after the test. */
export function tempDb(): Db {
  const dir = mkdtempSync(join(tmpdir(), 'maatstaf-test-'));
  const db = openDb(join(dir, 'test.db'));
  cleanups.push(() => {
    db.$client.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return db;
}

/** One migrated database for a whole test file (for expensive fixtures such as the demo study). */
export function suiteDb(): Db {
  const dir = mkdtempSync(join(tmpdir(), 'maatstaf-suite-'));
  const db = openDb(join(dir, 'suite.db'));
  afterAll(() => {
    db.$client.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return db;
}

export function testApp(db = tempDb()): { app: App; db: Db } {
  return { app: createApp({ db, config: loadEnv({}) }), db };
}

/**
 * A browser-like client for app.request(): keeps cookies, sends the CSRF token like our forms do, and does not
 * follow redirects (tests assert them).
 */
export class Agent {
  cookies = new Map<string, string>();
  constructor(readonly app: App) {}

  get csrf(): string {
    return this.cookies.get('mf_csrf') ?? '';
  }

  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size) headers.set('cookie', [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    const res = await this.app.request(path, { ...init, headers, redirect: 'manual' });
    for (const sc of res.headers.getSetCookie()) {
      const [pair] = sc.split(';');
      const [k, ...v] = pair!.split('=');
      const value = v.join('=');
      if (/max-age=0/i.test(sc) || value === '') this.cookies.delete(k!.trim());
      else this.cookies.set(k!.trim(), value);
    }
    return res;
  }

  get(path: string, headers: Record<string, string> = {}) {
    return this.request(path, { headers });
  }

  /** Posts a form as a browser would, with the CSRF field (unless `_csrf` is given explicitly). */
  async post(
    path: string,
    fields: Record<string, string | string[]> | FormData = {},
    headers: Record<string, string> = {},
  ) {
    if (!this.cookies.has('mf_csrf')) await this.get('/login');
    let body: URLSearchParams | FormData;
    if (fields instanceof FormData) {
      if (!fields.has('_csrf')) fields.set('_csrf', this.csrf);
      body = fields;
    } else {
      body = new URLSearchParams();
      if (!('_csrf' in fields)) body.append('_csrf', this.csrf);
      for (const [k, v] of Object.entries(fields))
        for (const x of Array.isArray(v) ? v : [v]) body.append(k, x);
    }
    return this.request(path, { method: 'POST', body, headers });
  }
}

let seq = 0;
/** Creates a researcher and returns an agent signed in as them. */
export async function signedIn(
  app: App,
  db: Db,
  name = 'Onderzoeker',
): Promise<{ agent: Agent; email: string; userId: number }> {
  const email = `r${++seq}-${Date.now()}@example.org`;
  const user = await createUser(db, { email, name, password: 'geheim-wachtwoord' });
  const agent = new Agent(app);
  const res = await agent.post('/login', { email, password: 'geheim-wachtwoord' });
  if (res.status !== 303) throw new Error(`login failed: ${res.status}`);
  return { agent, email, userId: user.id };
}

/** Creates a study through the form and returns its id. */
export async function createStudyVia(agent: Agent, fields: Record<string, string> = {}): Promise<number> {
  const res = await agent.post('/studies', { title: 'Teststudie', lang: 'nl', ...fields });
  const loc = res.headers.get('location') ?? '';
  const id = Number(/\/studies\/(\d+)/.exec(loc)?.[1]);
  if (!id) throw new Error(`study not created: ${res.status} ${await res.text()}`);
  return id;
}
