import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import {
  roundForPanellist,
  saveCoverage,
  saveProposal,
  saveRating,
  saveReview,
} from '../../../db/rounds/answers';
import { changeItem, insertItem } from '../../../db/draft/versions';
import { addPanellists } from '../../../db/panel/panel';
import { recordConsent } from '../../../db/panel/privacy';
import { createRound, localDate, roundClustersOf, roundItemsOf } from '../../../db/rounds/rounds';
import { openRound } from '../rounds/open';
import { closeRound } from '../decisions/close-round';
import { editedItemFor } from './edited';
import { completeParticipation, respondMemberCheck } from '../../../db/rounds/panel';
import { acceptSuggestion, processProposal, rejectSuggestion } from '../../../db/rounds/process';
import { publishMemberCheck } from '../../../db/rounds/progress';
import {
  clusters,
  items,
  memberChecks,
  proposedActivities,
  protocols,
  reviewAnswers,
  rounds,
} from '../../../db/schema';
import { loadServerKey } from '../../auth/panel-key';

const GROUPS = ['maatschappelijk werkers', 'teamleiders', 'cliëntvertegenwoordigers'] as const;
const NAMES = [
  ['Sanne Visser', 'Ahmed El Amrani', 'Petra de Boer', 'Jeroen Smit', 'Fatma Yilmaz'],
  ['Marco Hendriks', 'Ingrid Mulder', 'Kees van Dijk', 'Naima Bouzid', 'Ruud Peters'],
  ['Els de Wit', 'Hans Kok', 'Mirjam Bos', 'Dewi Santoso', 'Gerrit Meijer'],
];
const ORGS = ['Stichting AMW Rivierenland', 'Welzijn Oost', 'Cliëntenraad Regio Midden'];

/** A date some days from today: the demo's rounds lie in the weeks before the day it is made (its standard is
 * adopted that day). */
const day = (offset: number) => localDate(new Date(Date.now() + offset * 86_400_000));

/**
 * Simulated history: a demo round opened and closed on its planned dates (9:00 and 17:00), not at the moment
 * of seeding, so its report, the protocol page and the handbook tell one timeline. Call before adoption: the
 * adopted handbook stores the records as they are then.
 */
