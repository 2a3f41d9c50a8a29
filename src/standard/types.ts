import type { CriticalityClass } from '../stats';

import type { EvidenceSource } from '../domain';

export { EVIDENCE_SOURCES, type EvidenceSource } from '../domain';

/** An item with consensus-in, as it was last rated: wording and clustering from the round snapshot. */
export interface DecidedItem {
  /** The draft item the round item was taken from; its lineage in the standard is derived from it. */
  refId: number;
  text: string;
  phaseId: string | null;
  clusterNumber: string;
  clusterLabel: string;
  subAspectNumber: string | null;
  subAspectLabel: string | null;
  /** Position in the round, for a stable order. */
  position: number;
  /**
   * The item's place in the draft as it stands, as a number (cluster, sub-aspect, place): the standard follows the draft's
   * order, not the order of the (different) rounds that last rated its items.
   */
  draftNumber?: string;
  importanceMedian: number | null;
  frequencyMedian: number | null;
}

export interface PlannedItem {
  lineage: string;
  sourceItemId: number;
  text: string;
  phaseId: string | null;
  normUnit: string;
  /** Set when the draft item was imported with a criterion or norm. */
  criterion?: string;
  normPercentage?: number | null;
  evidenceSource: EvidenceSource;
  importanceMedian: number | null;
  frequencyMedian: number | null;
  criticality: number | null;
  criticalityClass: CriticalityClass | null;
}

export interface PlannedSubAspect {
  label: string;
  lineage: string;
  items: PlannedItem[];
}

export interface PlannedCluster {
  label: string;
  lineage: string;
  subAspects: PlannedSubAspect[];
}

/** One standard item as the diff sees it: identity by lineage, place by sub-aspect lineage and number. */
export interface DiffItem {
  lineage: string;
  number: string;
  text: string;
  subAspectLineage: string | null;
  place: string;
  criterion: string;
  normPercentage: number | null;
  normUnit: string;
  evidenceSource: string;
  rubricLevels: string[];
  explanation: string;
}
