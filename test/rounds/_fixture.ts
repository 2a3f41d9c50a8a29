import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { addPanellists, linkToken } from '../../db/panel/panel';
import { recordConsent } from '../../db/panel/privacy';
import { createRound, type NewRound } from '../../db/rounds/rounds';
import { openRound } from '../../src/services/rounds/open';
import { clusters, items, itemVersions } from '../../db/schema';
import { createApp } from '../../src/app';
import { loadEnv, type Env } from '../../src/env';
import { Agent, createStudyVia, signedIn, tempDb } from '../_setup';

export const KEY = randomBytes(32);

/** An app with a fixed panel key, a signed-in researcher and a study with 2 clusters and 4 draft items. */
export async function roundsWorld(opts: { config?: Partial<Env>; lang?: 'nl' | 'en' } = {}) {
  const db = tempDb();
  const app = createApp({ db, config: { ...loadEnv({}), ...opts.config }, panelKey: KEY });
  const { agent, userId } = await signedIn(app, db);
  const studyId = await createStudyVia(agent, { lang: opts.lang ?? 'nl' });
  const ids = seedDraft(db, studyId);
  return { db, app, agent, userId, studyId, ...ids };
}

export function seedDraft(db: Db, studyId: number) {
  const now = new Date();
  const c1 = db
    .insert(clusters)
    .values({ studyId, parentId: null, position: 0, label: 'Kennismaken', createdAt: now, updatedAt: now })
    .returning()
    .get();
  const c2 = db
    .insert(clusters)
    .values({
      studyId,
      parentId: null,
      position: 1,
      label: 'Afspraken maken',
      createdAt: now,
      updatedAt: now,
    })
    .returning()
    .get();
  const texts = [
    [c1.id, 'De hulpverlener stelt zich voor aan de cliënt.'],
    [c1.id, 'De hulpverlener legt uit hoe de hulp verloopt.'],
    [c2.id, 'De hulpverlener maakt met de cliënt schriftelijke afspraken over de doelen.'],
    [c2.id, 'De hulpverlener legt de afspraken vast in het dossier.'],
  ] as const;
  const itemIds = texts.map(([clusterId, text], i) => {
    const it = db
      .insert(items)
      .values({
        studyId,
        clusterId,
        text,
        position: i,
        phaseId: 'plan',
        origin: 'manual',
        createdAt: now,
        updatedAt: now,
      })
      .returning()
      .get();
    db.insert(itemVersions)
      .values({ itemId: it.id, version: 1, action: 'create', text, clusterId, status: 'active', at: now })
      .run();
    return it.id;
  });
  return { clusterIds: [c1.id, c2.id], itemIds };
}

export function editDraftItem(db: Db, itemId: number, text: string) {
  const it = db.select().from(items).where(eq(items.id, itemId)).get()!;
  db.update(items)
    .set({ text, version: it.version + 1 })
    .where(eq(items.id, itemId))
    .run();
}

export const PANEL = [
  {
    name: 'Anna de Vries',
    email: 'anna@example.org',
    organisation: 'AMW Noord',
    role: 'maatschappelijk werker',
    stakeholderGroup: 'maatschappelijk werkers',
  },
  {
    name: 'Bram Jansen',
    email: 'bram@example.org',
    organisation: 'AMW Noord',
    role: 'maatschappelijk werker',
    stakeholderGroup: 'maatschappelijk werkers',
  },
  {
    name: 'Cor Bakker',
    email: null,
    organisation: 'AMW Zuid',
    role: 'teamleider',
    stakeholderGroup: 'teamleiders',
  },
];

/** Adds panellists who agreed to the information letter and returns them with their personal link paths. */
export function addPanel(db: Db, studyId: number, rows = PANEL, opts: { consent?: boolean } = {}) {
  return addPanellists(db, KEY, studyId, rows).map((p) => {
    if (opts.consent !== false) recordConsent(db, studyId, p.id);
    return { ...p, path: `/p/${linkToken(KEY, p)}` };
  });
}

export function openedRound(
  db: Db,
  userId: number,
  studyId: number,
  input: Omit<NewRound, 'studyId' | 'title'> & { title?: string },
) {
  const round = createRound(db, userId, { title: `Ronde ${input.kind}`, ...input, studyId });
  const res = openRound(db, round.id, userId);
  if (!res.ok) throw new Error(res.error);
  return res.round;
}

/** A panellist's browser: its own cookies (CSRF), no researcher session. */
export function panellistAgent(app: ReturnType<typeof createApp>) {
  return new Agent(app);
}
