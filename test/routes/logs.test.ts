import { afterEach, describe, expect, it, vi } from 'vitest';
import { addPanel, roundsWorld } from '../rounds/_fixture';

afterEach(() => vi.restoreAllMocks());

describe('error log', () => {
  it('names the route pattern of a failed panellist request, never the personal token', async () => {
    const w = await roundsWorld();
    const [anna] = addPanel(w.db, w.studyId);
    const token = anna!.path.slice('/p/'.length);
    const logged: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
      logged.push(args.map((a) => (a instanceof Error ? `${a.message}\n${a.stack}` : String(a))).join(' '));
    });
    // A broken database makes every request fail with a 500 and an incident in the log.
    w.db.$client.exec('DROP TABLE participations');
    const res = await w.app.request(`${anna!.path}/r/1`);
    expect(res.status).toBe(500);
    expect(logged.join('\n')).toMatch(/GET \/p\/:token\//);
    expect(logged.join('\n')).not.toContain(token);
  });
});
