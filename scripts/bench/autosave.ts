/**
 * Autosave benchmark: the real server (child process) under concurrent rating autosaves, against a bare Hono
 * endpoint doing one better-sqlite3 insert (also a child process), same machine, same run.
 * Last line: {"rps":…,"p50_ms":…,"p99_ms":…,"bare_rps":…,"ratio":…}
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedRatingStudy } from './rating-study';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
// 16 panellists saving back to back with no pause between answers: thousands of saves a second, far above a
// real panel. With 32 the queue on this 2-core machine (load generator included) dominates p99 for both servers.
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const ITEMS = 300;
const PANELLISTS = 1000;

if (process.argv[2] === '--bare') await bareServer(Number(process.argv[3]), process.argv[4]!);
else await main();

async function bareServer(port: number, file: string) {
  const { Hono } = await import('hono');
  const { serve } = await import('@hono/node-server');
  const Database = (await import('better-sqlite3')).default;
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  // The same durability as Maatstaf (db/client.ts), so the ratio measures our stack, not the fsync.
  db.pragma('synchronous = FULL');
  db.exec('create table if not exists t (id integer primary key, a integer, b integer, at integer)');
  const insert = db.prepare('insert into t (a, b, at) values (?, ?, ?)');
  const app = new Hono();
  app.post('/save', async (c) => {
    const body = await c.req.parseBody();
    insert.run(Number(body['importance']), Number(body['frequency']), Date.now());
    return c.html('ok');
  });
  serve({ fetch: app.fetch, port, hostname: '127.0.0.1' });
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

async function waitFor(url: string, child: ChildProcess) {
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no answer from ${url}`);
}

interface Target {
  /** Prepares one client (cookies) and returns a function that sends one autosave. */
  client: (i: number) => Promise<() => Promise<Response>>;
}

interface Measured {
  lat: number[];
  errors: number;
  seconds: number;
}

async function drive(target: Target, seconds: number): Promise<Measured> {
  const senders = await Promise.all(Array.from({ length: CONCURRENCY }, (_, i) => target.client(i)));
  const lat: number[] = [];
  let errors = 0;
  const warmEnd = Date.now() + 300;
  const end = warmEnd + seconds * 1000;
  await Promise.all(
    senders.map(async (send) => {
      while (Date.now() < end) {
        const t0 = performance.now();
        const res = await send();
        await res.arrayBuffer();
        if (!res.ok) errors++;
        if (Date.now() >= warmEnd) lat.push(performance.now() - t0);
      }
    }),
  );
  return { lat, errors, seconds };
}

