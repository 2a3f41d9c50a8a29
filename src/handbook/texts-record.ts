import type { Lang } from './input';

/**
 * Sentences of the handbook that depend on what the records show: each one is chosen (or left out) by the
 * builders from the data, so the handbook states nothing that did not happen.
 */
export interface RecordTexts {
  /** An item's number in a round, e.g. "ronde 2: 4.1.5". */
  roundRef: (round: string, number: string) => string;
  normMissing: string;
  normNone: string;
  excludedText: string;
  excludedReasons: Record<'out' | 'none' | 'override-out' | 'override-none', string>;
  decisions: Record<'in' | 'out' | 'none', string>;
  /** `rounds` lists each round with its count, e.g. "ronde 4 (10 items) en ronde 5 (4 items)". */
  feedbackGiven: (rounds: string) => string;
  roundItems: (round: string, items: string) => string;
  feedbackByGroup: (rounds: string) => string;
  consensusAfter: (date: string, round: string) => string;
  consensusDefault: string;
  /** What became of the activities the panel proposed or missed in one round; `outcomes` is a list of counts. */
  proposalsProcessed: (round: string, named: string, outcomes: string) => string;
  proposalOutcomes: Record<'accepted' | 'merged' | 'rejected' | 'open', (n: string) => string>;
  /** The round reports returned to the panel, e.g. "ronde 1 en ronde 6". */
  memberChecksHeld: (rounds: string) => string;
  feedbackNone: string;
  coverageHeld: (rounds: string) => string;
  coverageNone: string;
  reviewHeld: (rounds: string) => string;
  /** A review round on the criteria and norms of a draft standard version. */
  criteriaHeld: (rounds: string) => string;
  criteriaKind: string;
  dissentStatus: Record<'in' | 'out' | 'none', string>;
  checklistClusterCaption: (phase: string, cluster: string) => string;
  criterionMissing: string;
  statsHeader: string[];
  /** Two figures for importance and frequency, e.g. "8 / 7". */
  pair: (importance: string, frequency: string) => string;
  adoption: string;
  adoptionClean: string;
  adoptionConfirmed: string;
  adoptionWarnings: Record<string, (n: string) => string>;
}

const nl: RecordTexts = {
  roundRef: (r, n) => `ronde ${r}: ${n}`,
  normMissing: 'Geen norm vastgesteld',
  normNone: 'Geen norm (bewust niet vastgesteld)',
  excludedText:
    'De volgende items zijn door het panel beoordeeld maar horen niet bij deze versie van de standaard. Bij elk ' +
    'item staat het vastgelegde besluit.',
  excludedReasons: {
    out: 'consensus: niet opnemen',
    none: 'geen consensus',
    'override-out': 'besluit onderzoekers: niet opnemen',
    'override-none': 'besluit onderzoekers: geen consensus',
  },
  decisions: { in: 'Opnemen', out: 'Niet opnemen', none: 'Geen consensus' },
  feedbackGiven: (rounds) =>
    `In ${rounds} zag ieder panellid bij elk opnieuw voorgelegd item de verdeling van de antwoorden ` +
    'van de groep in de vorige beoordelingsronde, de mediaan, de geanonimiseerde opmerkingen en het eigen ' +
    'eerdere antwoord.',
  roundItems: (round, items) => `${round} (${items} ${items === '1' ? 'item' : 'items'})`,
  feedbackByGroup: (rounds) => `In ${rounds} was die terugkoppeling ook per stakeholdergroep uitgesplitst.`,
  consensusAfter: (date, round) =>
    `Het consensusprotocol is vastgelegd op ${date}, nadat ${round} (de eerste beoordelingsronde) was geopend. ` +
    'Het luidt:',
  consensusDefault:
    'Er is geen eigen consensusprotocol vastgelegd; de besluiten volgen de standaardregel van Maatstaf:',
  proposalsProcessed: (round, named, outcomes) =>
    `In ${round} noemde het panel ${named} ${named === '1' ? 'nieuwe of ontbrekende activiteit' : 'nieuwe of ontbrekende activiteiten'}: ${outcomes}.`,
  proposalOutcomes: {
    accepted: (n) => `${n} opgenomen als nieuw item`,
    merged: (n) => `${n} samengevoegd met een bestaand item`,
    rejected: (n) => `${n} met een reden niet overgenomen`,
    open: (n) => `${n} nog niet verwerkt`,
  },
  memberChecksHeld: (rounds) =>
    `De verslagen van ${rounds} zijn aan het panel voorgelegd met de vraag of ze een juiste weergave zijn.`,
  feedbackNone:
    'Er is geen beoordelingsronde gehouden met items die opnieuw werden voorgelegd; er is dus geen ' +
    'groepsfeedback tussen rondes gegeven.',
  coverageHeld: (rounds) => `In ${rounds} toetste het panel of de indeling in clusters de praktijk dekt.`,
  coverageNone: 'Er is geen aparte ronde gehouden waarin het panel de dekking van de indeling toetste.',
  reviewHeld: (rounds) => `In ${rounds} vulde het panel de items aan en herformuleerde ze.`,
  criteriaHeld: (rounds) =>
    `In ${rounds} beoordeelde het panel de criteria, normen en bronnen van bewijs van de standaard zoals die werd vastgesteld.`,
  criteriaKind: 'Criteria en normen beoordelen',
  dissentStatus: {
    in: 'opgenomen in de standaard',
    out: 'niet opgenomen',
    none: 'niet opgenomen (geen consensus)',
  },
  checklistClusterCaption: (phase, cluster) => `Scorelijst fase ${phase} — ${cluster}`,
  criterionMissing: 'Geen criterium vastgesteld',
  statsHeader: [
    'Item',
    'n (belang / frequentie)',
    'Belang: mediaan (IQR)',
    '% hoogste band',
    'Frequentie: mediaan (IQR)',
    'Kan niet beoordelen (belang / frequentie)',
    'Besluit',
  ],
  pair: (a, b) => `${a} / ${b}`,
  adoption: 'Vaststelling',
  adoptionClean: 'Bij de vaststelling toonde de controlelijst geen open punten.',
  adoptionConfirmed:
    'Bij de vaststelling toonde de controlelijst de volgende punten; de onderzoekers hebben ze gezien en de ' +
    'versie toch vastgesteld:',
  adoptionWarnings: {
    'open-rounds': (n) => (n === '1' ? '1 ronde stond nog open' : `${n} rondes stonden nog open`),
    'no-consensus': (n) => `${n} ${n === '1' ? 'beoordeeld item' : 'beoordeelde items'} zonder consensus`,
    'no-member-check': () => 'de definitieve standaard is niet aan het panel voorgelegd (geen member check)',
    'protocol-changed': (n) => `het consensusprotocol is ${n} keer gewijzigd na de eerste beoordelingsronde`,
  },
};