export function backdateRound(db: Db, roundId: number): void {
  const r = db
    .select({ opensAt: rounds.opensAt, closesAt: rounds.closesAt, openedAt: rounds.openedAt })
    .from(rounds)
    .where(eq(rounds.id, roundId))
    .get();
  if (!r?.opensAt || !r.closesAt || !r.openedAt) return;
  const openedAt = new Date(`${r.opensAt}T09:00:00`);
  db.update(rounds)
    .set({ openedAt, closedAt: new Date(`${r.closesAt}T17:00:00`) })
    .where(eq(rounds.id, roundId))
    .run();
  // The answers, invitations and proposals of the round move along: given after opening, before closing.
  const shift = openedAt.getTime() - r.openedAt.getTime();
  for (const [table, cols] of [
    ['rating_answers', ['updated_at']],
    ['rating_revisions', ['at']],
    ['review_answers', ['updated_at']],
    ['coverage_answers', ['updated_at']],
    ['participations', ['invited_at', 'started_at', 'completed_at']],
    ['proposed_activities', ['created_at']],
  ] as const)
    for (const col of cols)
      db.$client
        .prepare(`UPDATE ${table} SET ${col} = ${col} + ? WHERE round_id = ? AND ${col} IS NOT NULL`)
        .run(shift, roundId);
}

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
 * processed suggestions and a member check, a closed coverage round with processed missing activities, and
 * three closed rating rounds with simulated answers (decisions follow from closing): each later round carries
 * forward only the items without consensus, so most items settle in the first, some in the second or third,
 * one is left out and two never reach consensus.
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
    opensAt: day(-84),
    closesAt: day(-70),
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
      const reworded = i === 1 ? editedItemFor(it.text)?.reworded : undefined;
      const verdict = reworded
        ? 'reformulate'
        : roll < 0.82
          ? 'keep'
          : roll < 0.95
            ? 'reformulate'
            : 'remove';
      const proposal =
        verdict === 'reformulate' ? (reworded ?? `${it.text.replace(/\.$/, '')}, samen met de cliënt.`) : '';
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
  // The researcher takes over the panel's sharper wording of one item.
  const reword =
    answers.find((x) => x.verdict === 'reformulate' && !x.proposal.endsWith(', samen met de cliënt.')) ??
    answers.find((x) => x.verdict === 'reformulate');
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
  if (props[0]) {
    processProposal(db, review, props[0].id, userId, { kind: 'new', text: props[0].text });
    placeAdded(db, studyId, userId, props[0].text);
  }
  if (props[1])
    processProposal(db, review, props[1].id, userId, {
      kind: 'reject',
      reason: 'Valt samen met probleemverheldering; wordt daar opgenomen.',
    });
  const check = publishMemberCheck(
    db,
    review.id,
    userId,
    'Het panel herkent de meeste handelingen. Eén formulering is concreter gemaakt en één nieuwe handeling bij de kennismaking is toegevoegd.',
  );
  // Simulated history: the member check went out two days after the round closed, not on the day of seeding.
  db.update(memberChecks)
    .set({ publishedAt: new Date(Date.now() - 68 * 86_400_000) })
    .where(eq(memberChecks.id, check.id))
    .run();
  respondMemberCheck(db, panel[0]!.id, check.id, true, '');
  respondMemberCheck(db, panel[7]!.id, check.id, false, 'Ik mis nog de samenwerking met de huisarts.');
  backdateRound(db, review.id);

  seedCoverage(db, studyId, userId, panel, access, rand);

  // Three rating rounds: each new round carries forward the items without consensus (the default selection
  // follows every earlier decision), settled items are not rated again.
  const titles = ['Waardering: belang en frequentie', 'Tweede waarderingsronde', 'Derde waarderingsronde'];
  const absent = [
    [13, 14],
    [13, 14],
    [12, 13, 14],
  ];
  let dissents = 0;
  for (let r = 1; r <= 3; r++) {
    const rating = createRound(db, userId, {
      studyId,
      kind: 'rating',
      title: titles[r - 1]!,
      instructions:
        r === 1
          ? 'Geef per item aan hoe belangrijk het is en hoe vaak u het doet. Weet u het niet, kies dan "kan ik niet beoordelen".'
          : 'U ziet per item hoe het panel in de vorige ronde oordeelde; uw eigen oordeel is gemarkeerd. Geef opnieuw uw oordeel.',
      opensAt: day(-55 + 11 * (r - 1)),
      closesAt: day(-48 + 11 * (r - 1)),
      feedbackByGroup: true,
    });
    if (!openRound(db, rating.id, userId).ok) return;
    if (r === 1)
      // The protocol was laid down before the first rating round opened (two days before its opening date).
      db.update(protocols)
        .set({ createdAt: new Date(`${day(-57)}T10:00:00`) })
        .where(eq(protocols.studyId, studyId))
        .run();
    const list = roundItemsOf(db, rating.id);
    for (const [i, p] of panel.entries()) {
      if (absent[r - 1]!.includes(i)) continue;
      const a = access(rating.id, p.id);
      list.forEach((it, j) => {
        const settles = editedItemFor(it.text)?.settles ?? 1;
        const agreed = typeof settles === 'number' && r >= settles;
        let imp: number;
        if (settles === 'out') imp = i % 5 === 4 ? 6 : 1 + Math.floor(rand() * 3);
        else if (agreed) imp = (i + j) % 8 === 0 ? 6 : 7 + Math.floor(rand() * 3);
        else imp = (i + j + r) % 2 === 0 ? 7 + Math.floor(rand() * 3) : 4 + Math.floor(rand() * 3);
        const freq = agreed ? 3 + Math.floor(rand() * 3) : 2 + Math.floor(rand() * 3);
        const cj = agreed && (i * 7 + j) % 29 === 5;
        // Principled objections: on the item the panel leaves out, and on one that never reaches consensus.
        const dissent =
          dissents < 3 &&
          ((settles === 'out' && i % 5 === 4) || (settles === 'never' && r === 3 && imp <= 6 && i === 2));
        if (dissent) dissents++;
        const comment =
          (i + j) % 17 === 3
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
            dissentReason: !dissent
              ? ''
              : settles === 'out'
                ? i % 2 === 0
                  ? 'Een afschrift maakt de afspraken voor de cliënt zichtbaar; dat hoort bij goede hulp.'
                  : 'Cliënten met weinig overzicht hebben het plan op papier nodig om erop terug te kunnen vallen.'
                : 'Dit hoort bij het vak; het moet niet van het team afhangen.',
          },
          false,
        );
      });
      if (!(r === 1 && i === 12)) completeParticipation(db, a.participationId);
    }
    closeRound(db, rating.id, userId);
    backdateRound(db, rating.id);
  }
}

