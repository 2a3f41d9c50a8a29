import type { HandbookInput } from '../../src/handbook';

/** Accounting of a two-round study: the audit trail chapter 2 is generated from. */
export const method: HandbookInput['method'] = {
  cases: {
    total: 24,
    bySource: [
      { source: 'verslag', count: 9 },
      { source: 'dossier', count: 8 },
      { source: 'interview', count: 5 },
      { source: 'transcript', count: 2 },
    ],
    byPhase: [
      { phase: 'intake', count: 14 },
      { phase: 'analyse', count: 12 },
      { phase: 'plan', count: 10 },
      { phase: 'uitvoering', count: 9 },
      { phase: 'afsluiting', count: 6 },
    ],
  },
  panel: [
    { group: 'Maatschappelijk werkers', count: 14 },
    { group: 'Teamleiders', count: 3 },
    { group: 'Cliëntenraad', count: 2 },
  ],
  rounds: [
    {
      number: 1,
      kind: 'review',
      title: 'Aanvullen en herformuleren',
      opensAt: '2024-10-01',
      closesAt: '2024-10-21',
      invited: 19,
      started: 18,
      completed: 17,
      itemsAdded: 6,
      itemsMerged: 3,
      itemsReworded: 11,
      itemsDropped: 2,
      itemsCarriedForward: 0,
    },
    {
      number: 2,
      kind: 'rating',
      title: 'Belang en frequentie',
      opensAt: '2024-11-18',
      closesAt: '2024-12-06',
      invited: 19,
      started: 16,
      completed: 15,
      itemsAdded: 0,
      itemsMerged: 1,
      itemsReworded: 2,
      itemsDropped: 1,
      itemsCarriedForward: 3,
    },
  ],
  consensus: {
    description: 'COMET-regel (schaal 1–9): consensus "opnemen" als ≥ 70% een 7–9 geeft en < 15% een 1–3.',
    changes: [
      {
        at: '2024-11-10',
        from: 'Minimaal 80% in 7–9',
        to: 'Minimaal 70% in 7–9 en < 15% in 1–3',
        reason: 'Aansluiten bij de COMET-richtlijn, vóór de beoordelingsronde.',
      },
    ],
  },
  overrides: [
    {
      item: {
        number: '2.1.2',
        round: 2,
        roundNumber: '2.1.4',
        text: 'De hulpverlener meldt vermoedens van huiselijk geweld volgens de meldcode.',
      },
      decision: 'in',
      reason: 'Wettelijke meldcode; zelden maar van groot belang.',
    },
  ],
  feedback: [{ round: 2, items: 3 }],
  adoptionConfirmed: [{ code: 'no-member-check', count: 1 }],
  memberChecks: [
    {
      round: 1,
      published: '2024-10-28',
      agreed: 15,
      comments: 4,
      outcome: 'Verslag aangepast op twee punten.',
    },
  ],
  dissent: [
    {
      item: {
        number: '3.2.1',
        round: 2,
        roundNumber: '3.2.1',
        text: 'De hulpverlener evalueert elke zes weken met de cliënt de voortgang op de doelen.',
      },
      count: 3,
      reasons: ['Zes weken is te kort bij crisisbegeleiding', 'Evaluatie "op maat" volstaat'],
      status: 'in',
    },
    {
      item: {
        number: null,
        round: 2,
        roundNumber: '3.2.3',
        text: 'De hulpverlener stuurt de cliënt een kaart na afsluiting.',
      },
      count: 1,
      reasons: ['Een kaart hoort bij goed afsluiten'],
      status: 'out',
    },
  ],
};

export const appendix: HandbookInput['appendix'] = {
  itemStats: [
    {
      round: 2,
      rows: [
        {
          item: {
            number: '1.1.1',
            round: 2,
            roundNumber: '1.1.1',
            text: 'De hulpverlener neemt binnen vijf werkdagen na aanmelding contact op met de cliënt.',
          },
          importance: { n: 15, cannotJudge: 0, median: 8, iqr: 1 },
          frequency: { n: 14, cannotJudge: 1, median: 4, iqr: 1 },
          agreement: 0.867,
          decision: 'in',
        },
        {
          item: {
            number: '3.2.1',
            round: 2,
            roundNumber: '3.1.5',
            text: 'De hulpverlener evalueert elke zes weken met de cliënt de voortgang op de doelen.',
          },
          importance: { n: 15, cannotJudge: 0, median: 6.5, iqr: 2.5 },
          frequency: { n: 15, cannotJudge: 0, median: 3, iqr: 2 },
          agreement: 0.6,
          decision: 'no-consensus',
        },
        {
          item: {
            number: null,
            round: 2,
            roundNumber: '3.2.3',
            text: 'De hulpverlener stuurt de cliënt een kaart na afsluiting.',
          },
          importance: { n: 14, cannotJudge: 1, median: 2, iqr: 2 },
          frequency: { n: 13, cannotJudge: 2, median: 1, iqr: 1 },
          agreement: 0.067,
          decision: 'out',
        },
      ],
    },
  ],
};
