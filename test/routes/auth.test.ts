import { describe, expect, it } from 'vitest';
import { createSetupToken } from '../../src/services/auth/setup';
import { Agent, signedIn, testApp } from '../_setup';

describe('GET /healthz', () => {
  it('answers ok without a login', async () => {
    const { app } = testApp();
    const res = await app.request('/healthz');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });
});

describe('first-run setup', () => {
  it('creates the first researcher through the one-time link and signs them in', async () => {
    const { app, db } = testApp();
    const token = createSetupToken(db)!;
    expect(token).toBeTruthy();
    const agent = new Agent(app);
    expect((await agent.get(`/setup/${token}`)).status).toBe(200);
    const res = await agent.post(`/setup/${token}`, {
      name: 'Anna',
      email: 'anna@example.org',
      password: 'lang-genoeg-1',
    });
    expect(res.status).toBe(303);
    expect((await agent.get('/studies')).status).toBe(200);
  });

  it('refuses the link a second time', async () => {
    const { app, db } = testApp();
    const token = createSetupToken(db)!;
    const agent = new Agent(app);
    await agent.post(`/setup/${token}`, {
      name: 'Anna',
      email: 'anna@example.org',
      password: 'lang-genoeg-1',
    });
    const again = await new Agent(app).post(`/setup/${token}`, {
      name: 'Eve',
      email: 'eve@example.org',
      password: 'lang-genoeg-1',
    });
    expect(again.status).toBe(410);
    expect(createSetupToken(db)).toBeUndefined();
  });

  it('re-renders with 422 and keeps the entered values when the password is too short', async () => {
    const { app, db } = testApp();
    const token = createSetupToken(db)!;
    const res = await new Agent(app).post(`/setup/${token}`, {
      name: 'Anna',
      email: 'anna@example.org',
      password: 'kort',
    });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('minstens 10 tekens');
    expect(html).toContain('value="anna@example.org"');
  });
});

describe('POST /login', () => {
  it('signs in with the right password and sets an HttpOnly SameSite=Lax session cookie', async () => {
    const { app, db } = testApp();
    const { email } = await signedIn(app, db);
    const agent = new Agent(app);
    await agent.get('/login');
    const res = await agent.post('/login', { email, password: 'geheim-wachtwoord' });
    expect(res.status).toBe(303);
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('mf_session='))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i);
  });

  it('marks the session cookie Secure when the request came over https', async () => {
    const { app, db } = testApp();
    const { email } = await signedIn(app, db);
    const agent = new Agent(app);
    await agent.get('/login');
    const res = await agent.post(
      '/login',
      { email, password: 'geheim-wachtwoord' },
      { 'x-forwarded-proto': 'https' },
    );
    expect(res.headers.getSetCookie().find((c) => c.startsWith('mf_session='))).toMatch(/Secure/);
  });

  it('refuses a wrong password with a message and keeps the e-mail address', async () => {
    const { app, db } = testApp();
    const { email } = await signedIn(app, db);
    const res = await new Agent(app).post('/login', { email, password: 'fout-wachtwoord' });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('horen niet bij elkaar');
    expect(html).toContain(`value="${email}"`);
  });

  it('throttles after 5 failures for an account and address, even with the right password', async () => {
    const { app, db } = testApp();
    const { email } = await signedIn(app, db);
    const agent = new Agent(app);
    for (let i = 0; i < 5; i++)
      expect((await agent.post('/login', { email, password: `fout-${i}-xxxxxx` })).status).toBe(422);
    const res = await agent.post('/login', { email, password: 'geheim-wachtwoord' });
    expect(res.status).toBe(429);
    expect(await res.text()).toContain('15 minuten');
  });

  it('logs out and the old session no longer works', async () => {
    const { app, db } = testApp();
    const { agent } = await signedIn(app, db);
    const session = agent.cookies.get('mf_session')!;
    expect((await agent.post('/logout')).status).toBe(303);
    const replay = new Agent(app);
    replay.cookies.set('mf_session', session);
    const res = await replay.get('/studies');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toContain('/login');
  });
});

