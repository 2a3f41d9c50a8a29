import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { roundForPanellist, saveProposal, saveRating, saveReview } from '../../db/answers';
import { insertItem } from '../../db/draft-versions';
import { addPanellists } from '../../db/panel';
import { recordConsent } from '../../db/panel-privacy';
import { createRound, localDate, openRound, roundClustersOf, roundItemsOf } from '../../db/rounds';
import { closeRound } from '../decisions/close-round';
import { completeParticipation, respondMemberCheck } from '../../db/rounds-panel';
import { acceptSuggestion, processProposal, rejectSuggestion } from '../../db/rounds-process';
import { publishMemberCheck } from '../../db/rounds-progress';
import { clusters, items, proposedActivities, reviewAnswers, rounds } from '../../db/schema';
import { loadServerKey } from '../auth/panel-key';

const GROUPS = ['maatschappelijk werkers', 'teamleiders', 'cliëntvertegenwoordigers'] as const;
const NAMES = [
  ['Sanne Visser', 'Ahmed El Amrani', 'Petra de Boer', 'Jeroen Smit', 'Fatma Yilmaz'],
  ['Marco Hendriks', 'Ingrid Mulder', 'Kees van Dijk', 'Naima Bouzid', 'Ruud Peters'],
  ['Els de Wit', 'Hans Kok', 'Mirjam Bos', 'Dewi Santoso', 'Gerrit Meijer'],
];
const ORGS = ['Stichting AMW Rivierenland', 'Welzijn Oost', 'Cliëntenraad Regio Midden'];

/** A date some days from today: the demo's rounds lie around the day it is made, so the server's sweep of
 * expired rounds does not close its open round at once. */
const day = (offset: number) => localDate(new Date(Date.now() + offset * 86_400_000));

/** Small deterministic generator so the demo looks the same every time. */
export function rng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function ensureItems(db: Db, studyId: number, userId: number) {
  const active = db
    .select({ id: items.id })
    .from(items)
    .where(and(eq(items.studyId, studyId), eq(items.status, 'active')))
    .all();
  if (active.length) return;
  const now = new Date();
  const groups = [
    [
      'Kennismaken en aanmelding',
      [
        'De hulpverlener stelt zich voor en legt uit wat het maatschappelijk werk kan bieden.',
        'De hulpverlener vraagt naar de aanleiding van de aanmelding.',
      ],
    ],
    [
      'Afspraken maken met de cliënt',
      [
        'De hulpverlener maakt met de cliënt schriftelijke afspraken over de doelen.',
        'De hulpverlener bespreekt met de cliënt wie wat doet.',
      ],
    ],
  ] as const;
  groups.forEach(([label, texts], i) => {
    const c = db
      .insert(clusters)
      .values({ studyId, parentId: null, position: i, label, createdAt: now, updatedAt: now })
      .returning()
      .get();
    for (const text of texts)
      insertItem(db, studyId, { text, clusterId: c.id, phaseId: 'plan', origin: 'manual' }, { userId });
  });
}

/**
 * Demo step for panel and rounds: 15 panellists in three stakeholder groups, a closed review round with
 * processed suggestions and a member check, a closed rating round with simulated answers (decisions follow
 * from closing), and an open second rating round carrying forward the items without consensus.
 */
