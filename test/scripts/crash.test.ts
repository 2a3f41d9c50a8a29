import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDb } from '../../db/client';
import { addPanellists, linkToken } from '../../db/panel/panel';
import { recordConsent } from '../../db/panel/privacy';
import { createRound, roundItemsOf } from '../../db/rounds/rounds';
import { openRound } from '../../src/services/rounds/open';
import { createStudy } from '../../db/studies/studies';
import { createUser } from '../../src/services/auth/accounts';
import { loadServerKey } from '../../src/auth/panel-key';
import { defaultPhases, frequencyScale, importanceScale } from '../../src/studies/defaults';
import { seedDraft } from '../rounds/_fixture';

const RUNS = Number(process.env.CRASH_RUNS ?? 3);
const PANELLISTS = 8;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

async function seed(dbFile: string, keyFile: string) {
  const db = openDb(dbFile);
  const key = loadServerKey(keyFile);
  const user = await createUser(db, {
    email: 'crash@example.org',
    name: 'Crash',
    password: 'crash-wachtwoord',
  });
  const study = createStudy(db, user.id, {
    title: 'Crash',
    lang: 'nl',
    phases: defaultPhases('nl'),
    importanceScale: importanceScale('1-9', 'nl'),
    frequencyScale: frequencyScale('1-5', 'nl'),
  });
  seedDraft(db, study.id);
  const rows = Array.from({ length: PANELLISTS }, (_, i) => ({
    name: `Panellid ${i}`,
    email: null,
    organisation: '',
    role: '',
    stakeholderGroup: 'mw',
  }));
  const panel = addPanellists(db, key, study.id, rows);
  // Panellists answer only after consenting to the information letter.
  for (const p of panel) recordConsent(db, study.id, p.id);
  const round = createRound(db, user.id, { studyId: study.id, kind: 'rating', title: 'Crash-ronde' });
  const opened = openRound(db, round.id, user.id);
  if (!opened.ok) throw new Error(opened.error);
  const items = roundItemsOf(db, round.id).map((i) => i.id);
  db.$client.close();
  return {
    roundId: round.id,
    items,
    panel: panel.map((p) => ({ id: p.id, path: `/p/${linkToken(key, p)}` })),
  };
}

/** The real server as a child process (node itself, no npx in between, so SIGKILL hits the server). */
async function start(dbFile: string, keyFile: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      MAATSTAF_DB: dbFile,
      MAATSTAF_KEY_FILE: keyFile,
      MAATSTAF_DEMO: 'off',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += String(d)));
  child.stderr!.on('data', (d) => (out += String(d)));
  for (let i = 0; i < 300 && !out.includes('listens'); i++) {
    if (child.exitCode !== null) throw new Error(`server exited: ${out}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  if (!out.includes('listens')) throw new Error(`server did not start: ${out}`);
  return child;
}

describe('crash safety of autosave', () => {
  it(`keeps every acknowledged answer and an intact database through ${RUNS} SIGKILLs during concurrent autosaves`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mf-crash-'));
    const dbFile = join(dir, 'crash.db');
    const keyFile = join(dir, 'crash.key');
    const world = await seed(dbFile, keyFile);
    // Per panellist and item: the comment of the last acknowledged save, and of a save still in flight (which
    // may or may not have committed when the server died).
    const acked = new Map<string, string>();
    const inFlight = new Map<string, string>();
    let saves = 0;
    try {
      for (let run = 0; run < RUNS; run++) {
        const port = await freePort();
        const base = `http://127.0.0.1:${port}`;
        const child = await start(dbFile, keyFile, port);
        let alive = true;
        const workers = world.panel.map(async (p, w) => {
          const first = await fetch(base + p.path).catch(() => undefined);
          const csrf = /mf_csrf=([^;]+)/.exec(first?.headers.get('set-cookie') ?? '')?.[1];
          if (!csrf) return;
          for (let n = 0; alive; n++) {
            const item = world.items[n % world.items.length]!;
            const key = `${p.id}:${item}`;
            const comment = `r${run}-w${w}-n${n}`;
            inFlight.set(key, comment);
            try {
              const res = await fetch(`${base}${p.path}/r/${world.roundId}/i/${item}`, {
                method: 'POST',
                headers: {
                  'content-type': 'application/x-www-form-urlencoded',
                  'x-csrf-token': csrf,
                  'hx-request': 'true',
                  cookie: `mf_csrf=${csrf}`,
                },
                body: new URLSearchParams({ importance: '7', frequency: '3', comment }).toString(),
              });
              await res.arrayBuffer();
              if (res.status === 200) {
                acked.set(key, comment);
                inFlight.delete(key);
                saves++;
              }
            } catch {
              return; // the server died under this request: it was never acknowledged
            }
          }
        });
        await new Promise((r) => setTimeout(r, 300 + Math.random() * 1200));
        child.kill('SIGKILL');
        alive = false;
        await Promise.all(workers);
        await new Promise((r) =>
          child.exitCode !== null || child.signalCode ? r(null) : child.once('exit', r),
        );
      }
      // One more start proves the server recovers from the last crash; then read the file directly.
      const port = await freePort();
      const child = await start(dbFile, keyFile, port);
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
      child.kill('SIGTERM');
      await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));

      const db = new Database(dbFile, { readonly: true });
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const stored = new Map(
        (
          db.prepare('select panellist_id, round_item_id, comment from rating_answers').all() as {
            panellist_id: number;
            round_item_id: number;
            comment: string;
          }[]
        ).map((r) => [`${r.panellist_id}:${r.round_item_id}`, r.comment]),
      );
      db.close();
      expect(saves).toBeGreaterThan(RUNS * 10);
      const lost = [...acked].filter(([k, c]) => stored.get(k) !== c && stored.get(k) !== inFlight.get(k));
      console.log(
        `crash test: ${RUNS} SIGKILLs, ${saves} acknowledged saves, ${acked.size} answers checked, ${lost.length} lost`,
      );
      expect(lost).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