function summary(label: string, parts: Measured[]) {
  const lat = parts.flatMap((p) => p.lat).sort((a, b) => a - b);
  const seconds = parts.reduce((s, p) => s + p.seconds, 0);
  const errors = parts.reduce((s, p) => s + p.errors, 0);
  const q = (p: number) => lat[Math.min(lat.length - 1, Math.floor(p * lat.length))] ?? 0;
  const rps = lat.length / seconds;
  console.log(
    `${label}: ${lat.length} requests in ${seconds} s = ${rps.toFixed(0)} req/s, p50 ${q(0.5).toFixed(2)} ms, p99 ${q(0.99).toFixed(2)} ms, errors ${errors}`,
  );
  return { rps, p50: q(0.5), p99: q(0.99), errors };
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'maatstaf-bench-'));
  const children: ChildProcess[] = [];
  // npx starts a chain of processes; each child gets its own process group so the whole chain is stopped.
  const kill = (c: ChildProcess) => {
    try {
      process.kill(-c.pid!, 'SIGTERM');
    } catch {
      /* already gone */
    }
  };
  const stop = () => children.forEach(kill);
  process.on('exit', stop);
  try {
    const dbFile = join(dir, 'bench.db');
    const keyFile = join(dir, 'bench.key');
    const seeded = await seed(dbFile, keyFile);
    console.log(
      `Seeded ${ITEMS} items, ${PANELLISTS} panellists, open rating round ${seeded.roundId} (${seeded.itemIds.length} round items).`,
    );

    const port = await freePort();
    const env = {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      MAATSTAF_DB: dbFile,
      MAATSTAF_DEMO: 'off',
      MAATSTAF_KEY_FILE: keyFile,
    };
    // The server as `npm start` runs it (with its node flags).
    const server = spawn('npm', ['start', '--silent'], {
      env,
      stdio: ['ignore', 'ignore', 'inherit'],
      detached: true,
    });
    children.push(server);
    const base = `http://127.0.0.1:${port}`;
    await waitFor(`${base}/healthz`, server);

    const barePort = await freePort();
    const bare = spawn(
      'npx',
      ['tsx', 'scripts/bench/autosave.ts', '--bare', String(barePort), join(dir, 'bare.db')],
      { stdio: ['ignore', 'ignore', 'inherit'], detached: true },
    );
    children.push(bare);
    const bareBase = `http://127.0.0.1:${barePort}`;
    await waitForAny(bareBase, bare);

    const realTarget: Target = {
      client: async (i) => {
        const path = seeded.paths[(i * 31) % seeded.paths.length]!;
        const res = await fetch(`${base}${path}`);
        await res.arrayBuffer();
        const csrf = /mf_csrf=([^;]+)/.exec(res.headers.getSetCookie().join(';'))![1]!;
        const headers = {
          cookie: `mf_csrf=${csrf}`,
          'x-csrf-token': csrf,
          'hx-request': 'true',
          'content-type': 'application/x-www-form-urlencoded',
        };
        return () => {
          const item = seeded.itemIds[Math.floor(Math.random() * seeded.itemIds.length)]!;
          const body = `importance=${1 + Math.floor(Math.random() * 9)}&frequency=${1 + Math.floor(Math.random() * 5)}&comment=`;
          return fetch(`${base}${path}/r/${seeded.roundId}/i/${item}`, { method: 'POST', headers, body });
        };
      },
    };
    const bareTarget: Target = {
      client: async () => () =>
        fetch(`${bareBase}/save`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: `importance=${1 + Math.floor(Math.random() * 9)}&frequency=3`,
        }),
    };
    // The two are measured in alternating slices, so a change in machine load hits both alike.
    const slices = Math.max(1, Math.round(SECONDS / 2));
    const realParts: Measured[] = [];
    const bareParts: Measured[] = [];
    for (let i = 0; i < slices; i++) {
      realParts.push(await drive(realTarget, SECONDS / slices));
      bareParts.push(await drive(bareTarget, SECONDS / slices));
    }
    const real = summary('Maatstaf autosave', realParts);
    const baseline = summary('Bare Hono + one insert', bareParts);
    kill(server);
    kill(bare);
    const ratio = real.rps / baseline.rps;
    console.log(
      `Ratio ${ratio.toFixed(2)} (target ≥ 0.5), p99 ${real.p99.toFixed(2)} ms (target < 25 ms), errors ${real.errors}.`,
    );
    const r2 = (n: number) => Math.round(n * 100) / 100;
    console.log(
      JSON.stringify({
        rps: Math.round(real.rps),
        p50_ms: r2(real.p50),
        p99_ms: r2(real.p99),
        bare_rps: Math.round(baseline.rps),
        ratio: r2(ratio),
      }),
    );
  } finally {
    stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The bare server answers 404 on GET /: any HTTP answer means it is up. */
async function waitForAny(base: string, child: ChildProcess) {
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error('bare server exited');
    try {
      await (await fetch(base)).arrayBuffer();
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

async function seed(dbFile: string, keyFile: string) {
  const w = await seedRatingStudy(dbFile, keyFile, {
    title: 'Bench',
    items: ITEMS,
    panellists: PANELLISTS,
    groups: ['mw', 'tl', 'cv'],
  });
  w.db.$client.close();
  return { roundId: w.roundId, itemIds: w.itemIds, paths: w.paths };
}
