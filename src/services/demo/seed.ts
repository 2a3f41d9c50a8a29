import type { Db } from '../../../db/client';
import { appendAudit } from '../../../db/audit';
import { insertCase } from '../../../db/cases/cases';
import { createStudy } from '../../../db/studies/studies';
import { findUserByEmail } from '../../../db/auth/users';
import { demoCases, readDemoCase } from './cases';
import { seedConsensus } from './consensus';
import { seedDraft } from './draft';
import { seedRounds } from './rounds';
import { seedReview } from './review';
import { seedStandard } from './standard';
import { createUser } from '../auth/accounts';
import { pseudonymize } from '../../pseudonymize';
import { defaultPhases, frequencyScale, importanceScale } from '../../studies/defaults';

import { DEMO_EMAIL, DEMO_PASSWORD, DEMO_TITLE } from './constants';

export { DEMO_EMAIL, DEMO_PASSWORD, DEMO_TITLE };

/**
 * Makes the demo researcher and the demo study with its case descriptions, once. Later stages (draft, rounds,
 * report, standard) are added by their own seed steps.
 */
export async function ensureDemo(db: Db): Promise<{ email: string; password: string; created: boolean }> {
  const existing = findUserByEmail(db, DEMO_EMAIL);
  if (existing) return { email: DEMO_EMAIL, password: DEMO_PASSWORD, created: false };
  // The demo makes thousands of small commits and can be made again: it need not wait for the disk after each
  // (synchronous=FULL costs an fsync per commit). Everything else keeps FULL.
  const sync = db.$client.pragma('synchronous', { simple: true });
  db.$client.pragma('synchronous = NORMAL');
  try {
    return await seedDemo(db);
  } finally {
    db.$client.pragma(`synchronous = ${Number(sync)}`);
  }
}

async function seedDemo(db: Db): Promise<{ email: string; password: string; created: boolean }> {
  const user = await createUser(db, { email: DEMO_EMAIL, name: 'Demo Onderzoeker', password: DEMO_PASSWORD });
  const names = [...new Set(demoCases.flatMap((c) => c.names))];
  const study = createStudy(db, user.id, {
    title: DEMO_TITLE,
    description:
      'Demonstratiestudie naar de methode van Oostrik (1994): van casusbeschrijvingen van maatschappelijk werkers naar een standaard voor onderlinge toetsing.',
    lang: 'nl',
    phases: defaultPhases('nl'),
    importanceScale: importanceScale('1-9', 'nl'),
    frequencyScale: frequencyScale('1-5', 'nl'),
    knownNames: names,
    // The information letter panellists see first is filled in, as in a real study (the values say they are fictitious).
    contact: 'Demo Onderzoeker, demo@maatstaf.nl (fictief adres van de demonstratiestudie)',
    ethicsRef: 'niet van toepassing (demonstratiestudie zonder echte deelnemers)',
    retentionUntil: '2036-12-31',
  });
  appendAudit(db, {
    studyId: study.id,
    userId: user.id,
    action: 'study.create',
    entity: 'study',
    entityId: study.id,
    summary: study.title,
  });
  for (const c of demoCases) {
    const text = pseudonymize(readDemoCase(c), { names, lang: 'nl' }).text;
    const kase = insertCase(db, study.id, user.id, {
      title: c.title,
      sourceType: c.sourceType,
      practitioner: c.practitioner,
      phaseTags: c.phaseTags,
      caseDate: c.caseDate,
      text,
    });
    appendAudit(db, {
      studyId: study.id,
      userId: user.id,
      action: 'case.create',
      entity: 'case',
      entityId: kase.id,
      summary: kase.title,
    });
  }
  await seedDraft(db, study.id, user.id);
  // Before the rounds open: the consensus protocol.
  seedConsensus(db, study.id, user.id);
  seedRounds(db, study.id, user.id);
  // After the rounds: decisions of closed rating rounds and one override.
  seedConsensus(db, study.id, user.id);
  // Keep last: the standard is made from the decisions of the stages before it, checked by the panel (a criteria
  // round with its member check) and adopted through the checklist.
  seedStandard(db, study.id, user.id);
  // After the standard: a completed peer-review round on the adopted version, its report and improvement plan.
  seedReview(db, study.id, user.id);
  return { email: DEMO_EMAIL, password: DEMO_PASSWORD, created: true };
}
