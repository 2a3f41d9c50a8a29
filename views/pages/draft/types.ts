import type { Phase } from '../../../db/schema';
import type { ItemFlag } from '../../../src/draft/flags';
import type { Dict } from '../../i18n';
import { formatDateTime, langOf } from '../../format';

export interface StudyRef {
  id: number;
  title: string;
  phases: Phase[];
}

/** One item as the editor shows it. */
export interface ItemView {
  id: number;
  text: string;
  clusterId: number | null;
  phaseId: string | null;
  status: string;
  mergedInto: number | null;
  version: number;
  position: number;
  number: string;
  links: number;
  cases: number;
  /** What still looks broken in the wording (placeholder, I/we/you, question, over 30 words). */
  flags: ItemFlag[];
  /** The general wording of the catalogue act the item names, when it differs from the item's own words. */
  catalogue?: string | undefined;
}

export interface ClusterOption {
  id: number;
  label: string;
  parentId: number | null;
}

export const draftUrl = (studyId: number) => `/studies/${studyId}/draft`;
export const itemUrl = (studyId: number, id: number) => `/studies/${studyId}/draft/items/${id}`;
export const clusterUrl = (studyId: number, id: number) => `/studies/${studyId}/draft/clusters/${id}`;

export function phaseName(phases: Phase[], id: string | null): string {
  return phases.find((p) => p.id === id)?.label ?? id ?? '';
}

export function when(d: Date, t: Dict): string {
  return formatDateTime(d, langOf(t));
}