export function seedRounds(
  db: Db,
  studyId: number,
  userId: number,
  key = loadServerKey(process.env['MAATSTAF_KEY_FILE'] ?? 'data/maatstaf.key'),
): void {
  if (db.select({ id: rounds.id }).from(rounds).where(eq(rounds.studyId, studyId)).get()) return;
  ensureItems(db, studyId, userId);
  const rand = rng(20250307);
  const panel = addPanellists(
    db,
    key,
    studyId,
    NAMES.flatMap((names, g) =>
      names.map((name) => ({
        name,
        email: `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@example.org`,
        organisation: ORGS[g]!,
        role: g === 0 ? 'maatschappelijk werker' : g === 1 ? 'teamleider' : 'cliëntvertegenwoordiger',
        stakeholderGroup: GROUPS[g]!,
      })),
    ),
  );
  // The simulated panel agreed to the information letter before answering, as real panellists must.
  for (const p of panel) recordConsent(db, studyId, p.id, new Date(Date.now() - 60 * 86_400_000));
  const access = (roundId: number, panellistId: number) => roundForPanellist(db, panellistId, roundId)!;

  const review = createRound(db, userId, {
    studyId,
    kind: 'review',
    title: 'Aanvullen en herformuleren',
    instructions: 'Lees elk item. Klopt de formulering in gedragstermen? Mist u handelingen in een cluster?',
    opensAt: day(-56),
    closesAt: day(-42),
    askRelevance: true,
  });
  openRound(db, review.id, userId);
  const rItems = roundItemsOf(db, review.id);
  const rClusters = roundClustersOf(db, review.id);
  for (const [i, p] of panel.entries()) {
    if (i === 14) continue;
    const a = access(review.id, p.id);
    rItems.forEach((it, j) => {
      const roll = rand();
      const verdict = roll < 0.82 ? 'keep' : roll < 0.95 ? 'reformulate' : 'remove';
      const proposal = verdict === 'reformulate' ? `${it.text.replace(/\.$/, '')}, samen met de cliënt.` : '';
      saveReview(
        db,
        a,
        p.id,
        it.id,
        {
          verdict,
          proposal,
          reason: verdict === 'remove' ? 'Dit zit al in een ander item.' : '',
          comment: j === 2 && i === 3 ? 'Hangt af van de hulpvraag.' : '',
          relevance: 2 + Math.floor(rand() * 3),
        },
        false,
      );
    });
    completeParticipation(db, a.participationId);
  }
  const a0 = access(review.id, panel[0]!.id);
  saveProposal(
    db,
    a0,
    panel[0]!.id,
    rClusters[0]?.id ?? null,
    'intake',
    'De hulpverlener vraagt of de cliënt eerder hulp heeft gehad en wat daarvan hielp.',
    false,
  );
  saveProposal(
    db,
    access(review.id, panel[11]!.id),
    panel[11]!.id,
    rClusters[1]?.id ?? null,
    null,
    'De hulpverlener vraagt de cliënt wat hij of zij zelf al heeft geprobeerd.',
    false,
  );
  closeRound(db, review.id, userId);
  const answers = db.select().from(reviewAnswers).where(eq(reviewAnswers.roundId, review.id)).all();
  const reword = answers.find((x) => x.verdict === 'reformulate');
  if (reword) acceptSuggestion(db, review, reword.id, userId);
  const removal = answers.find((x) => x.verdict === 'remove');
  if (removal)
    rejectSuggestion(
      db,
      review,
      removal.id,
      userId,
      'Het panel als geheel wil het item houden; de overlap is klein.',
    );
  const props = db.select().from(proposedActivities).where(eq(proposedActivities.roundId, review.id)).all();
  if (props[0]) processProposal(db, review, props[0].id, userId, { kind: 'new', text: props[0].text });
  if (props[1])
    processProposal(db, review, props[1].id, userId, {
      kind: 'reject',
      reason: 'Valt samen met probleemverheldering; wordt daar opgenomen.',
    });
  const check = publishMemberCheck(
    db,
    review.id,
    userId,
    'Het panel herkent de meeste handelingen. Twee formuleringen zijn concreter gemaakt en één nieuwe handeling bij de kennismaking is toegevoegd.',
  );
  respondMemberCheck(db, panel[0]!.id, check.id, true, '');
  respondMemberCheck(db, panel[7]!.id, check.id, false, 'Ik mis nog de samenwerking met de huisarts.');

  const rating = createRound(db, userId, {
    studyId,
    kind: 'rating',
    title: 'Waardering: belang en frequentie',
    instructions:
      'Geef per item aan hoe belangrijk het is en hoe vaak u het doet. Weet u het niet, kies dan "kan ik niet beoordelen".',
    opensAt: day(-35),
    closesAt: day(-21),
    feedbackByGroup: true,
  });
  openRound(db, rating.id, userId);
  const items1 = roundItemsOf(db, rating.id);
  const centre = items1.map(() => 3.5 + rand() * 5);
  let dissents = 0;
  for (const [i, p] of panel.entries()) {
    if (i === 13 || i === 14) continue;
    const a = access(rating.id, p.id);
    items1.forEach((it, j) => {
      const imp = Math.max(1, Math.min(9, Math.round(centre[j]! + (rand() - 0.5) * 4)));
      const freq = Math.max(1, Math.min(5, Math.round(centre[j]! / 2 + (rand() - 0.5) * 2)));
      const cj = rand() < 0.05;
      const dissent = dissents < 2 && imp <= 2 && i % 2 === 0;
      if (dissent) dissents++;
      const comment =
        rand() < 0.06
          ? imp >= 7
            ? 'Dit doe ik bij bijna elke cliënt.'
            : 'In mijn team is dit geen vaste werkwijze.'
          : '';
      saveRating(
        db,
        a,
        p.id,
        it.id,
        {
          importance: cj ? null : imp,
          importanceCannotJudge: cj,
          frequency: freq,
          frequencyCannotJudge: false,
          comment,
          dissent,
          dissentReason: dissent ? 'Dit hoort niet bij de taak van het maatschappelijk werk.' : '',
        },
        false,
      );
    });
    if (i !== 12) completeParticipation(db, a.participationId);
  }
  closeRound(db, rating.id, userId);

  const next = createRound(db, userId, {
    studyId,
    kind: 'rating',
    title: 'Tweede waarderingsronde',
    instructions:
      'U ziet per item hoe het panel in de vorige ronde oordeelde; uw eigen oordeel is gemarkeerd. Geef opnieuw uw oordeel.',
    closesAt: day(21),
    feedbackByGroup: true,
  });
  if (!openRound(db, next.id, userId).ok) return;
  const items2 = roundItemsOf(db, next.id);
  for (const p of panel.slice(0, 4)) {
    const a = access(next.id, p.id);
    for (const it of items2.slice(0, 3))
      saveRating(
        db,
        a,
        p.id,
        it.id,
        {
          importance: 6 + Math.floor(rand() * 3),
          importanceCannotJudge: false,
          frequency: 3,
          frequencyCannotJudge: false,
          comment: '',
          dissent: false,
          dissentReason: '',
        },
        false,
      );
  }
}
