import { describe, expect, it } from 'vitest';
import { addPanel, openedRound, panellistAgent, roundsWorld } from '../rounds/_fixture';

describe('personal links', () => {
  it('are built from PUBLIC_URL, never from the Host header of the request', async () => {
    const w = await roundsWorld({ config: { PUBLIC_URL: 'https://maatstaf.example.nl' } });
    const [anna] = addPanel(w.db, w.studyId);
    // As @hono/node-server does, the request URL carries the Host header the client sent.
    const res = await w.agent.get(`http://evil.example/studies/${w.studyId}/panel/${anna!.id}/link`, {
      host: 'evil.example',
    });
    const html = await res.text();
    expect(html).toContain(`https://maatstaf.example.nl${anna!.path}`);
    expect(html).not.toContain('evil.example');
  });

  it('without PUBLIC_URL (loopback only) point to localhost, not to the Host header', async () => {
    const w = await roundsWorld();
    const [anna] = addPanel(w.db, w.studyId);
    const html = await (
      await w.agent.get(`http://evil.example/studies/${w.studyId}/panel/${anna!.id}/link`, {
        host: 'evil.example',
      })
    ).text();
    expect(html).toContain(`http://localhost:3000${anna!.path}`);
    expect(html).not.toContain('evil.example');
  });
});

describe('Cache-Control', () => {
  it('is no-store on every page with personal or study data, for researchers and panellists', async () => {
    const w = await roundsWorld();
    const [anna] = addPanel(w.db, w.studyId);
    const round = openedRound(w.db, w.userId, w.studyId, { kind: 'rating' });
    for (const path of [
      '/studies',
      `/studies/${w.studyId}`,
      `/studies/${w.studyId}/panel`,
      `/studies/${w.studyId}/rounds/${round.id}`,
      `/studies/${w.studyId}/panel/${anna!.id}/link`,
    ]) {
      const res = await w.agent.get(path);
      expect([path, res.status]).toEqual([path, 200]);
      expect([path, res.headers.get('cache-control')]).toEqual([path, 'no-store']);
    }
    const p = panellistAgent(w.app);
    for (const path of [anna!.path, `${anna!.path}/r/${round.id}`])
      expect((await p.get(path)).headers.get('cache-control')).toBe('no-store');
  });
});

describe('POST /studies/:id/rounds/:rid/reminders.csv', () => {
  it('writes a formula-like name as text, not as a live =HYPERLINK( cell', async () => {
    const w = await roundsWorld();
    addPanel(w.db, w.studyId, [
      {
        name: '=HYPERLINK("http://evil.example","klik")',
        email: 'x@example.org',
        organisation: '@org',
        role: '',
        stakeholderGroup: '',
      },
    ]);
    const round = openedRound(w.db, w.userId, w.studyId, { kind: 'rating' });
    const csv = await (await w.agent.post(`/studies/${w.studyId}/rounds/${round.id}/reminders.csv`)).text();
    const row = csv.split('\r\n')[1]!;
    expect(row.startsWith(`"'=HYPERLINK(`)).toBe(true);
    expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m);
  });
});