const en: RecordTexts = {
  roundRef: (r, n) => `round ${r}: ${n}`,
  normMissing: 'No norm set',
  normNone: 'No norm (deliberately not set)',
  excludedText:
    'The panel rated the following items, but they are not part of this version of the standard. Each item ' +
    'shows the recorded decision.',
  excludedReasons: {
    out: 'consensus: exclude',
    none: 'no consensus',
    'override-out': 'researchers’ decision: exclude',
    'override-none': 'researchers’ decision: no consensus',
  },
  decisions: { in: 'Include', out: 'Leave out', none: 'No consensus' },
  feedbackGiven: (rounds) =>
    `In ${rounds} each panellist saw, for every item presented again, the distribution of the group's ` +
    'answers in the previous rating round, the median, the anonymised comments and their own previous answer.',
  roundItems: (round, items) => `${round} (${items} ${items === '1' ? 'item' : 'items'})`,
  feedbackByGroup: (rounds) => `In ${rounds} that feedback was also split by stakeholder group.`,
  consensusAfter: (date, round) =>
    `The consensus protocol was laid down on ${date}, after ${round} (the first rating round) had opened. It reads:`,
  consensusDefault:
    "No protocol of the study's own was laid down; the decisions follow Maatstaf's default rule:",
  proposalsProcessed: (round, named, outcomes) =>
    `In ${round} the panel named ${named} new or missing ${named === '1' ? 'activity' : 'activities'}: ${outcomes}.`,
  proposalOutcomes: {
    accepted: (n) => `${n} added as a new item`,
    merged: (n) => `${n} merged into an existing item`,
    rejected: (n) => `${n} not taken over, with a reason`,
    open: (n) => `${n} not yet processed`,
  },
  memberChecksHeld: (rounds) =>
    `The reports of ${rounds} were returned to the panel with the question whether they are accurate.`,
  feedbackNone: 'No rating round presented items again, so no group feedback was given between rounds.',
  coverageHeld: (rounds) => `In ${rounds} the panel checked whether the clusters cover practice.`,
  coverageNone: 'No separate round was held in which the panel checked whether the clusters cover practice.',
  reviewHeld: (rounds) => `In ${rounds} the panel supplemented and reworded the items.`,
  criteriaHeld: (rounds) =>
    `In ${rounds} the panel reviewed the criteria, norms and sources of evidence of the standard as it was to be adopted.`,
  criteriaKind: 'Reviewing criteria and norms',
  dissentStatus: { in: 'included in the standard', out: 'not included', none: 'not included (no consensus)' },
  checklistClusterCaption: (phase, cluster) => `Checklist phase ${phase} — ${cluster}`,
  criterionMissing: 'No criterion set',
  statsHeader: [
    'Item',
    'n (importance / frequency)',
    'Importance: median (IQR)',
    '% top band',
    'Frequency: median (IQR)',
    'Cannot judge (importance / frequency)',
    'Decision',
  ],
  pair: (a, b) => `${a} / ${b}`,
  adoption: 'Adoption',
  adoptionClean: 'At adoption the checklist showed no open points.',
  adoptionConfirmed:
    'At adoption the checklist showed the following points; the researchers saw them and adopted the version ' +
    'nonetheless:',
  adoptionWarnings: {
    'open-rounds': (n) => `${n} ${n === '1' ? 'round' : 'rounds'} still open`,
    'no-consensus': (n) => `${n} rated ${n === '1' ? 'item' : 'items'} without consensus`,
    'no-member-check': () => 'the final standard was not put to the panel (no member check)',
    'protocol-changed': (n) =>
      `the consensus protocol was changed ${n === '1' ? 'once' : `${n} times`} after the first rating round`,
  },
};

export const recordTexts = (lang: Lang): RecordTexts => (lang === 'en' ? en : nl);
