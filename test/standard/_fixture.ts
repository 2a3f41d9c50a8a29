import type { Db } from '../../db/client';
import {
  cases,
  clusters,
  decisions,
  itemVersions,
  items,
  memberCheckResponses,
  memberChecks,
  panellists,
  participations,
  protocols,
  ratingAnswers,
  roundItems,
  rounds,
} from '../../db/schema';
import { createStudy } from '../../db/studies/studies';
import { createUser } from '../../src/services/auth/accounts';
import { defaultPhases, frequencyScale, importanceScale } from '../../src/studies/defaults';

export const ACTIVITIES = [
  ['intake', 'De hulpverlener neemt binnen vijf werkdagen contact op met de cliënt.'],
  ['intake', 'De hulpverlener legt uit wat het maatschappelijk werk wel en niet kan bieden.'],
  ['analyse', 'De hulpverlener vraagt door naar de financiële situatie van de cliënt.'],
  ['plan', 'De hulpverlener maakt met de cliënt schriftelijke afspraken over de doelen.'],
  ['afsluiting', 'De hulpverlener evalueert met de cliënt of de doelen zijn bereikt.'],
  ['uitvoering', 'De hulpverlener belt de schuldeiser namens de cliënt.'],
] as const;

/**
 * A study with cases, a panel of 8 in two groups, a draft of six items in two clusters, and two closed rating
 * rounds: round 1 rates all six (items 1–4 in, 5 none, 6 out), round 2 re-rates item 5 (in by override).
 */
