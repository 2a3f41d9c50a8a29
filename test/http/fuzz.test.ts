import { describe, expect, it } from 'vitest';
import { roundItemsOf } from '../../db/rounds/rounds';
import { Agent, signedIn } from '../_setup';
import { addPanel, openedRound, roundsWorld } from '../rounds/_fixture';

/** A small seeded generator, so a failure can be replayed with the same seed. */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SEED = Number(process.env.FUZZ_SEED ?? 11);
const REQUESTS = 2400;

const BAD_IDS = [
  '0',
  '-1',
  'abc',
  '1.5',
  '1e999',
  '99999999999999999999999',
  '%ff',
  '%00',
  'NaN',
  'x'.repeat(300),
];
const FIELDS = [
  'title',
  'text',
  'label',
  'name',
  'email',
  'comment',
  'reason',
  'ids',
  'itemIds',
  'clusterId',
  'target',
  'importance',
  'frequency',
  'kind',
  'lang',
  'original',
  'keep',
  'position',
  'n',
  'password',
  'next',
  'back',
  'role',
  'closesAt',
  'agrees',
  'choice',
  'instructions',
  'rule',
  'scale',
  'version',
  'format',
  'practitioner',
];
const VALUES = [
  '',
  'x',
  '-1',
  '0',
  '1',
  '1e999',
  'NaN',
  '<script>alert(1)</script>',
  '\u0000',
  '99999999999999999999',
  '2026-13-45T99:99',
  ' '.repeat(10),
  'a'.repeat(200_000),
  '/\\evil.example',
  'true',
  '[]',
  '{"a":1}',
  'é'.repeat(50),
];

type Role = 'anonymous' | 'researcher' | 'panellist';

describe('malformed requests over every route', () => {
  it(`answers ${REQUESTS} malformed requests as anonymous, researcher and panellist without a 5xx, and stays healthy`, async () => {
    const w = await roundsWorld();
    const panel = addPanel(w.db, w.studyId);
    const round = openedRound(w.db, w.userId, w.studyId, { kind: 'rating' });
    const roundItems = roundItemsOf(w.db, round.id).map((i) => i.id);
    const token = panel[0]!.path.slice(3);
    const valid: Record<string, string[]> = {
      studyId: [String(w.studyId)],
      roundId: [String(round.id)],
      itemId: [...w.itemIds, ...roundItems].map(String),
      roundItemId: roundItems.map(String),
      clusterId: w.clusterIds.map(String),
      caseId: ['1'],
      suggestionId: ['1'],
      checkId: ['1'],
      id: panel.map((p) => String(p.id)),
      userId: [String(w.userId)],
      n: ['1'],
      token: [token],
      lang: ['nl', 'en'],
      name: ['htmx.min.js', 'style.css'],
      file: ['handbook.html', 'handbook.md'],
    };
    const routes = [
      ...new Set(w.app.routes.filter((r) => r.method !== 'ALL').map((r) => `${r.method} ${r.path}`)),
    ];
    expect(routes.length).toBeGreaterThan(100);

    const rand = rng(SEED);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
    let researcher = w.agent;
    const panellist = new Agent(w.app);
    await panellist.get(panel[0]!.path);

    const fill = (path: string) =>
      path.replace(/:(\w+)(\{[^}]*\})?/g, (_, name: string) =>
        rand() < 0.8 && valid[name] ? pick(valid[name]!) : pick(BAD_IDS),
      );
    const form = () => {
      const body = new URLSearchParams();
      const n = 1 + Math.floor(rand() * 6);
      for (let i = 0; i < n; i++) body.append(pick(FIELDS), pick(VALUES));
      return body.toString();
    };
    const bodies: (() => { type?: string; body: BodyInit })[] = [
      () => ({ type: 'application/x-www-form-urlencoded', body: form() }),
      () => ({ type: 'application/x-www-form-urlencoded', body: form() + '&bad=%zz%ff&' + '%E0%A4%A' }),
      () => ({
        type: 'application/x-www-form-urlencoded',
        body: Buffer.concat([
          Buffer.from('title='),
          Buffer.from([0xff, 0xfe, 0xc3, 0x28]),
          Buffer.from('&text=a'),
        ]),
      }),
      () => ({
        type: 'multipart/form-data; boundary=X',
        body: '--X\r\nContent-Disposition: form-data; name="title"\r\n\r\nunterminated',
      }),
      () => ({ type: 'multipart/form-data', body: 'no boundary at all' }),
      () => ({
        type: 'multipart/form-data; boundary=X',
        body: '--X\r\nContent-Disposition: form-data; name="file"; filename="a.docx"\r\n\r\nPK\u0003\u0004garbage\r\n--X--\r\n',
      }),
      () => ({ type: 'application/json', body: '{"title": [1,2,' }),
      () => ({ type: 'text/plain', body: 'hello' }),
      () => ({
        type: 'application/x-www-form-urlencoded',
        body: `ids=${Array.from({ length: 40_000 }, (_, i) => i + 1).join('&ids=')}`,
      }),
      () => ({ type: '%%%garbage', body: 'x=1' }),
      () => ({ body: '' }),
    ];
    const headerSets: (() => Record<string, string>)[] = [
      () => ({}),
      () => ({ origin: 'garbage' }),
      () => ({ referer: 'http://[::1' }),
      () => ({ origin: 'http://[::1', referer: '::::' }),
      () => ({ 'hx-request': 'true', 'hx-target': '#\u00ff' }),
      () => ({ 'accept-language': ';q=abc,,', cookie: 'mf_session=%E0%A4%A; mf_lang=%%; mf_csrf=' }),
      () => ({ 'content-length': '-5', 'x-csrf-token': '\u00ff'.repeat(40) }),
      () => ({ 'x-forwarded-proto': 'gopher' }),
    ];

    const failures: string[] = [];
    const statuses: Record<number, number> = {};
    const perRole: Record<Role, number> = { anonymous: 0, researcher: 0, panellist: 0 };
    for (let i = 0; i < REQUESTS; i++) {
      const role = pick<Role>(['anonymous', 'researcher', 'panellist']);
      const [method, rawPath] = pick(routes).split(' ') as [string, string];
      const path = fill(rawPath) + (rand() < 0.2 ? `?${form()}` : '');
      const headers: Record<string, string> = pick(headerSets)();
      let init: RequestInit = { method, headers };
      if (method === 'POST') {
        const b = pick(bodies)();
        if (b.type) headers['content-type'] = b.type;
        init = { method, headers, body: b.body };
      }
      if (role === 'researcher' && !researcher.cookies.has('mf_session'))
        researcher = (await signedIn(w.app, w.db)).agent;
      const agent = role === 'anonymous' ? new Agent(w.app) : role === 'researcher' ? researcher : panellist;
      if (agent.csrf && rand() < 0.85) headers['x-csrf-token'] = agent.csrf;
      perRole[role]++;
      const res = await agent.request(path, init);
      if (res.status >= 500)
        failures.push(
          `${res.status} ${role} ${method} ${path.slice(0, 120)} ${JSON.stringify(headers).slice(0, 200)}`,
        );
      statuses[res.status] = (statuses[res.status] ?? 0) + 1;
      await res.arrayBuffer();
    }
    console.log(
      `fuzz: ${REQUESTS} requests (${JSON.stringify(perRole)}) over ${routes.length} routes, ${failures.length} answered 5xx; statuses ${JSON.stringify(statuses)}`,
    );
    expect(failures).toEqual([]);
    expect((await w.app.request('/healthz')).status).toBe(200);
    expect((await researcher.get('/studies')).status).toBe(200);
  }, 60_000);
});