/** Puts the activity the panel added under the sub-aspect of the edited draft it belongs to. */
function placeAdded(db: Db, studyId: number, userId: number, text: string): void {
  const item = db
    .select()
    .from(items)
    .where(and(eq(items.studyId, studyId), eq(items.status, 'active'), eq(items.text, text)))
    .get();
  const target = db
    .select()
    .from(clusters)
    .where(and(eq(clusters.studyId, studyId), eq(clusters.label, 'Aanleiding van de aanmelding')))
    .get();
  if (item && target)
    changeItem(
      db,
      studyId,
      item.id,
      undefined,
      { clusterId: target.id, phaseId: 'intake', position: 2 },
      'move',
      {
        userId,
        reason: 'hoort bij de aanleiding van de aanmelding',
      },
    );
}

/**
 * A closed coverage round between the review round and the rating rounds: per cluster the panel says whether it
 * covers practice and what is missing; the researcher processes the two activities proposed in it.
 */
function seedCoverage(
  db: Db,
  studyId: number,
  userId: number,
  panel: { id: number }[],
  access: (roundId: number, panellistId: number) => ReturnType<typeof roundForPanellist> & object,
  rand: () => number,
): void {
  const round = createRound(db, userId, {
    studyId,
    kind: 'coverage',
    title: 'Dekking van de indeling',
    instructions: 'Geef per cluster aan of het de praktijk dekt. Mist u een handeling, schrijf die dan op.',
    opensAt: day(-66),
    closesAt: day(-59),
  });
  if (!openRound(db, round.id, userId).ok) return;
  const list = roundClustersOf(db, round.id);
  // What a panellist who finds a cluster incomplete misses there, per cluster of the edited draft.
  const MISSING: Record<string, string> = {
    'Verheldering van de hulpvraag': 'De hulpverlener vraagt naar schulden en betalingsachterstanden.',
    'Samenwerking met het netwerk en andere instanties':
      'De hulpverlener stemt af met de huisarts als die bij de cliënt betrokken is.',
    'Begeleiding tijdens de uitvoering':
      'De hulpverlener stemt met de schuldhulpverlening af wie de cliënt bij welke brieven helpt.',
    'Evaluatie en afsluiting':
      'De hulpverlener spreekt bij de afsluiting af waar de cliënt met nieuwe vragen terecht kan.',
  };
  for (const [i, p] of panel.entries()) {
    if (i === 14) continue;
    const a = access(round.id, p.id);
    list.forEach((c, j) => {
      const roll = rand();
      const verdict = roll < 0.78 ? 'yes' : roll < 0.95 ? 'partly' : 'no';
      const missing = verdict !== 'yes' && (i + j) % 3 === 0 ? (MISSING[c.label] ?? '') : '';
      saveCoverage(db, a, p.id, c.id, { verdict, missing }, false);
    });
    completeParticipation(db, a.participationId);
  }
  saveProposal(
    db,
    access(round.id, panel[9]!.id),
    panel[9]!.id,
    list.find((c) => c.label === 'Evaluatie en afsluiting')?.id ?? null,
    'afsluiting',
    'De hulpverlener stuurt na drie maanden een kaartje om te vragen hoe het gaat.',
    false,
  );
  closeRound(db, round.id, userId);
  backdateRound(db, round.id);
  // The researcher processes every missing activity: most are already in an activity of the draft.
  const items = roundItemsOf(db, round.id);
  const into: [RegExp, RegExp][] = [
    [/schulden/, /in kaart wat er speelt/],
    [/huisarts/, /stemt de hulp af/],
    [/schuldhulpverlening/, /stemt de hulp af/],
    [/nieuwe vragen/, /terecht kan/],
  ];
  const props = db.select().from(proposedActivities).where(eq(proposedActivities.roundId, round.id)).all();
  for (const p of props) {
    const target = items.find((x) => into.some(([m, t]) => m.test(p.text) && t.test(x.text)));
    processProposal(
      db,
      round,
      p.id,
      userId,
      target
        ? { kind: 'merge', itemId: target.refId }
        : {
            kind: 'reject',
            reason:
              'Geen vaste werkwijze in de instelling; besproken als mogelijke verbetering, niet als standaard.',
          },
    );
  }
}
