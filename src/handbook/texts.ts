import type { RecordTexts } from './texts-record';
import type { CriticalityClass, EvidenceSource, RoundKind } from '../domain';

/**
 * Every sentence of the handbook, per language. Functions take already formatted values
 * (dates, numbers, lists), so the dictionaries hold wording only.
 */
export interface Texts {
  subtitle: string;
  record: RecordTexts;
  statusLine: { draft: (version: string) => string; adopted: (version: string, date: string) => string };
  meta: {
    institution: string;
    version: string;
    status: string;
    date: string;
    adoptedBy: string;
    authors: string;
    draft: string;
    adopted: string;
  };
  toc: string;
  chapters: {
    intro: string;
    method: string;
    concepts: string;
    standard: string;
    procedure: string;
    scoring: string;
    feedback: string;
    appChecklists: string;
    appReport: string;
    appStats: string;
  };
  intro: {
    purpose: string;
    purposeText: (title: string, institution: string) => string;
    developedText: string;
    status: string;
    draftText: (version: string, date: string) => string;
    adoptedText: (version: string, date: string, by: string) => string;
    authorsText: (names: string) => string;
    use: string;
    useItems: string[];
  };
  method: {
    introText: string;
    cases: string;
    casesText: (total: string) => string;
    casesPhaseNote: string;
    sourceHeader: [string, string];
    phaseHeader: [string, string];
    sourceCaption: string;
    phaseCaption: string;
    sources: Record<string, string>;
    panel: string;
    panelText: (total: string, groups: string) => string;
    panelHeader: [string, string, string];
    panelCaption: string;
    rounds: string;
    roundsText: (n: string) => string;
    roundKinds: Record<RoundKind, string>;
    roundsHeader: string[];
    roundsCaption: string;
    attrition: (from: string, to: string, a: string, b: string) => string;
    subset: (round: string, size: string, min: string, randomOrder: boolean) => string;
    imported: (items: string) => string;
    realtime: (round: string) => string;
    changes: string;
    changesText: string;
    changesHeader: string[];
    changesCaption: string;
    consensus: string;
    consensusText: string;
    consensusUnchanged: string;
    consensusChanged: (n: string) => string;
    consensusHeader: string[];
    consensusCaption: string;
    overrides: string;
    overridesNone: string;
    overridesText: string;
    overridesHeader: string[];
    overridesCaption: string;
    memberChecks: string;
    memberChecksNone: string;
    memberChecksHeader: string[];
    memberChecksCaption: string;
    dissent: string;
    dissentText: string;
    dissentNone: string;
    dissentItem: (item: string, count: string) => string;
    none: string;
    round: (n: string) => string;
  };
  concepts: { introText: string; terms: [string, string][] };
  standard: {
    introText: (items: string, clusters: string) => string;
    overviewCaption: string;
    overviewHeader: [string, string, string];
    cluster: (number: string, title: string) => string;
    fields: {
      criterion: string;
      norm: string;
      phase: string;
      source: string;
      criticality: string;
      class: string;
      explanation: string;
    };
    normText: (pct: string, unit: string) => string;
    normAll: (unit: string) => string;
    units: Record<string, string>;
    sources: Record<EvidenceSource, string>;
    criticality: (value: string, importance: string, frequency: string) => string;
    classes: Record<CriticalityClass, string>;
    rubric: string;
    level: (n: string) => string;
    dropped: string;
    otherPhase: string;
    /** An item placed in no phase of the help. */
    noPhase: string;
  };
  procedure: {
    sections: { title: string; paragraphs: string[]; list?: { ordered: boolean; items: string[] } }[];
  };
  scoring: {
    sections: { title: string; paragraphs: string[]; list?: { ordered: boolean; items: string[] } }[];
    formula: string;
  };
  feedback: {
    sections: { title: string; paragraphs: string[] }[];
    nextReview: (year: string) => string;
  };
  appendix: {
    checklistsText: string;
    formFields: string;
    checklistHeader: string[];
    checklistCaption: (phase: string) => string;
    critical: string;
    optional: string;
    reportText: string;
    reportItems: string[];
    reportTableCaption: string;
    reportTableHeader: string[];
    statsText: string;
    statsRound: (n: string) => string;
    statsCaption: (n: string) => string;
    decisions: Record<string, string>;
    statsNone: string;
  };
}
