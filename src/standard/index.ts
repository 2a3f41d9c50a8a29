export type * from './types';
export { EVIDENCE_SOURCES } from './types';
export type { CriterionField, DiffEntry, FieldChange, VersionDiff } from './diff';
export { diffVersions } from './diff';
export { planStandard, type PlanLabels } from './plan';
export { CriteriaSchema, type CriteriaInput, ItemTextSchema } from './criteria';
export { medianOf } from './medians';
export {
  versionTree,
  diffItems,
  type TreeCluster,
  type TreeGroup,
  type TreeItem,
  type TreeItemRow,
  type TreeClusterRow,
} from './tree';
export {
  adoptionChecklist,
  type AdoptionChecklist,
  type AdoptionFacts,
  type BlockingCode,
  type WarningCode,
} from './adoption-checklist';
