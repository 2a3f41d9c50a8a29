export { clustersFromPhases, proposeClusters } from './clusters';
export { MERGE_THRESHOLD, mergeActivities } from './merge';
export { proposeNew, type ExistingItem, type NewProposals } from './propose-new';
export {
  PHASE_ORDER,
  type ActivityInput,
  type CaseEvidence,
  type ClusterOptions,
  type ClusterProposal,
  type DraftItem,
  type MergeOptions,
  type PhaseId,
  type Span,
  type SubAspectProposal,
} from './types';
