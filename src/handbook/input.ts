/**
 * Plain data the app assembles from its records to export the handbook. Dates are ISO strings
 * ('2025-03-12' or full timestamps); free-text fields are user text and are escaped by every renderer.
 */
import type { CriticalityClass as ItemClass, EvidenceSource, Lang, RoundKind } from '../domain';
export type { Lang, RoundKind } from '../domain';

export type { CriticalityClass as ItemClass, EvidenceSource } from '../domain';

export interface Norm {
  /** Required share of reviewed units, 0–100; null while no norm has been set. */
  percentage: number | null;
  /** The team stated explicitly that this criterion has no norm ("geen norm"). */
  none?: boolean;
  /** What is counted, e.g. 'dossiers', 'observaties', 'gesprekken'. */
  unit: string;
  /** Overrides the generated wording, e.g. "in ten minste 4 van de 5 dossiers". */
  text?: string;
}

/**
 * One item as a round put it to the panel, with its number in the standard when it is in it: the same draft
 * item, so the handbook can show both numbers where they differ ("4.2.1 (ronde 2: 4.1.5)").
 */
export interface ItemRef {
  /** Number in this version of the standard; null when the item is not in it. */
  number: string | null;
  round: number;
  roundNumber: string;
  text: string;
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
  /** The 2×2 importance/frequency class: shown beside the item, it never decides inclusion. */
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
  /** A review round on the criteria of a standard version rather than on the items. */
  criteria?: boolean;
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
  /** Activities the panel proposed or missed in this (review or coverage) round, and how they were processed. */
  proposals?: { named: number; accepted: number; merged: number; rejected: number };
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
  consensus: {
    description: string;
    changes: ConsensusChange[];
    /**
     * When the protocol was first saved, as the records show: before the first rating round opened, after it
     * (with the date and that round), or never (the default rule applied). Absent: before.
     */
    timing?: { when: 'before' } | { when: 'after'; at: string; round: number } | { when: 'default' };
  };
  /** Researcher decisions that depart from what the consensus rule gave. */
  overrides: { item: ItemRef; decision: 'in' | 'out' | 'none'; reason: string }[];
  /** Rating rounds in which panellists saw the group's previous answers: items shown again with feedback. */
  feedback: { round: number; items: number; byGroup?: boolean }[];
  /** Round reports returned to the panel: `agreed` and `comments` are counts of panellists. */
  memberChecks: { round: number; published: string; agreed: number; comments: number; outcome?: string }[];
  /** Every principled objection recorded, with where the item ended up ('in' = in this version). */
  dissent: { item: ItemRef; count: number; reasons: string[]; status: 'in' | 'out' | 'none' }[];
  /** Warnings the researchers confirmed when adopting this version (see the adoption checklist). */
  adoptionConfirmed: { code: string; count: number }[];
}

export interface DimensionStats {
  /** Valid ratings. */
  n: number;
  cannotJudge: number;
  median: number | null;
  iqr: number | null;
}

export interface ItemStatRow {
  item: ItemRef;
  importance: DimensionStats;
  frequency: DimensionStats;
  /** Share of valid importance ratings in the top band, 0–1. */
  agreement: number | null;
  /** 'in' | 'out' | 'no-consensus' | 'carried-forward' | 'override-in' | 'override-out' | 'override-none', or free text. */
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
  /** Items the panel rated that are not in this version, with the recorded decision that kept them out. */
  excluded: { item: ItemRef; decision: 'out' | 'none'; override: boolean }[];
  method: MethodAccounting;
  appendix: { itemStats: { round: number; rows: ItemStatRow[] }[] };
}
