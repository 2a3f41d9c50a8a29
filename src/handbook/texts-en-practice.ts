import type { Texts } from './texts';

export const enPractice: Pick<Texts, 'standard' | 'procedure' | 'scoring' | 'feedback' | 'appendix'> = {
  standard: {
    introText: (items, clusters) =>
      `The standard has ${items} items in ${clusters} clusters. Per cluster and sub-aspect the activities are ` +
      'given in behavioural terms, with criterion, norm, phase, source of evidence and criticality. Where rubric ' +
      'levels are worked out, they run from low to high.',
    overviewCaption: 'Overview of the standard',
    overviewHeader: ['Cluster', 'Sub-aspects', 'Items'],
    cluster: (n, t) => `Cluster ${n}. ${t}`,
    fields: {
      criterion: 'Criterion',
      norm: 'Norm',
      phase: 'Phase',
      source: 'Source of evidence',
      criticality: 'Criticality',
      class: 'Kind of criterion',
      explanation: 'Explanation',
    },
    normText: (pct, unit) => `In at least ${pct}% of the reviewed ${unit}`,
    normAll: (unit) => `In all reviewed ${unit}`,
    units: { dossiers: 'files', observaties: 'observations', gesprekken: 'conversations' },
    sources: {
      dossier: 'Case file',
      observatie: 'Observation',
      gesprek: 'Conversation with the practitioner',
      anders: 'Other',
    },
    criticality: (v, imp, freq) => `${v} (importance ${imp} × frequency ${freq})`,
    classes: {
      core: 'Core criterion: always assess',
      critical: 'Critical criterion: always assess when applicable',
      optional: 'Optional',
      drop: 'Less important and rare: advised to leave out (the recorded decision governs)',
    },
    rubric: 'Rubric levels, from low to high:',
    level: (n) => `Level ${n}`,
    dropped: 'Items not included',
    otherPhase: 'Other',
    noPhase: 'no phase',
  },
  procedure: {
    sections: [
      {
        title: 'The review group',
        paragraphs: [
          'A review group consists of three to eight colleagues doing comparable work. In a smaller group the ' +
            'judgement depends too much on one person; in a larger group too little time is left per practitioner. ' +
            'A fixed group works best: it builds the safety to discuss doubts and mistakes as well.',
        ],
      },
      {
        title: 'Roles',
        paragraphs: ['Every review has three roles. The roles rotate within the group.'],
        list: {
          ordered: false,
          items: [
            'The reviewed practitioner: whose work is discussed. Provides and introduces the files and draws up ' +
              'the improvement plan afterwards.',
            'The reviewers: at least two colleagues who assess the files beforehand with the checklists and ' +
              'substantiate their judgement per criterion.',
            'The chair: plans the review, guards the procedure and the time, makes sure everyone is heard and ' +
              'records the results and agreements.',
          ],
        },
      },
      {
        title: 'Frequency and sample',
        paragraphs: [
          'Every practitioner is reviewed at least once a year. Per practitioner a sample of three to five files ' +
            "is drawn from the past year's files. Choose them at random, not by the reviewed practitioner, and make " +
            'sure all phases of the help process are covered together. Criteria that require an observation or ' +
            "conversation are assessed in an attended or recorded session, with the client's consent.",
        ],
      },
      {
        title: 'Preparation',
        paragraphs: [],
        list: {
          ordered: true,
          items: [
            'The chair plans the meeting and announces at least four weeks ahead who is reviewed and who reviews.',
            'The sample is drawn; the reviewed practitioner makes the files available without data that identify ' +
              'the client.',
            'Each reviewer assesses every file with the checklists of appendix A and notes per criterion what the ' +
              'judgement rests on.',
            'The reviewed practitioner fills in the same checklists as a self-assessment.',
          ],
        },
      },
      {
        title: 'The meeting',
        paragraphs: ['Allow about one hour per reviewed practitioner.'],
        list: {
          ordered: true,
          items: [
            'The chair opens, states the purpose and repeats the agreements on confidentiality.',
            'The reviewed practitioner briefly introduces the files.',
            'Per cluster the reviewers compare their scores; where they differ, the group discusses the reasons ' +
              'until there is a shared judgement per criterion.',
            'The group names what goes well and what could be better.',
            'The reviewed practitioner, helped by the group, formulates points for improvement.',
          ],
        },
      },
      {
        title: 'The report',
        paragraphs: [
          'Within two weeks the chair writes a short report following the template in appendix B: scores per ' +
            'criterion, compliance per cluster and phase, comparison with the norm, strengths, points for ' +
            'improvement and agreements. The report belongs to the reviewed practitioner. Only summarised results ' +
            'that cannot be traced to persons go to the team or management.',
        ],
      },
    ],
  },
  scoring: {
    sections: [
      {
        title: 'Scores',
        paragraphs: [
          'The reviewers score each criterion per file, observation or conversation with one of the following ' +
            'scores. When in doubt between two scores, choose the lower one and note why.',
        ],
        list: {
          ordered: false,
          items: [
            'Met (counts as 1): the criterion is fully met.',
            'Partly met (counts as 0.5): part of the criterion is met.',
            'Not met (counts as 0): the criterion is not met.',
            'N/a: the criterion does not apply in this case; it does not count.',
          ],
        },
      },
      {
        title: 'Computing compliance',
        paragraphs: [
          'Compliance is the weighted share of scores in which the criterion is met. N/a scores are left out of ' +
            'the denominator.',
          'Compute compliance per criterion (over all reviewed files of one practitioner), per cluster and per ' +
            'phase (over all scores of the criteria in that cluster or phase) and per practitioner (over all of ' +
            'their scores).',
          'Example: a criterion is scored in five files: met three times, partly met once and n/a once. Compliance ' +
            'is (3 + 0.5) / (5 − 1) = 3.5 / 4 = 87.5%.',
        ],
      },
      {
        title: 'Comparing with the norm',
        paragraphs: [
          'Compare compliance per criterion with the norm. If compliance is at or above the norm, the norm is met. ' +
            'In the example compliance is 87.5%; with a norm of 80% the norm is met.',
          'Critical criteria always count when they apply, even if they are rare. If a criterion is n/a in all ' +
            'files, no compliance can be computed; state this in the report.',
        ],
      },
    ],
    formula: 'Compliance = (number met + 0.5 × number partly met) / (number of scores − number n/a) × 100%',
  },
  feedback: {
    sections: [
      {
        title: 'Feedback',
        paragraphs: [
          'The results are discussed at the meeting itself. The reviewed practitioner receives the report and can ' +
            'use it in supervision or the annual development review.',
        ],
      },
      {
        title: 'Improvement plan',
        paragraphs: [
          'For every criterion where the norm was not met, the reviewed practitioner draws up an improvement plan: ' +
            'what do I want to do differently, how, with what support (peer consultation, training, a colleague ' +
            'reading along) and when do we check whether it worked? The next review starts with this plan.',
          'If several practitioners miss the norm on the same criterion, this points to working conditions or to ' +
            'the standard itself rather than to the practitioners. Discuss it in the team.',
        ],
      },
      {
        title: 'Review of the standard',
        paragraphs: [
          'The standard records what good work in this institution is at present. Review it every two to three ' +
            'years, and sooner if the work or regulations change substantially. Use the review results: criteria ' +
            'that are nearly always n/a, that everyone always meets, or that keep causing discussion are candidates ' +
            'for rephrasing. The review follows the same method as the development: with the practitioners, in rounds.',
        ],
      },
    ],
    nextReview: (y) => `The next review is planned for ${y} at the latest.`,
  },
  appendix: {
    checklistsText:
      'Use one set of checklists per file, observation or conversation. Tick one column per criterion and note ' +
      'why when in doubt or when scoring "partly". Each row names the activity with its number in chapter 4, its ' +
      'criterion, its norm and its source of evidence.',
    formFields: 'Reviewed: ……………   Reviewer: ……………   File: ……………   Date: ……………',
    checklistHeader: ['Activity, criterion, norm and source', 'Met', 'Partly', 'Not met', 'N/a', 'Notes'],
    checklistCaption: (phase) => `Checklist phase: ${phase}`,
    critical: '(critical)',
    optional: '(optional)',
    reportText: 'The report of a review contains the following parts:',
    reportItems: [
      'Details: date, group, reviewed practitioner, reviewers, chair and the files reviewed (without client data).',
      'Compliance per criterion, compared with the norm.',
      'Compliance per cluster and per phase, and overall compliance.',
      'What goes well.',
      'Points for improvement.',
      'Agreements and improvement plan: what, how, with what support and when it will be checked.',
      'Remarks on the standard itself, for the next review.',
    ],
    reportTableCaption: 'Compliance per cluster',
    reportTableHeader: ['Cluster', 'Compliance', 'Norm met for', 'Remarks'],
    statsText:
      'Per round, for importance and frequency, the number of valid ratings (n), the median and the ' +
      'interquartile range (IQR, quartiles by R type 7) are listed; for importance also the agreement (the ' +
      'share of valid ratings in the top band), then the number of "cannot judge" answers (not counted) and ' +
      'the decision. The item number is its number in this standard; where the round numbered it differently, ' +
      'that number follows.',
    statsRound: (n) => `Round ${n}`,
    statsCaption: (n) => `Item statistics round ${n}`,
    decisions: {
      in: 'Consensus: include',
      out: 'Consensus: exclude',
      'no-consensus': 'No consensus',
      'carried-forward': 'Presented again',
      'override-in': 'Include (researchers’ decision)',
      'override-out': 'Exclude (researchers’ decision)',
      'override-none': 'No consensus (researchers’ decision)',
    },
    statsNone: 'No item statistics were recorded.',
  },
};
