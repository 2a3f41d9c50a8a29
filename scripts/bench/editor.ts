import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { insertCase } from '../../db/cases/cases';
import { openDb, type Db } from '../../db/client';
import { addEvidence } from '../../db/draft/items';
import { storeProposal } from '../../db/draft/proposal';
import { createStudy } from '../../db/studies/studies';
import { createApp } from '../../src/app';
import { createUser } from '../../src/services/auth/accounts';
import { loadEnv } from '../../src/env';
import { defaultPhases, frequencyScale, importanceScale } from '../../src/studies/defaults';

const ITEMS = 300;
const LINKS = 1000;
const CASES = 100;
const CLUSTERS = 8;
const SUBS = 4;
const RUNS = 40;
const PHASES = ['intake', 'analyse', 'plan', 'uitvoering', 'afsluiting'];
const VERBS = [
  'bespreekt',
  'maakt afspraken over',
  'vraagt door naar',
  'legt uit',
  'evalueert',
  'belt',
  'noteert',
  'overlegt over',
];
const THINGS = [
  'de schulden',
  'de doelen',
  'het netwerk',
  'de woonsituatie',
  'de opvoeding',
  'de gezondheid',
  'de post',
  'de klacht',
];

/** A study with 300 items in 8 clusters × 4 sub-aspects, and 1,000 evidence links over 100 cases. */
function seed(db: Db, userId: number): number {
  const study = createStudy(db, userId, {
    title: 'Benchmark editor',
    lang: 'nl',
    phases: defaultPhases('nl'),
    importanceScale: importanceScale('1-9', 'nl'),
    frequencyScale: frequencyScale('1-5', 'nl'),
  });
  const sentence =
    'Ik heb met de cliënt de situatie besproken en samen afspraken gemaakt over de volgende stap. ';
  const cases = Array.from({ length: CASES }, (_, i) =>
    insertCase(db, study.id, userId, {
      title: `Casus ${i + 1}`,
      sourceType: 'verslag',
      practitioner: `MW-${i % 12}`,
      phaseTags: [],
      caseDate: null,
      text: sentence.repeat(40),
    }),
  );
  const items = Array.from({ length: ITEMS }, (_, i) => ({
    text: `De hulpverlener ${VERBS[i % VERBS.length]} ${THINGS[Math.floor(i / VERBS.length) % THINGS.length]} (${i + 1}).`,
    phase: PHASES[i % PHASES.length]!,
    evidence: [],
  }));
  const perSub = ITEMS / (CLUSTERS * SUBS);
  const clusters = Array.from({ length: CLUSTERS }, (_, c) => ({
    label: `Rubriek ${c + 1}`,
    itemIndexes: [],
    subAspects: Array.from({ length: SUBS }, (_, s) => {
      const from = Math.round((c * SUBS + s) * perSub);
      const to = Math.round((c * SUBS + s + 1) * perSub);
      return {
        label: `Deelaspect ${c + 1}.${s + 1}`,
        itemIndexes: Array.from({ length: to - from }, (_, k) => from + k),
      };
    }),
  }));
  storeProposal(db, study.id, { items, clusters }, { userId });
  const ids = db.$client
    .prepare('select id from items where study_id = ? order by id')
    .pluck()
    .all(study.id) as number[];
  const span = sentence.length;
  for (let k = 0; k < LINKS; k++) {
    const kase = cases[(k * 7) % CASES]!;
    const at = (Math.floor(k / CASES) % 40) * span;
    addEvidence(db, ids[k % ids.length]!, [{ caseId: kase.id, start: at, end: at + span - 1 }]);
  }
  return study.id;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** Times GET of the draft page (signed in, warmed up) over a temp database; median of 40 requests. */
export async function measureEditor(): Promise<{ editor_median_ms: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'maatstaf-bench-editor-'));
  const db = openDb(join(dir, 'bench.db'));
  try {
    const user = await createUser(db, {
      email: 'bench@example.org',
      name: 'Bench',
      password: 'bench-wachtwoord',
    });
    const studyId = seed(db, user.id);
    const app = createApp({ db, config: loadEnv({}) });
    const jar = new Map<string, string>();
    const request = async (path: string, init: RequestInit = {}) => {
      const headers = new Headers(init.headers);
      headers.set('cookie', [...jar].map(([k, v]) => `${k}=${v}`).join('; '));
      const res = await app.request(path, { ...init, headers, redirect: 'manual' });
      for (const sc of res.headers.getSetCookie()) {
        const [k, v] = sc.split(';')[0]!.split('=');
        if (k && v) jar.set(k.trim(), v);
      }
      return res;
    };
    await request('/login');
    const body = new URLSearchParams({
      email: 'bench@example.org',
      password: 'bench-wachtwoord',
      _csrf: jar.get('mf_csrf') ?? '',
    });
    const login = await request('/login', { method: 'POST', body });
    if (login.status !== 303) throw new Error(`login failed: ${login.status}`);
    const path = `/studies/${studyId}/draft`;
    let size = 0;
    for (let i = 0; i < 8; i++) {
      const res = await request(path);
      if (res.status !== 200) throw new Error(`draft page: ${res.status}`);
      size = (await res.text()).length;
    }
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      const res = await request(path);
      await res.text();
      times.push(performance.now() - t0);
    }
    const ms = Number(median(times).toFixed(2));
    console.log(
      `draft page: ${ITEMS} items, ${LINKS} evidence links, ${CASES} cases, ${Math.round(size / 1024)} kB HTML`,
    );
    console.log(`editor GET median ${ms} ms over ${RUNS} requests (target < 100 ms)`);
    return { editor_median_ms: ms };
  } finally {
    db.$client.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const figures = await measureEditor();
  console.log(JSON.stringify(figures));
}
