import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { closeReviewRound, createReviewRound, membersOf, reviewItemsOf } from '../review/review';
import { addAction } from '../../../db/review/plan';
import { groupResultsOf } from '../review/results';
import { savePaperForm, type ScoreInput } from '../review/scores';
import { reviewRounds } from '../../../db/schema';
import { localDate } from '../../../db/rounds/rounds';
import { listVersions } from '../../../db/standard/standard';
import { loadServerKey } from '../../auth/panel-key';
import type { Score } from '../../compliance';
import { rng } from './rounds';

const GROUP = ['Sanne Visser', 'Youssef El Amrani', 'Ineke de Boer', 'Ruben Smit', 'Fenna Kuipers'];

/** How an item tends to be scored in the demo: mostly met, some far below the norm, one mostly n.v.t. */
function tendency(position: number): { met: number; partly: number; nvt: number } {
  if (position % 7 === 3) return { met: 0.3, partly: 0.3, nvt: 0.05 };
  if (position % 9 === 5) return { met: 0.5, partly: 0.2, nvt: 0.6 };
  return { met: 0.8, partly: 0.12, nvt: 0.05 };
}

/**
 * Demo step "peer review" (after the standard): one closed review round on adopted version 1 with a rotating
 * group of five, three dossiers per practitioner each scored by two colleagues (typed in from paper forms,
 * with simulated scores that agree most of the time), and an improvement plan for the items below the norm.
 */
export function seedReview(
  db: Db,
  studyId: number,
  userId: number,
  key = loadServerKey(process.env['MAATSTAF_KEY_FILE'] ?? 'data/maatstaf.key'),
): void {
  if (db.select({ id: reviewRounds.id }).from(reviewRounds).where(eq(reviewRounds.studyId, studyId)).get())
    return;
  const v1 = listVersions(db, studyId).find((v) => v.status === 'adopted');
  if (!v1) return;
  const created = createReviewRound(db, key, studyId, userId, {
    versionNumber: v1.number,
    title: 'Eerste toetsingsronde',
    // The demo's history ends on the day it is made: the standard is adopted today, so its first peer review
    // cannot lie before it.
    startsOn: localDate(new Date()),
    endsOn: localDate(new Date()),
    clusterNumbers: [],
    sampleSize: 3,
    mode: 'rotating',
    reviewersPerPractitioner: 2,
    members: GROUP,
  });
  if (!created.ok) return;
  const round = created.round;
  const items = reviewItemsOf(db, round);
  const members = membersOf(db, round.id);
  const rand = rng(20260410);
  const pick = (p: ReturnType<typeof tendency>): Score => {
    if (rand() < p.nvt) return 'nvt';
    const r = rand();
    return r < p.met ? 'voldaan' : r < p.met + p.partly ? 'deels' : 'niet';
  };
  const NOTES = ['Afspraak wel besproken, niet vastgelegd in het dossier.', 'Goed uitgewerkt in het plan.'];
  members.forEach((practitioner, p) => {
    const reviewers = [members[(p + 1) % members.length]!, members[(p + 2) % members.length]!];
    for (let d = 1; d <= 3; d++) {
      const code = `D-26-${String(p * 10 + d).padStart(3, '0')}`;
      const first = items.map((x) => pick(tendency(x.position)));
      reviewers.forEach((reviewer, r) => {
        const scores: ScoreInput[] = items.map((x, i) => ({
          itemId: x.id,
          // The second reviewer mostly agrees; otherwise draws anew.
          score: r === 0 || rand() < 0.8 ? first[i]! : pick(tendency(x.position)),
          note: r === 0 && d === 1 && i % 6 === 3 ? NOTES[(p + i) % 2]! : '',
        }));
        savePaperForm(db, round, userId, {
          reviewerId: reviewer.id,
          practitionerId: practitioner.id,
          code,
          scores,
        });
      });
    }
  });
  closeReviewRound(db, { ...round }, userId);
  const below = groupResultsOf(db, round).belowNorm.slice(0, 2);
  below.forEach((x, i) =>
    addAction(db, round, userId, {
      itemLineage: x.lineage,
      action:
        i === 0
          ? 'Casuïstiekbespreking over dit criterium; voorbeeld van een goede vastlegging in het teamoverleg.'
          : 'Sjabloon in het dossiersysteem aanpassen zodat dit onderdeel een vast veld krijgt.',
      owner: i === 0 ? 'Teamleider' : 'Kwaliteitsmedewerker',
      dueOn: i === 0 ? '2026-06-01' : '2026-09-01',
    }),
  );
}
