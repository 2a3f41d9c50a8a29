import type { ConsensusProtocol, Decision } from '../consensus';
import { classify } from '../consensus';
import { summarizeRatings, type DimensionStats } from '../stats';
import type { RoundScalesPair } from './scales';

export type Dim = 'importance' | 'frequency';

/** Coded ratings per item (rows) and panellist (columns), as loaded by db/report-answers. */
export interface RatingMatrix {
  itemIds: number[];
  panellistIds: number[];
  importance: Int16Array[];
  frequency: Int16Array[];
  completed: Uint8Array;
}

export interface ItemStats {
  roundItemId: number;
  importance: DimensionStats;
  frequency: DimensionStats;
}

/** Column indexes that count under the protocol: all, or only those who completed the round. */
export function countedColumns(matrix: RatingMatrix, countIncomplete: boolean): number[] | null {
  if (countIncomplete) return null;
  const keep: number[] = [];
  for (let j = 0; j < matrix.completed.length; j++) if (matrix.completed[j]) keep.push(j);
  return keep;
}

function pick(row: Int16Array, columns: number[] | null): Int16Array {
  return columns === null ? row : Int16Array.from(columns, (j) => row[j] as number);
}

/** Restricts a matrix to some columns (e.g. one stakeholder group, or completers). */
export function selectColumns(matrix: RatingMatrix, columns: number[] | null): RatingMatrix {
  if (columns === null) return matrix;
  return {
    itemIds: matrix.itemIds,
    panellistIds: columns.map((j) => matrix.panellistIds[j] as number),
    importance: matrix.importance.map((r) => pick(r, columns)),
    frequency: matrix.frequency.map((r) => pick(r, columns)),
    completed: Uint8Array.from(columns, (j) => matrix.completed[j] as number),
  };
}

/** Statistics of every item on both dimensions. */
export function itemStats(matrix: RatingMatrix, scales: RoundScalesPair): ItemStats[] {
  return matrix.itemIds.map((roundItemId, i) => ({
    roundItemId,
    importance: summarizeRatings(matrix.importance[i] as Int16Array, scales.importance),
    frequency: summarizeRatings(matrix.frequency[i] as Int16Array, scales.frequency),
  }));
}

/** The protocol's class for every item, in matrix order. */
export function classifyItems(protocol: ConsensusProtocol, stats: readonly ItemStats[]): Decision[] {
  return stats.map((s) => classify(protocol, { importance: s.importance, frequency: s.frequency }));
}
