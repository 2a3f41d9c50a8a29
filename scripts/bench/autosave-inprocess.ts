/**
 * Autosave in process: N rating autosaves through app.request() on a temporary SQLite file, no HTTP, so the
 * time per save is our own code plus the commit. Run with `node --cpu-prof --import tsx` to see where it goes.
 * Last line: {"saves":…,"ms_per_save":…,"cpu_ms_per_save":…}
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb } from '../../db/client';
import { addPanellists, linkToken } from '../../db/panel/panel';
import { recordConsent } from '../../db/panel/privacy';
import { createRound, roundItemsOf } from '../../db/rounds/rounds';
import { openRound } from '../../src/services/rounds/open';
import { clusters, items } from '../../db/schema';
import { createStudy } from '../../db/studies/studies';
import { createApp } from '../../src/app';
import { createUser } from '../../src/services/auth/accounts';
import { loadEnv } from '../../src/env';
import { defaultPhases, frequencyScale, importanceScale } from '../../src/studies/defaults';

const SAVES = Number(process.env.BENCH_SAVES ?? 2000);
const dir = mkdtempSync(join(tmpdir(), 'maatstaf-inprocess-'));
try {
  const db = openDb(join(dir, 'bench.db'));
  const key = Buffer.alloc(32, 7);
  const user = await createUser(db, { email: 'b@example.org', name: 'B', password: 'bench-wachtwoord' });
  const study = createStudy(db, user.id, {
    title: 'Bench',
    lang: 'nl',
    phases: defaultPhases('nl'),
    importanceScale: importanceScale('1-9', 'nl'),
    frequencyScale: frequencyScale('1-5', 'nl'),
  });
  const now = new Date();
  for (let c = 0; c < 6; c++) {
    const cl = db
      .insert(clusters)
      .values({
        studyId: study.id,
        parentId: null,
        position: c,
        label: `C${c}`,
        createdAt: now,
        updatedAt: now,
      })
      .returning()
      .get();
    for (let i = 0; i < 50; i++)
      db.insert(items)
        .values({
          studyId: study.id,
          clusterId: cl.id,
          position: i,
          text: `Activiteit ${c}.${i}`,
          origin: 'manual',
          createdAt: now,
          updatedAt: now,
        })
        .run();
  }
  const panel = addPanellists(
    db,
    key,
    study.id,
    Array.from({ length: 16 }, (_, i) => ({
      name: `P${i}`,
      email: null,
      organisation: '',
      role: '',
      stakeholderGroup: 'mw',
    })),
  );
  for (const p of panel) recordConsent(db, study.id, p.id);
  const round = createRound(db, user.id, { studyId: study.id, kind: 'rating', title: 'R' });
  if (!openRound(db, round.id, user.id).ok) throw new Error('not opened');
  const itemIds = roundItemsOf(db, round.id).map((i) => i.id);
  const app = createApp({ db, config: loadEnv({}), panelKey: key });
  const paths = panel.map((p) => `/p/${linkToken(key, p)}`);
  const csrf = 'x'.repeat(32);
  const headers = {
    cookie: `mf_csrf=${csrf}`,
    'x-csrf-token': csrf,
    'hx-request': 'true',
    'content-type': 'application/x-www-form-urlencoded',
  };
  const save = async (n: number) => {
    const path = paths[n % paths.length]!;
    const item = itemIds[(n * 7) % itemIds.length]!;
    const body = `importance=${1 + (n % 9)}&frequency=3&comment=`;
    // With its length, as a browser sends it (without, the body-limit check reads the body into a new request).
    const res = await app.request(`${path}/r/${round.id}/i/${item}`, {
      method: 'POST',
      headers: { ...headers, 'content-length': String(body.length) },
      body,
    });
    if (res.status !== 200) throw new Error(`status ${res.status}: ${await res.text()}`);
    await res.text();
  };
  for (let i = 0; i < 200; i++) await save(i);
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < SAVES; i++) await save(i);
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  // CPU time leaves out waiting for the disk (the fsync of each commit) and for other processes on the machine.
  const r3 = (n: number) => Math.round(n * 1000) / 1000;
  console.log(
    JSON.stringify({
      saves: SAVES,
      ms_per_save: r3(ms / SAVES),
      cpu_ms_per_save: r3((cpu.user + cpu.system) / 1000 / SAVES),
    }),
  );
  db.$client.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
