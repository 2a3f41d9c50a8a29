import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb, type Db } from '../../db/client';
import { createStudy } from '../../db/studies/studies';
import { findStudyRound } from '../../db/report/report';
import { forgetRoundMatrix } from '../../db/report/answers';
import { createApp } from '../../src/app';
import { createUser } from '../../src/services/auth/accounts';
import { decideRound } from '../../src/services/decisions';
import { loadEnv } from '../../src/env';
import { assembleReport } from '../../src/report';
import { computeRoundReport, loadReportInput, loadRoundReport } from '../../src/services/report';
import { pool } from '../../src/work/pool';
import { defaultPhases, frequencyScale, importanceScale } from '../../src/studies/defaults';

const PANELLISTS = 1000;
const ITEMS = 300;
const GROUPS = ['cliëntvertegenwoordigers', 'leidinggevenden', 'maatschappelijk werkers', 'onderzoekers'];

/** Deterministic pseudo-random numbers (mulberry32), so every run measures the same data. */
function rng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function seed(db: Db, userId: number): { studyId: number; roundId: number } {
  const study = createStudy(db, userId, {
    title: 'Benchmark',
    lang: 'nl',
    phases: defaultPhases('nl'),
    importanceScale: importanceScale('1-9', 'nl'),
    frequencyScale: frequencyScale('1-5', 'nl'),
  });
  db.$client
    .prepare(
      'INSERT INTO study_members (study_id, user_id, role, added_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING',
    )
    .run(study.id, userId, 'owner', Date.now());
  const c = db.$client;
  const random = rng(42);
  const now = Date.now();
  const roundId = c.transaction(() => {
    const pStmt = c.prepare(
      `INSERT INTO panellists (study_id, pseudonym, name, email, stakeholder_group, token_salt, token_hash, created_at)
       VALUES (?, ?, ?, ?, ?, 's', ?, ?)`,
    );
    const panel = Array.from({ length: PANELLISTS }, (_, j) =>
      Number(
        pStmt.run(
          study.id,
          `P${String(j + 1).padStart(4, '0')}`,
          `Naam ${j}`,
          `p${j}@example.org`,
          GROUPS[j % GROUPS.length],
          `h${j}`,
          now,
        ).lastInsertRowid,
      ),
    );
    const id = Number(
      c
        .prepare(
          `INSERT INTO rounds (study_id, number, kind, title, status, opened_at, closed_at, created_at) VALUES (?, 1, 'rating', 'Ronde 1', 'closed', ?, ?, ?)`,
        )
        .run(study.id, now, now, now).lastInsertRowid,
    );
    const iStmt = c.prepare(
      `INSERT INTO round_items (round_id, ref_id, ref_version, position, number, text, cluster_number, cluster_label)
       VALUES (?, ?, 1, ?, ?, ?, ?, ?)`,
    );
    const items = Array.from({ length: ITEMS }, (_, i) =>
      Number(
        iStmt.run(
          id,
          i + 1,
          i,
          `${1 + Math.floor(i / 30)}.${(i % 30) + 1}`,
          `De hulpverlener doet handeling ${i + 1} met de cliënt en legt die vast.`,
          String(1 + Math.floor(i / 30)),
          `Cluster ${1 + Math.floor(i / 30)}`,
        ).lastInsertRowid,
      ),
    );
    const partStmt = c.prepare(
      'INSERT INTO participations (round_id, panellist_id, invited_at, started_at, completed_at) VALUES (?, ?, ?, ?, ?)',
    );
    const aStmt = c.prepare(
      `INSERT INTO rating_answers (round_id, round_item_id, panellist_id, importance, importance_cannot_judge, frequency,
         frequency_cannot_judge, comment, dissent, dissent_reason, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    panel.forEach((pid, j) => {
      partStmt.run(id, pid, now, now, j % 10 === 0 ? null : now);
      items.forEach((itemId, i) => {
        const centre = 3 + (i % 7);
        const cj = random() < 0.02;
        const imp = Math.max(1, Math.min(9, Math.round(centre + (random() - 0.5) * 4)));
        const freq = 1 + Math.floor(random() * 5);
        const dissent = random() < 0.002;
        aStmt.run(
          id,
          itemId,
          pid,
          cj ? null : imp,
          cj ? 1 : 0,
          freq,
          0,
          random() < 0.01 ? 'Opmerking' : '',
          dissent ? 1 : 0,
          dissent ? 'Hoort niet bij ons vak' : '',
          now,
        );
      });
    });
    return id;
  })();
  return { studyId: study.id, roundId };
}

const dir = mkdtempSync(join(tmpdir(), 'maatstaf-bench-report-'));
try {
  const db = openDb(join(dir, 'bench.db'));
  const password = 'bench-wachtwoord';
  const user = await createUser(db, { email: 'bench@example.org', name: 'Bench', password });
  let t0 = performance.now();
  const { studyId, roundId } = seed(db, user.id);
  console.log(
    `seeded ${PANELLISTS} × ${ITEMS} (${PANELLISTS * ITEMS} rows) in ${((performance.now() - t0) / 1000).toFixed(2)} s`,
  );

  t0 = performance.now();
  decideRound(db, roundId, user.id);
  const decideMs = performance.now() - t0;
  console.log(`decideRound                  ${decideMs.toFixed(0)} ms`);

  const round = findStudyRound(db, studyId, roundId)!;
  loadRoundReport(db, studyId, round, 'nl'); // warm-up: JIT
  forgetRoundMatrix(db);
  t0 = performance.now();
  const report = loadRoundReport(db, studyId, round, 'nl');
  const computeMs = performance.now() - t0;
  console.log(
    `report, cold (load+stats+decisions+groups) ${computeMs.toFixed(0)} ms; ${report.tally.in} in, ${report.tally.out} out, ${report.tally.none} none, ${report.divergentItems} divergent`,
  );
  t0 = performance.now();
  loadRoundReport(db, studyId, round, 'nl');
  const warmMs = performance.now() - t0;
  console.log(`report, answers cached since closing  ${warmMs.toFixed(0)} ms`);

  // The request thread's share: loading stays here, assembling moves to the worker pool for large rounds.
  t0 = performance.now();
  const input = loadReportInput(db, studyId, round, 'nl');
  const loadMs = performance.now() - t0;
  t0 = performance.now();
  assembleReport(input);
  const assembleMs = performance.now() - t0;
  // Warm-up: the worker starts cold (module load, JIT) and needs a few runs; then the median of three.
  for (let k = 0; k < 4; k++) await computeRoundReport(db, studyId, round, 'nl', 0);
  const pooled: number[] = [];
  for (let k = 0; k < 3; k++) {
    t0 = performance.now();
    await computeRoundReport(db, studyId, round, 'nl', 0);
    pooled.push(performance.now() - t0);
  }
  const pooledMs = pooled.sort((a, b) => a - b)[1]!;
  console.log(
    `report input load ${loadMs.toFixed(0)} ms, assemble inline ${assembleMs.toFixed(0)} ms, load + assemble in pool ${pooledMs.toFixed(0)} ms`,
  );

  const app = createApp({ db, config: loadEnv({}) });
  const login = await app.request('/login');
  const csrf = /mf_csrf=([^;]+)/.exec(login.headers.getSetCookie().join(';'))?.[1] ?? '';
  const res = await app.request('/login', {
    method: 'POST',
    headers: { cookie: `mf_csrf=${csrf}`, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ _csrf: csrf, email: 'bench@example.org', password }),
    redirect: 'manual',
  });
  const cookie = [`mf_csrf=${csrf}`, ...res.headers.getSetCookie().map((s) => s.split(';')[0])].join('; ');
  const url = `/studies/${studyId}/rounds/${roundId}/report`;
  forgetRoundMatrix(db);
  t0 = performance.now();
  await (await app.request(url, { headers: { cookie } })).text();
  const renderColdMs = performance.now() - t0;
  console.log(`report page, first view after restart ${renderColdMs.toFixed(0)} ms`);
  t0 = performance.now();
  const page = await app.request(url, { headers: { cookie } });
  const html = await page.text();
  const renderMs = performance.now() - t0;
  console.log(
    `report page                           ${renderMs.toFixed(0)} ms (status ${page.status}, ${(html.length / 1024).toFixed(0)} KiB)`,
  );
  const rssMb = process.memoryUsage().rss / 1024 / 1024;
  console.log(`resident memory              ${rssMb.toFixed(0)} MB`);
  db.$client.close();
  console.log(
    JSON.stringify({
      answers: PANELLISTS * ITEMS * 2,
      compute_ms: Math.round(computeMs),
      render_ms: Math.round(renderMs),
      rss_mb: Math.round(rssMb),
      decide_ms: Math.round(decideMs),
      compute_cached_ms: Math.round(warmMs),
      render_cold_ms: Math.round(renderColdMs),
      load_input_ms: Math.round(loadMs),
      assemble_inline_ms: Math.round(assembleMs),
      pooled_ms: Math.round(pooledMs),
    }),
  );
  await pool().close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
