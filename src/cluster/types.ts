import type { Lang } from '../text';

/** Phases of process-oriented help, in process order (ids as in the domain brief). */
import type { PhaseId } from '../domain';
export { PHASE_IDS as PHASE_ORDER, type PhaseId } from '../domain';

export interface Span {
  start: number;
  end: number;
}

export interface CaseEvidence extends Span {
  caseId: number;
}

/** One extracted activity of one case; structurally what `src/extract` returns, plus the case it came from. */
export interface ActivityInput {
  caseId: number;
  text: string;
  phase: PhaseId;
  evidence: Span[];
}

/** A proposed standard item: near-duplicate activities of several cases merged into one. */
export interface DraftItem {
  /** Representative wording: the most frequent variant. */
  text: string;
  /** The phase most of the merged activities were found in. */
  phase: PhaseId;
  evidence: CaseEvidence[];
  /** Number of distinct cases the item was found in. */
  caseCount: number;
  /** Distinct wordings merged into this item, most frequent first (the representative is the first). */
  variants: string[];
}

export interface MergeOptions {
  lang?: Lang;
  /** Cosine similarity (tf-idf of stems) at or above which two wordings are the same activity. */
  threshold?: number;
}

export interface SubAspectProposal {
  number: string;
  label: string;
  itemIndexes: number[];
}

export interface ClusterProposal {
  /** "1", "2", …; sub-aspects are "1.1", "1.2", … */
  number: string;
  label: string;
  itemIndexes: number[];
  subAspects: SubAspectProposal[];
}

export interface ClusterOptions {
  lang?: Lang;
  /** Upper bound on the number of clusters (default 9). */
  maxClusters?: number;
}
