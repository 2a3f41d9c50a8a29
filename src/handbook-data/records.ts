import type { TreeClusterRow, TreeItemRow } from '../standard';
import type { Lang, RoundKind } from '../domain';

type Dec = 'in' | 'out' | 'none';

/** Everything the handbook needs, read as-is from the study's own records (see `db/handbook-data.ts`). */
export interface HandbookRecords {
  study: {
    title: string;
    description: string;
    lang: Lang;
    phases: { id: string; label: string }[];
    importanceScale: { min: number; max: number; bands: { from: number; to: number; label?: string }[] };
    frequencyScale: { min: number; max: number; bands: { from: number; to: number; label?: string }[] };
  };
  version: {
    number: number;
    status: 'draft' | 'adopted';
    createdAt: Date;
    adoptedAt: Date | null;
    adoptedByName: string | null;
    adoptionConfirmed: { code: string; count: number }[] | null;
  };
  authors: string[];
  clusters: TreeClusterRow[];
  /** `sourceItemId` is the draft item the standard item came from: its identity across rounds. */
  items: (TreeItemRow & { sourceItemId: number | null; noNorm?: boolean })[];
  cases: { sourceType: string; phaseTags: string[] }[];
  panel: { stakeholderGroup: string }[];
  rounds: {
    id: number;
    number: number;
    kind: RoundKind;
    subject: 'items' | 'criteria';
    title: string;
    status: 'draft' | 'open' | 'closed';
    opensAt: string | null;
    closesAt: string | null;
    openedAt: Date | null;
    closedAt: Date | null;
    invited: number;
    started: number;
    completed: number;
    /** Set when each panellist rated a subset of the items (large item pool). */
    pool?: { size: number; minPerItem: number; randomOrder: boolean } | undefined;
    /** Run as a real-time Delphi (revisions until closing). */
    realtime?: boolean;
    /** The feedback in this rating round was also split by stakeholder group. */
    feedbackByGroup?: boolean;
  }[];
  /** Draft items that came from an imported list, a codebook or an earlier standard. */
  importedItems?: number;
  protocols: { config: Record<string, unknown>; reason: string; createdAt: Date }[];
  /** item_versions rows written while processing a round. */
  itemChanges: { roundId: number; itemId: number; action: string; status: string }[];
  /** Which draft items each round put to the panel, to count what was carried forward. */
  roundRefs: { roundId: number; roundItemId: number; refId: number }[];
  decisions: {
    roundId: number;
    roundItemId: number;
    /** The draft item the round item was taken from. */
    refId: number;
    number: string;
    text: string;
    computed: Dec;
    override: Dec | null;
    overrideReason: string | null;
  }[];
  memberChecks: { roundId: number; publishedAt: Date; agreed: number; disagreed: number; comments: number }[];
  /**
   * Activities the panel proposed or missed in review and coverage rounds, with how the researchers processed
   * them by then (null = not yet). Absent in records stored before it was kept.
   */
  proposals?: { roundId: number; outcome: 'accepted' | 'rejected' | 'merged' | null }[];
  dissent: { roundId: number; roundItemId: number; reason: string }[];
  /** Ratings per round item of closed rating rounds (null = cannot judge / not answered). */
  ratings: {
    roundId: number;
    roundItemId: number;
    refId: number;
    number: string;
    text: string;
    position: number;
    importance: number | null;
    importanceCannotJudge: boolean;
    frequency: number | null;
    frequencyCannotJudge: boolean;
  }[];
}

const DATE_KEYS = new Set(['createdAt', 'adoptedAt', 'openedAt', 'closedAt', 'publishedAt']);

/** The records stored at adoption (JSON), with their timestamps as Dates again. */
export function reviveRecords(json: unknown): HandbookRecords {
  return JSON.parse(JSON.stringify(json), (k, v: unknown) =>
    DATE_KEYS.has(k) && typeof v === 'string' ? new Date(v) : v,
  ) as HandbookRecords;
}
