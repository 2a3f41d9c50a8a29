/**
 * Plain data the app assembles from its records to export the handbook. Dates are ISO strings
 * ('2025-03-12' or full timestamps); free-text fields are user text and are escaped by every renderer.
 */
export type Lang = 'nl' | 'en';

export type EvidenceSource = 'dossier' | 'observatie' | 'gesprek' | 'anders';
export type ItemClass = 'core' | 'critical' | 'optional' | 'drop';
export type RoundKind = 'review' | 'coverage' | 'rating';

export interface Norm {
  /** Required share of reviewed units, 0–100. */
  percentage: number;
  /** What is counted, e.g. 'dossiers', 'observaties', 'gesprekken'. */
  unit: string;
  /** Overrides the generated wording, e.g. "in ten minste 4 van de 5 dossiers". */
  text?: string;
}

export interface StandardItem {
  /** Hierarchical number, e.g. "3.1.2". */
  number: string;
  /** The activity in behavioural terms. */
  text: string;
  /** Id of one of `HandbookInput.phases`. */
  phase: string;
  criterion: string;
  norm: Norm;
  evidenceSource: EvidenceSource;
  /** Median importance × median frequency; null when not rated. */
  criticality: number | null;
  class: ItemClass | null;
  importanceMedian: number | null;
  frequencyMedian: number | null;
  /** Rubric level descriptors, lowest level first: none, or 2–5. */
  rubric: string[];
  explanation?: string;
}

export interface SubAspect {
  number: string;
  title: string;
  items: StandardItem[];
}

export interface Cluster {
  number: string;
  title: string;
  description?: string;
  subAspects: SubAspect[];
}

export interface CaseAccounting {
  total: number;
  /** Keys such as 'verslag', 'dossier', 'interview', 'transcript', 'anders' are translated; others shown as is. */
  bySource: { source: string; count: number }[];
  byPhase: { phase: string; count: number }[];
}

export interface RoundAccount {
  number: number;
  kind: RoundKind;
  title: string;
  opensAt: string;
  closesAt: string;
  invited: number;
  started: number;
  completed: number;
  itemsAdded: number;
  itemsMerged: number;
  itemsReworded: number;
  itemsDropped: number;
  itemsCarriedForward: number;
  /** Each panellist rated a subset of the items (large item pool). */
  subset?: { size: number; minPerItem: number; randomOrder: boolean } | undefined;
  /** Run as a real-time Delphi. */
  realtime?: boolean;
}

export interface ConsensusChange {
  at: string;
  reason: string;
  from: string;
  to: string;
}

export interface MethodAccounting {
  cases: CaseAccounting;
  /** Draft items that came from an imported list, codebook or earlier standard rather than the cases. */
  importedItems?: number;
  panel: { group: string; count: number }[];
  rounds: RoundAccount[];
  consensus: { description: string; changes: ConsensusChange[] };
  /** Researcher decisions that depart from what the consensus rule gave. */
  overrides: { item: string; decision: string; reason: string }[];
  /** Round reports returned to the panel: `agreed` and `comments` are counts of panellists. */
  memberChecks: { round: number; published: string; agreed: number; comments: number; outcome?: string }[];
  /** Items adopted while some panellists disagreed. */
  dissent: { item: string; count: number; reasons: string[] }[];
}

export interface ItemStatRow {
  number: string;
  text: string;
  median: number | null;
  iqr: number | null;
  /** Share of valid ratings in the top band, 0–1. */
  agreement: number | null;
  /** 'in' | 'out' | 'no-consensus' | 'added' | 'merged' | 'reworded' | 'dropped' | 'carried-forward', or free text. */
  decision: string;
}

export interface HandbookInput {
  study: { title: string; description: string; lang: Lang; institution?: string };
  version: {
    number: string | number;
    status: 'draft' | 'adopted';
    adoptedAt?: string;
    adoptedBy?: string;
    createdAt: string;
  };
  authors: string[];
  phases: { id: string; label: string }[];
  clusters: Cluster[];
  method: MethodAccounting;
  appendix: { itemStats: { round: number; rows: ItemStatRow[] }[] };
}
