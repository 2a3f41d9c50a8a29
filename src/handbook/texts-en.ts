import type { Texts } from './texts';
import { recordTexts } from './texts-record';
import { enPractice } from './texts-en-practice';

export const en: Texts = {
  record: recordTexts('en'),
  subtitle: 'Handbook for peer review within the institution',
  statusLine: {
    draft: (v) => `Version ${v} — draft, not yet adopted`,
    adopted: (v, d) => `Version ${v} — adopted on ${d}`,
  },
  meta: {
    institution: 'Institution',
    version: 'Version',
    status: 'Status',
    date: 'Date',
    adoptedBy: 'Adopted by',
    authors: 'Compiled by',
    draft: 'Draft',
    adopted: 'Adopted',
  },
  toc: 'Contents',
  chapters: {
    intro: 'Introduction',
    method: 'Accounting of the method',
    concepts: 'Concepts',
    standard: 'The standard',
    procedure: 'Peer-review procedure',
    scoring: 'Scoring and computing compliance',
    feedback: 'Feedback, improvement plan and review',
    appChecklists: 'Appendix A. Scoring checklists per phase and cluster',
    appReport: 'Appendix B. Template for the review report',
    appStats: 'Appendix C. Item statistics per round',
  },
  intro: {
    purpose: 'Purpose of this handbook',
    purposeText: (title, inst) =>
      `This handbook contains the standard "${title}": the activities that the practitioners of ${inst} agreed ` +
      'on together as an acceptable level of quality, each with a criterion and a norm. The handbook is meant for ' +
      "peer review: colleagues assess each other's work against the standard, discuss the results and agree on " +
      "improvements. The aim is not control but strengthening every practitioner's methodical practice.",
    developedText:
      'The standard was developed with the practitioners themselves. The activities were named from their ' +
      'practice stories; in later rounds they were supplemented, phrased in behavioural terms, grouped into ' +
      'clusters and rated for importance and frequency. Chapter 2 accounts for this method.',
    status: 'Status of this version',
    draftText: (v, d) =>
      `This is version ${v}, a draft of ${d}. The standard has not been adopted yet. Use this version to comment ` +
      'or to practise reviewing, not to draw conclusions.',
    adoptedText: (v, d, by) =>
      `This is version ${v}, adopted on ${d}${by ? ` by ${by}` : ''}. It applies until a revised version is ` +
      'adopted (see chapter 7).',
    authorsText: (names) => `This handbook was compiled by ${names}.`,
    use: 'How to use this handbook',
    useItems: [
      'Chapter 3 explains the concepts used in the standard and in reviewing.',
      'Chapter 4 contains the standard itself, per cluster and sub-aspect: each activity with its criterion, ' +
        'norm, source of evidence and, where worked out, rubric levels.',
      'Chapter 5 describes how a review group prepares and holds a peer review.',
      'Chapter 6 describes how to score and compute compliance; the checklists are in appendix A.',
      'Chapter 7 covers feedback, the improvement plan and the review of the standard.',
    ],
  },
  method: {
    introText:
      'This chapter describes how the standard came about. It is compiled from the recorded data of the study, so ' +
      'that it can be traced afterwards how the results were reached. The method of Oostrik (1994) has these ' +
      'steps: collect practice stories, name the activities, supplement them in rounds and rephrase them in ' +
      'behavioural terms, group them and add criteria, check coverage, and finally have importance and frequency ' +
      'rated. Which of these steps this study took, and in which rounds, is set out in the sections below.',
    cases: 'Cases used',
    casesText: (t) => `${t} case descriptions by practitioners were used to name the activities.`,
    casesPhaseNote:
      'A case may span more than one phase, so the counts per phase need not add up to the total.',
    sourceHeader: ['Type of source', 'Cases'],
    phaseHeader: ['Phase', 'Cases'],
    sourceCaption: 'Cases per type of source',
    phaseCaption: 'Cases per phase',
    sources: {
      verslag: 'Written report',
      dossier: 'Case file',
      interview: 'Interview with the practitioner',
      transcript: 'Transcript of a conversation (audio or video)',
      anders: 'Other',
    },
    panel: 'Panel composition',
    panelText: (t, g) =>
      `The panel consisted of ${t} members from ${g} ${g === '1' ? 'group' : 'groups'}. Panellists remained anonymous to each other: nobody could ` +
      'see who had answered what.',
    panelHeader: ['Group', 'Members', 'Share'],
    panelCaption: 'Panellists per group',
    rounds: 'Rounds and response',
    roundsText: (n) =>
      `${n} rounds were held. The response rate is the share of invitees who completed the round.`,
    roundKinds: {
      review: 'Supplement and rephrase',
      coverage: 'Check the grouping',
      rating: 'Rate importance and frequency',
    },
    roundsHeader: ['Round', 'Kind', 'Period', 'Invited', 'Started', 'Completed', 'Response'],
    roundsCaption: 'Rounds, dates and response',
    attrition: (from, to, a, b) =>
      `From round ${from} to round ${to} the number of completed questionnaires went from ${a} to ${b}.`,
    subset: (round, size, min, randomOrder) =>
      `In round ${round} each panellist rated a random subset of ${size} items, balanced and stratified by ` +
      `cluster so that every item was put to at least ${min} panellists` +
      `${randomOrder ? ', in a random order per panellist' : ''}. The allocation was fixed with a stored seed; ` +
      'a panellist who joined during the round got a balanced subset of their own. The statistics per item are ' +
      `over the panellists who saw it; the round's report marks every item whose decision rests on fewer than ${min} ` +
      'valid ratings.',
    realtime: (round) =>
      `Round ${round} ran as a real-time Delphi: without fixed rounds, each panellist saw the group's current distribution ` +
      'and the anonymised comments right after answering an item, and could revise until the round closed. ' +
      'Every revision was kept; the report shows per item the first and last ratings and how agreement moved.',
    imported: (items) =>
      `Besides the cases, ${items === '1' ? '1 item' : `${items} items`} came from an imported item list (literature, a codebook or an earlier standard); each item's history names the source "import".`,
    changes: 'Changes to the items per round',
    changesText:
      'Between rounds the researchers added, merged, rephrased or dropped items. Carried-forward items are items ' +
      'without consensus that were presented again in the next round.',
    changesHeader: ['Round', 'Added', 'Merged', 'Reworded', 'Dropped', 'Carried forward'],
    changesCaption: 'Changes to the items per round',
    consensus: 'Consensus protocol',
    consensusText: 'Before rating started, it was laid down when an item reaches consensus:',
    consensusUnchanged: 'The protocol was not changed during the study.',
    consensusChanged: (n) =>
      `The protocol was changed ${n === '1' ? 'once' : `${n} times`} during the study:`,
    consensusHeader: ['Date', 'From', 'To', 'Reason'],
    consensusCaption: 'Changes to the consensus protocol',
    overrides: 'Departures from the consensus rule',
    overridesNone: 'The researchers did not depart from the outcome of the consensus rule.',
    overridesText: 'In the following cases the decision differs from what the consensus rule gave:',
    overridesHeader: ['Item', 'Decision', 'Reason'],
    overridesCaption: 'Decisions that depart from the consensus rule',
    memberChecks: 'Member checks',
    memberChecksNone: 'No member checks were recorded.',
    memberChecksHeader: ['Round', 'Returned on', 'Agreed', 'Comments', 'Outcome'],
    memberChecksCaption: 'Member checks per round',
    dissent: 'Dissenting views',
    dissentText:
      'For the following items not everyone agreed with the outcome. The arguments are listed so that minority ' +
      'views remain visible.',
    dissentNone: 'No dissenting views were recorded.',
    dissentItem: (item, count) => `Item ${item} (${count} ${count === '1' ? 'panellist' : 'panellists'}): `,
    none: 'none',
    round: (n) => `Round ${n}`,
  },
  concepts: {
    introText: 'In this handbook the following words have a fixed meaning.',
    terms: [
      [
        'Standard',
        'The coherent set of activities with criteria and norms that marks an acceptable level of quality of help in this institution.',
      ],
      [
        'Activity (item)',
        'What the practitioner concretely does, described in behavioural terms so that it can be observed and ' +
          'assessed. For example: "The practitioner makes written agreements with the client about the goals."',
      ],
      [
        'Criterion',
        'A testable feature or behaviour: the level of execution that must be reached to meet the standard.',
      ],
      [
        'Norm',
        'The required level, expressed as the share of reviewed files, observations or conversations in which the ' +
          'criterion is met. For example: "in at least 80% of the reviewed files".',
      ],
      [
        'Source of evidence',
        'Where the reviewers check whether the criterion is met: the case file, an observation or a conversation ' +
          'with the practitioner.',
      ],
      [
        'Criticality',
        'The median importance times the median frequency, as rated by the panel. The higher the number, the more ' +
          'the item weighs.',
      ],
      [
        'Core, critical and optional criteria',
        'Important and frequent: core criterion, always assess. Important but rare: critical criterion, always ' +
          'assess when applicable. Less important but frequent: optional.',
      ],
      [
        'Peer review',
        "Colleagues assess each other's work against the standard, in a fixed group and following an agreed " +
          'procedure (chapter 5). The aim is learning from each other, not assessment by management.',
      ],
      [
        'N/a (not applicable)',
        'The criterion plays no part in this case, for example because the phase has not been reached. An n/a ' +
          'score is left out when computing compliance.',
      ],
    ],
  },
  ...enPractice,
};
