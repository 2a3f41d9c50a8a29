import { describeProtocol, stoppingAdvice, type ConsensusProtocol, type Decision } from '../consensus';
import { criticality, kendallForRound, kendallIncomplete } from '../stats';
import { attritionOf, compareLeavers, type ParticipationState } from './attrition';
import { columnsByGroup, groupBreakdown } from './groups';
import type { ProtocolChange, ReportItem, RoundReport } from './model';
import {
  classifyItems,
  countedColumns,
  itemStats,
  selectColumns,
  type Dim,
  type RatingMatrix,
} from './round-stats';
import type { RoundScalesPair } from './scales';
import { compareWithPrevious, stableOverall, type ItemRef } from './stability';
import type { Lang } from '../domain';

export interface ReportItemInput extends ItemRef {
  position: number;
  number: string;
  text: string;
  refVersion: number;
  clusterNumber: string;
  clusterLabel: string;
}

export interface StoredDecision {
  computed: Decision;
  override: Decision | null;
  overrideReason: string | null;
}

export interface RoundInput {
  id: number;
  number: number;
  title: string;
  kind: string;
  status: string;
  closedAt: Date | null;
}

export interface ReportInput {
  lang: Lang;
  round: RoundInput;
  items: readonly ReportItemInput[];
  /** Full matrix (all columns); rows in the order of `items`. */
  matrix: RatingMatrix & { dissent: Uint32Array; comments: Uint32Array };
  scales: RoundScalesPair;
  protocol: { config: ConsensusProtocol; maxRounds: number; isDefault: boolean };
  /** Saved protocol versions, oldest first. */
  protocolHistory: readonly {
    config: ConsensusProtocol;
    maxRounds: number;
    reason: string;
    createdAt: Date;
  }[];
  decisions: ReadonlyMap<number, StoredDecision>;
  dissentReasons: ReadonlyMap<number, readonly string[]>;
  /**
   * Stakeholder group per panellist id ('' or absent = none). Plain data rather than a function, so the input
   * crosses to a worker thread (structured clone).
   */
  groups: ReadonlyMap<number, string>;
  previous: { round: RoundInput; items: readonly ItemRef[]; matrix: RatingMatrix } | null;
  /** Rounds of the study up to this one, with their participation states. */
  participation: readonly { round: RoundInput; states: readonly ParticipationState[] }[];
  /** 1 for the first rating round of the study, 2 for the second…: what the maximum number of rounds counts. */
  ratingRoundOrdinal: number;
  /** The study's number of the next rating round (the one prepared, else the next free number). */
  nextRoundNumber?: number;
  /** In a round with item subsets, the minimum of ratings per item the researcher set. */
  minRatings?: number | null;
}

export function decidingDims(p: ConsensusProtocol): Dim[] {
  return p.decideOn === 'both' ? ['importance', 'frequency'] : [p.decideOn];
}

/** Only versions saved with a reason are changes worth reporting (the first save needs none). */
function changes(input: ReportInput): ProtocolChange[] {
  return input.protocolHistory
    .filter((h) => h.reason.trim() !== '')
    .map((h) => ({
      at: h.createdAt,
      reason: h.reason,
      maxRounds: h.maxRounds,
      description: describeProtocol(h.config, input.lang),
    }));
}

/** The whole round report from loaded data: statistics, decisions, groups, stability, attrition, advice. */
export function assembleReport(input: ReportInput): RoundReport {
  const { protocol, scales } = input;
  const dims = decidingDims(protocol.config);
  const columns = countedColumns(input.matrix, protocol.config.countIncomplete);
  const matrix = selectColumns(input.matrix, columns);
  const stats = itemStats(matrix, scales);
  const live = classifyItems(protocol.config, stats);
  const groupOf = (id: number) => input.groups.get(id) ?? '';
  const groups = groupBreakdown(matrix, columnsByGroup(matrix.panellistIds, groupOf), dims, scales);
  const refs = input.items;
  const stability = input.previous
    ? compareWithPrevious(
        { matrix, refs },
        {
          matrix: selectColumns(
            input.previous.matrix,
            countedColumns(input.previous.matrix, protocol.config.countIncomplete),
          ),
          refs: input.previous.items,
        },
        dims,
        scales,
      )
    : refs.map(() => []);
  const tally: Record<Decision, number> = { in: 0, out: 0, none: 0 };
  const minRatings = input.minRatings ?? null;
  const items: ReportItem[] = input.items.map((it, i) => {
    const s = stats[i]!;
    const decidingN = Math.min(...dims.map((d) => s[d].n));
    const stored = input.decisions.get(it.roundItemId);
    const computed = stored?.computed ?? live[i]!;
    const final = stored?.override ?? computed;
    tally[final] += 1;
    return {
      roundItemId: it.roundItemId,
      position: it.position,
      number: it.number,
      text: it.text,
      refId: it.refId,
      refVersion: it.refVersion,
      cluster: [it.clusterNumber, it.clusterLabel].filter(Boolean).join(' '),
      importance: s.importance,
      frequency: s.frequency,
      belowMinimum: minRatings !== null && decidingN < minRatings,
      decidingN,
      criticality: criticality(s.importance.median, s.frequency.median, scales.importance),
      computed,
      override: stored?.override ?? null,
      overrideReason: stored?.overrideReason ?? null,
      final,
      decisionStored: stored !== undefined,
      dissent: input.matrix.dissent[i] ?? 0,
      dissentReasons: [...(input.dissentReasons.get(it.roundItemId) ?? [])].filter((r) => r.trim()).sort(),
      comments: input.matrix.comments[i] ?? 0,
      groups: groups[i] ?? [],
      stability: stability[i] ?? [],
      stable: input.previous ? stableOverall(stability[i] ?? [], dims) : null,
    };
  });
  const completedNow = new Set(
    input.participation
      .find((p) => p.round.id === input.round.id)
      ?.states.filter((s) => s.completed)
      .map((s) => s.panellistId),
  );
  return {
    lang: input.lang,
    round: input.round,
    protocol: {
      config: protocol.config,
      description: describeProtocol(protocol.config, input.lang),
      maxRounds: protocol.maxRounds,
      isDefault: protocol.isDefault,
      changes: changes(input),
    },
    panellists: { invited: input.matrix.panellistIds.length, counted: matrix.panellistIds.length },
    minRatings,
    belowMinimum: items.filter((it) => it.belowMinimum).length,
    items,
    tally,
    divergentItems: items.filter((it) => it.groups.some((g) => g.divergent)).length,
    kendall: {
      importance: kendallForRound(matrix.importance, scales.importance),
      frequency: kendallForRound(matrix.frequency, scales.frequency),
    },
    kendallIncomplete: {
      importance: kendallIncomplete(matrix.importance, scales.importance),
      frequency: kendallIncomplete(matrix.frequency, scales.frequency),
    },
    previousRound: input.previous
      ? { id: input.previous.round.id, number: input.previous.round.number }
      : null,
    attrition: input.participation.map((p) => attritionOf(p.round, p.states, groupOf)),
    leavers: input.previous
      ? compareLeavers(
          { number: input.previous.round.number, matrix: input.previous.matrix },
          completedNow,
          scales.importance,
        )
      : null,
    stopping: stoppingAdvice({
      decisions: items.map((it) => it.final),
      stability: items.map((it) => it.stable),
      roundNumber: input.round.number,
      ratingRound: input.ratingRoundOrdinal,
      nextRoundNumber: input.nextRoundNumber ?? input.round.number + 1,
      maxRounds: protocol.maxRounds,
    }),
  };
}