export async function standardFixture(db: Db, opts: { email?: string } = {}) {
  const user = await createUser(db, {
    email: opts.email ?? `f-${Math.random()}@example.org`,
    name: 'Anna Onderzoeker',
    password: 'geheim-wachtwoord',
  });
  const study = createStudy(db, user.id, {
    title: 'Procesmatige hulpverlening',
    description: 'Fixture voor de standaard.',
    lang: 'nl',
    phases: defaultPhases('nl'),
    importanceScale: importanceScale('1-9', 'nl'),
    frequencyScale: frequencyScale('1-5', 'nl'),
  });
  const now = new Date('2025-02-01T10:00:00Z');
  for (const [i, src] of (['verslag', 'dossier', 'interview'] as const).entries()) {
    db.insert(cases)
      .values({
        studyId: study.id,
        title: `Casus ${i + 1}`,
        sourceType: src,
        phaseTags: ['intake', 'plan'],
        text: 'Tekst.',
        wordCount: 1,
        createdAt: now,
        updatedAt: now,
      })
      .run();
  }
  const c1 = db
    .insert(clusters)
    .values({
      studyId: study.id,
      position: 1,
      label: 'Contact en kennismaking',
      createdAt: now,
      updatedAt: now,
    })
    .returning()
    .get();
  const s11 = db
    .insert(clusters)
    .values({
      studyId: study.id,
      parentId: c1.id,
      position: 1,
      label: 'Aanmelding',
      createdAt: now,
      updatedAt: now,
    })
    .returning()
    .get();
  const c2 = db
    .insert(clusters)
    .values({ studyId: study.id, position: 2, label: 'Afspraken maken', createdAt: now, updatedAt: now })
    .returning()
    .get();
  const draft = ACTIVITIES.map(([phase, text], i) => {
    const it = db
      .insert(items)
      .values({
        studyId: study.id,
        clusterId: i < 3 ? s11.id : c2.id,
        phaseId: phase,
        text,
        position: i + 1,
        createdAt: now,
        updatedAt: now,
      })
      .returning()
      .get();
    db.insert(itemVersions)
      .values({ itemId: it.id, version: 1, action: 'create', text, status: 'active', at: now })
      .run();
    return it;
  });
  const panel = Array.from({ length: 8 }, (_, i) =>
    db
      .insert(panellists)
      .values({
        studyId: study.id,
        pseudonym: `P00${i + 1}`,
        name: `Naam ${i}`,
        email: `p${i}@example.org`,
        stakeholderGroup: i < 5 ? 'Hulpverleners' : 'Teamleiders',
        tokenSalt: `s${i}`,
        tokenHash: `h${study.id}-${i}`,
        createdAt: now,
      })
      .returning()
      .get(),
  );
  db.insert(protocols)
    .values({
      studyId: study.id,
      config: { preset: 'comet', decideOn: 'importance', countIncomplete: true },
      createdAt: now,
    })
    .run();

  const ratings: Record<number, number[]> = {
    0: [8, 9, 8, 7, 9, 8, 7, 8],
    1: [7, 8, 8, 9, 7, 7, 8, 9],
    2: [9, 9, 8, 8, 7, 9, 8, 7],
    3: [8, 8, 7, 7, 9, 9, 8, 8],
    4: [5, 7, 8, 4, 6, 7, 9, 3],
    5: [1, 2, 3, 2, 1, 2, 8, 1],
  };
  const mkRound = (
    number: number,
    ids: number[],
    decided: ('in' | 'out' | 'none')[],
    override?: { index: number; to: 'in'; reason: string },
  ) => {
    const round = db
      .insert(rounds)
      .values({
        studyId: study.id,
        number,
        kind: 'rating',
        title: `Beoordelingsronde ${number}`,
        opensAt: `2025-0${number + 1}-01`,
        closesAt: `2025-0${number + 1}-20`,
        status: 'closed',
        openedAt: now,
        closedAt: now,
        createdAt: now,
      })
      .returning()
      .get();
    ids.forEach((idx, pos) => {
      const d = draft[idx]!;
      const ri = db
        .insert(roundItems)
        .values({
          roundId: round.id,
          refId: d.id,
          refVersion: 1,
          position: pos + 1,
          number: idx < 3 ? `1.1.${idx + 1}` : `2.${idx - 2}`,
          text: d.text,
          phaseId: d.phaseId,
          clusterNumber: idx < 3 ? '1' : '2',
          clusterLabel: idx < 3 ? c1.label : c2.label,
          subAspectNumber: idx < 3 ? '1.1' : null,
          subAspectLabel: idx < 3 ? s11.label : null,
        })
        .returning()
        .get();
      panel.forEach((p, k) => {
        db.insert(ratingAnswers)
          .values({
            roundId: round.id,
            roundItemId: ri.id,
            panellistId: p.id,
            importance: ratings[idx]![k]!,
            frequency: 3 + ((k + idx) % 3),
            dissent: idx === 0 && k === 7,
            dissentReason: idx === 0 && k === 7 ? 'Vijf werkdagen is te krap.' : '',
            updatedAt: now,
          })
          .run();
      });
      const ov = override && override.index === idx;
      db.insert(decisions)
        .values({
          roundId: round.id,
          roundItemId: ri.id,
          computed: decided[pos]!,
          override: ov ? override.to : null,
          overrideReason: ov ? override.reason : null,
          overrideBy: ov ? user.id : null,
          computedAt: now,
        })
        .run();
    });
    panel.forEach((p, k) =>
      db
        .insert(participations)
        .values({
          roundId: round.id,
          panellistId: p.id,
          invitedAt: now,
          startedAt: k < 7 ? now : null,
          completedAt: k < 6 ? now : null,
        })
        .run(),
    );
    return round;
  };
  const r1 = mkRound(1, [0, 1, 2, 3, 4, 5], ['in', 'in', 'in', 'in', 'none', 'out']);
  mkRound(2, [4], ['none'], { index: 4, to: 'in', reason: 'Het team vindt dit onmisbaar.' });
  db.insert(itemVersions)
    .values({
      itemId: draft[3]!.id,
      version: 2,
      action: 'reword',
      text: draft[3]!.text,
      status: 'active',
      roundId: r1.id,
      at: now,
    })
    .run();
  const mc = db
    .insert(memberChecks)
    .values({ roundId: r1.id, summary: 'Samenvatting ronde 1', publishedAt: now })
    .returning()
    .get();
  panel.slice(0, 5).forEach((p, k) =>
    db
      .insert(memberCheckResponses)
      .values({
        memberCheckId: mc.id,
        panellistId: p.id,
        agrees: k < 4,
        comment: k === 4 ? 'Item 2 anders formuleren.' : '',
        at: now,
      })
      .run(),
  );
  return { user, study, draft, panel };
}
