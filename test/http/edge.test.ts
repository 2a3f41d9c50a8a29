import { describe, expect, it } from 'vitest';
import { Agent, createStudyVia, signedIn, testApp } from '../_setup';

const ids = (n: number) => Array.from({ length: n }, (_, i) => String(i + 1));

describe('requests refused at the edge', () => {
  it('answers POST /logout with an unterminated multipart part with 400 before any login', async () => {
    const { app } = testApp();
    const agent = new Agent(app);
    await agent.get('/login');
    const res = await agent.request('/logout', {
      method: 'POST',
      headers: { 'content-type': 'multipart/form-data; boundary=X' },
      body: '--X\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\nabc',
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('onvolledig of beschadigd');
  });

  it('refuses an Origin that does not parse as a foreign origin (403)', async () => {
    const { app, db } = testApp();
    const { agent } = await signedIn(app, db);
    const res = await agent.post('/studies', { title: 'X', lang: 'nl' }, { origin: 'garbage' });
    expect(res.status).toBe(403);
  });

  it('renders a refusal with a Referer that does not parse, without a 500', async () => {
    const { app } = testApp();
    const agent = new Agent(app);
    await agent.get('/login');
    const res = await agent.request('/logout', { method: 'POST', headers: { referer: 'http://[::1' } });
    expect(res.status).toBe(403);
    expect(await res.text()).toContain('Naar het overzicht');
  });

  it('answers 40,000 ids to merge with 413 and a message, not "too many SQL variables"', async () => {
    const { app, db } = testApp();
    const { agent } = await signedIn(app, db);
    const studyId = await createStudyVia(agent);
    const post = await agent.post(`/studies/${studyId}/draft/merge`, { ids: ids(40_000), reason: 'x' });
    expect(post.status).toBe(413);
    expect(await post.text()).toContain('te veel velden');
    const get = await agent.get(`/studies/${studyId}/draft/merge?ids=${ids(40_000).join('&ids=')}`);
    expect(get.status).toBe(413);
  });

  it('still merges a list of ids of ordinary length', async () => {
    const { app, db } = testApp();
    const { agent } = await signedIn(app, db);
    const studyId = await createStudyVia(agent);
    const res = await agent.get(`/studies/${studyId}/draft/merge?ids=${ids(3000).join('&ids=')}`);
    expect(res.status).toBeLessThan(400);
  });
});
