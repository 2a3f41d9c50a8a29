import type { ConsensusProtocol, Decision, StoppingResult } from '../consensus';
import type {
  Criticality,
  DimensionStats,
  IncompleteKendallResult,
  KendallResult,
  RoundComparison,
  WilcoxonMethod,
} from '../stats';
import type { Dim } from './round-stats';
import type { Lang } from '../domain';

export interface GroupFigures {
  group: string;
  /** Panellists of the group counted in this round. */
  panellists: number;
  n: number;
  median: number | null;
  agreement: number | null;
}

export interface ItemGroups {
  dimension: Dim;
  groups: GroupFigures[];
  /** One group's agreement ≥ 70% while another's is < 50%. */
  divergent: boolean;
}

export interface ItemStability {
  previousRoundItemId: number;
  dimension: Dim;
  agreementChange: number | null;
  cvChange: number | null;
  pairs: number;
  changedPercent: number | null;
  wilcoxonP: number | null;
  wilcoxonMethod: WilcoxonMethod;
  stable: boolean | null;
}

export interface ReportItem {
  roundItemId: number;
  position: number;
  number: string;
  text: string;
  refId: number;
  refVersion: number;
  cluster: string;
  importance: DimensionStats;
  frequency: DimensionStats;
  /**
   * In a round with item subsets: the item's decision rests on fewer valid ratings (on a deciding dimension) than
   * the minimum per item the researcher set, so it is shown with that caveat. Always false without subsets.
   */
  belowMinimum: boolean;
  /** The fewest valid ratings on a deciding dimension: what the decision rests on. */
  decidingN: number;
  criticality: Criticality;
  /** The protocol's class (stored when the round closed, else computed now). */
  computed: Decision;
  override: Decision | null;
  overrideReason: string | null;
  final: Decision;
  decisionStored: boolean;
  dissent: number;
  /** Anonymised reasons, in alphabetical order so nothing hints at who wrote them. */
  dissentReasons: string[];
  comments: number;
  groups: ItemGroups[];
  stability: ItemStability[];
  /** Stable on every deciding dimension; null without a previous round to compare with. */
  stable: boolean | null;
}

export interface ProtocolChange {
  at: Date;
  reason: string;
  description: string;
  maxRounds: number;
}

export interface ParticipationCounts {
  invited: number;
  started: number;
  completed: number;
}

export interface AttritionRound {
  roundId: number;
  number: number;
  kind: string;
  total: ParticipationCounts;
  groups: (ParticipationCounts & { group: string })[];
}

/** Leavers vs stayers in the previous rating round, on importance. */
export interface LeaverComparison {
  previousRoundNumber: number;
  leavers: number;
  stayers: number;
  /** Mean over items of each subgroup's item median / percent agreement in the previous round. */
  leaversMeanMedian: number | null;
  stayersMeanMedian: number | null;
  leaversMeanAgreement: number | null;
  stayersMeanAgreement: number | null;
  /** Items whose agreement among leavers differs from stayers by more than 15 points. */
  itemsDiffering: number;
  itemsCompared: number;
}

export interface RoundReport {
  lang: Lang;
  round: { id: number; number: number; title: string; kind: string; status: string; closedAt: Date | null };
  protocol: {
    config: ConsensusProtocol;
    description: string;
    maxRounds: number;
    isDefault: boolean;
    changes: ProtocolChange[];
  };
  panellists: { invited: number; counted: number };
  /** The minimum of valid ratings per item the round was designed for (item subsets), else null. */
  minRatings: number | null;
  /** Items whose decision rests on fewer ratings than `minRatings`. */
  belowMinimum: number;
  items: ReportItem[];
  tally: Record<Decision, number>;
  divergentItems: number;
  /** The textbook W over the panellists who rated every item (undefined once few are complete). */
  kendall: Record<Dim, KendallResult>;
  /** Skillings–Mack W over every panellist with two or more ratings; equals `kendall` with complete data. */
  kendallIncomplete: Record<Dim, IncompleteKendallResult>;
  previousRound: { id: number; number: number } | null;
  attrition: AttritionRound[];
  leavers: LeaverComparison | null;
  stopping: StoppingResult;
}

export type { RoundComparison };
