import type { Lang } from './input';

export interface ReportingItem {
  framework: 'CREDES' | 'DELPHISTAR';
  /** The reporting recommendation, paraphrased. */
  item: string;
  /** Where the handbook covers it. */
  where: string;
}

type Row = [ReportingItem['framework'], nl: string, en: string, whereNl: string, whereEn: string];

// Paraphrased from Jünger et al. 2017 (CREDES) and Niederberger et al. 2024 (DELPHISTAR); limitations and
// funding are not generated from data and belong in the study report itself.
const rows: Row[] = [
  ['CREDES', 'Doel en aanleiding van het onderzoek', 'Purpose and rationale', 'H1.1', 'Ch. 1.1'],
  ['CREDES', 'Samenstelling van het panel', 'Expert panel: selection and characteristics', 'H2.2', 'Ch. 2.2'],
  [
    'CREDES',
    'Beschrijving van de werkwijze en de rondes',
    'Description of the Delphi process and rounds',
    'H2, H2.3',
    'Ch. 2, 2.3',
  ],
  [
    'CREDES',
    'Informatie vooraf aan het panel (casuïstiek, feedback)',
    'Informational input to the panel',
    'H2.1, H2.3',
    'Ch. 2.1, 2.3',
  ],
  ['CREDES', 'Voorkomen van bias (anonimiteit)', 'Prevention of bias (anonymity)', 'H2.2', 'Ch. 2.2'],
  [
    'CREDES',
    'Definitie van consensus, vooraf vastgelegd',
    'Definition of consensus, set a priori',
    'H2.5',
    'Ch. 2.5',
  ],
  [
    'CREDES',
    'Verloop: aantal rondes en respons per ronde',
    'Flow of rounds and response rate per round',
    'H2.3',
    'Ch. 2.3',
  ],
  [
    'CREDES',
    'Verwerking van uitkomsten en items zonder consensus',
    'Processing of results and items without consensus',
    'H2.4, H2.6',
    'Ch. 2.4, 2.6',
  ],
  [
    'CREDES',
    'Uitkomsten per ronde en eindresultaat',
    'Results of each round and final results',
    'H4, bijlage C',
    'Ch. 4, appendix C',
  ],
  // CREDES' external validation is review of the final draft by an external board or authority, which the
  // records do not hold; the member checks (2.7) are checks by the participants themselves.
  [
    'CREDES',
    'Externe validering: het eindconcept beoordeeld door een externe commissie of instantie',
    'External validation: the final draft reviewed and approved by an external board or authority',
    'Niet gegenereerd (hoort in het onderzoeksverslag); H2.9 noemt wie de versie vaststelde',
    'Not generated (belongs in the study report); ch. 2.9 names who adopted the version',
  ],
  [
    'CREDES',
    'Informatie vooraf aan het panel: feedback tussen rondes',
    'Informational input: feedback between rounds',
    'H2.3 (alleen rondes waarin feedback is gegeven)',
    'Ch. 2.3 (only rounds in which feedback was given)',
  ],
  [
    'DELPHISTAR',
    'Werving en omvang van het panel per groep',
    'Panel recruitment and size per group',
    'H2.2',
    'Ch. 2.2',
  ],
  [
    'DELPHISTAR',
    'Data van de rondes; uitgenodigd, begonnen, voltooid',
    'Round dates; invited, started, completed',
    'H2.3',
    'Ch. 2.3',
  ],
  ['DELPHISTAR', 'Uitval tussen rondes', 'Attrition between rounds', 'H2.3', 'Ch. 2.3'],
  [
    'DELPHISTAR',
    'Vorm van de feedback tussen rondes',
    'Form of feedback between rounds',
    'H2.3 (per ronde, alleen waar gegeven)',
    'Ch. 2.3 (per round, only where given)',
  ],
  ['DELPHISTAR', 'Wijzigingen in items tussen rondes', 'Changes to items between rounds', 'H2.4', 'Ch. 2.4'],
  [
    'DELPHISTAR',
    'Consensuscriterium en wijzigingen daarin, met redenen',
    'Consensus criterion and changes, with reasons',
    'H2.5',
    'Ch. 2.5',
  ],
  [
    'DELPHISTAR',
    'Afwijkingen van het protocol, met redenen',
    'Departures from the protocol, with reasons',
    'H2.6',
    'Ch. 2.6',
  ],
  [
    'DELPHISTAR',
    'Afwijkende standpunten (dissent)',
    'Dissent',
    'H2.8 (alle vastgelegde bezwaren, met de uitkomst van het item)',
    'Ch. 2.8 (every recorded objection, with the item’s outcome)',
  ],
  [
    'DELPHISTAR',
    'Besluit tot vaststelling en de open punten daarbij',
    'Decision to adopt and the open points at that moment',
    'H2.9',
    'Ch. 2.9',
  ],
  [
    'DELPHISTAR',
    'Statistiek per item en ronde (mediaan, IQR, overeenstemming)',
    'Item statistics per round',
    'Bijlage C',
    'Appendix C',
  ],
];

/** Which CREDES / DELPHISTAR reporting recommendations the generated accounting covers, for the README. */
export function coveredReportingItems(lang: Lang = 'nl'): ReportingItem[] {
  return rows.map(([framework, nl, en, whereNl, whereEn]) => ({
    framework,
    item: lang === 'en' ? en : nl,
    where: lang === 'en' ? whereEn : whereNl,
  }));
}