describe('access without a login', () => {
  it('sends an anonymous visitor of a study page to the login page', async () => {
    const { app } = testApp();
    const res = await app.request('/studies/1');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/login?next=%2Fstudies%2F1');
  });

  it('serves htmx from our own server', async () => {
    const { app } = testApp();
    const res = await app.request('/static/htmx.min.js');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('htmx');
  });
});

describe('CSRF protection', () => {
  it('refuses a state-changing request without the token', async () => {
    const { app, db } = testApp();
    const { agent } = await signedIn(app, db);
    const res = await agent.post('/studies', { title: 'X', _csrf: '' });
    expect(res.status).toBe(403);
    expect(await res.text()).toContain('Verzoek geweigerd');
  });

  it('refuses a request with a token from another browser', async () => {
    const { app, db } = testApp();
    const { agent } = await signedIn(app, db);
    const other = new Agent(app);
    await other.get('/login');
    const res = await agent.post('/studies', { title: 'X', _csrf: other.csrf });
    expect(res.status).toBe(403);
  });

  it('refuses a form posted from a foreign origin', async () => {
    const { app, db } = testApp();
    const { agent } = await signedIn(app, db);
    const res = await agent.post('/studies', { title: 'X' }, { origin: 'https://evil.example' });
    expect(res.status).toBe(403);
  });

  it('accepts the token in the X-CSRF-Token header, as htmx sends it', async () => {
    const { app, db } = testApp();
    const { agent } = await signedIn(app, db);
    const res = await agent.request('/studies', {
      method: 'POST',
      body: new URLSearchParams({ title: 'Via htmx' }),
      headers: { 'x-csrf-token': agent.csrf, 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(res.status).toBe(303);
  });
});

describe('errors in the user language', () => {
  it('shows a Dutch 404 page by default and an English one on request', async () => {
    const { app, db } = testApp();
    const { agent } = await signedIn(app, db);
    const nl = await agent.get('/bestaat-niet');
    expect(nl.status).toBe(404);
    expect(await nl.text()).toContain('Pagina niet gevonden');
    await agent.post('/lang/en', { back: '/studies' });
    const en = await agent.get('/bestaat-niet');
    expect(await en.text()).toContain('Page not found');
  });
});

describe('first start with the demo', () => {
  it('still offers the setup link when only the demo researcher exists', async () => {
    const { db } = testApp();
    const { ensureDemo } = await import('../../src/services/demo/seed');
    await ensureDemo(db);
    expect(createSetupToken(db)).toBeTruthy();
  });
});

describe('unexpected errors', () => {
  it('show a plain 500 page with an incident id and keep the stack out of the page', async () => {
    const { app, db } = testApp();
    app.get('/kapot', () => {
      throw new Error('geheime stacktrace');
    });
    const { agent } = await signedIn(app, db);
    const errors: unknown[] = [];
    const orig = console.error;
    console.error = (...a: unknown[]) => errors.push(a);
    try {
      const res = await agent.get('/kapot');
      expect(res.status).toBe(500);
      const html = await res.text();
      expect(html).toMatch(/Noem dit kenmerk[^<]*<strong>[0-9a-f]{8}<\/strong>/);
      expect(html).not.toContain('geheime stacktrace');
      expect(errors).toHaveLength(1);
    } finally {
      console.error = orig;
    }
  });
});

describe('security headers', () => {
  it('allow scripts only from our own origin', async () => {
    const { app } = testApp();
    const res = await app.request('/login');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
  });
});

describe('pruneLoginFailures', () => {
  it('drops failed logins older than the throttle window, so the table does not grow for ever', async () => {
    const { app, db } = testApp();
    const { email } = await signedIn(app, db);
    await new Agent(app).post('/login', { email, password: 'fout-wachtwoord-1' });
    const { pruneLoginFailures, countRecentFailures } = await import('../../db/auth/users');
    pruneLoginFailures(db, 60_000);
    expect(countRecentFailures(db, email, 'local', 60_000)).toBe(1);
    pruneLoginFailures(db, -1);
    expect(db.$client.prepare('select count(*) as n from login_failures').get()).toEqual({ n: 0 });
  });
});
