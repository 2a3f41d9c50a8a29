import { summarizeRatings, type DimensionStats } from './item-stats';
import { kendallForRound, type KendallResult } from './kendall';
import { CANNOT_JUDGE, MISSING, type Scale } from './scale';

export type Dimension = 'importance' | 'frequency';
export const DIMENSIONS: readonly Dimension[] = ['importance', 'frequency'];
export type Id = number | string;

export interface Answer {
  item: Id;
  panellist: Id;
  dimension: Dimension;
  /** null = "cannot judge". */
  value: number | null;
}

/** Coded ratings per item (rows) and panellist (columns), one matrix per dimension that occurs. */
export interface GroupedRound {
  items: Id[];
  panellists: Id[];
  ratings: Partial<Record<Dimension, Int16Array[]>>;
}

/**
 * Groups answers into the array layout the statistics run on: items in order of first appearance,
 * panellists in `panellistOrder` (so two rounds line up) followed by any new ones.
 * A duplicate answer overwrites the earlier one.
 */
export function groupAnswers(answers: readonly Answer[], panellistOrder: readonly Id[] = []): GroupedRound {
  const itemIndex = new Map<Id, number>();
  const panellistIndex = new Map<Id, number>(panellistOrder.map((p, j) => [p, j]));
  const present = new Set<Dimension>();
  for (const a of answers) {
    if (!itemIndex.has(a.item)) itemIndex.set(a.item, itemIndex.size);
    if (!panellistIndex.has(a.panellist)) panellistIndex.set(a.panellist, panellistIndex.size);
    present.add(a.dimension);
  }
  const m = panellistIndex.size;
  const ratings: Partial<Record<Dimension, Int16Array[]>> = {};
  for (const d of DIMENSIONS) {
    if (present.has(d)) ratings[d] = Array.from(itemIndex, () => new Int16Array(m).fill(MISSING));
  }
  for (const a of answers) {
    if (a.value !== null && !(Number.isInteger(a.value) && a.value >= 0 && a.value <= 32767)) {
      throw new RangeError(`rating ${a.value} of item ${a.item} is not a scale point`);
    }
    const row = ratings[a.dimension]?.[itemIndex.get(a.item) as number];
    if (row) row[panellistIndex.get(a.panellist) as number] = a.value === null ? CANNOT_JUDGE : a.value;
  }
  return { items: [...itemIndex.keys()], panellists: [...panellistIndex.keys()], ratings };
}

export type RoundScales = Scale | Record<Dimension, Scale>;

export interface SummarizeOptions {
  /** Leave out panellists who left any item unanswered ("cannot judge" counts as an answer). */
  completeOnly?: boolean;
}

export interface ItemSummary {
  item: Id;
  stats: Partial<Record<Dimension, DimensionStats>>;
}

export interface RoundSummary {
  items: ItemSummary[];
  /** Panellists counted (after `completeOnly`). */
  panellists: Id[];
  kendall: Partial<Record<Dimension, KendallResult>>;
}

function scaleFor(scales: RoundScales, d: Dimension): Scale {
  return 'min' in scales ? scales : scales[d];
}

function completeColumns(grouped: GroupedRound): number[] {
  const matrices = Object.values(grouped.ratings);
  return grouped.panellists
    .map((_, j) => j)
    .filter((j) => matrices.every((rows) => rows.every((row) => row[j] !== MISSING)));
}

function selectColumns(rows: Int16Array[], columns: number[]): Int16Array[] {
  return rows.map((row) => Int16Array.from(columns, (j) => row[j] as number));
}

/** Convenience over the array-based core: statistics per item and dimension plus Kendall's W. */
export function summarizeRound(
  answers: readonly Answer[],
  scales: RoundScales,
  options: SummarizeOptions = {},
): RoundSummary {
  const grouped = groupAnswers(answers);
  let panellists = grouped.panellists;
  if (options.completeOnly) {
    const keep = completeColumns(grouped);
    panellists = keep.map((j) => grouped.panellists[j] as Id);
    for (const d of DIMENSIONS) {
      const rows = grouped.ratings[d];
      if (rows) grouped.ratings[d] = selectColumns(rows, keep);
    }
  }
  const items: ItemSummary[] = grouped.items.map((item) => ({ item, stats: {} }));
  const kendall: Partial<Record<Dimension, KendallResult>> = {};
  for (const d of DIMENSIONS) {
    const rows = grouped.ratings[d];
    if (!rows) continue;
    const scale = scaleFor(scales, d);
    rows.forEach((row, i) => {
      (items[i] as ItemSummary).stats[d] = summarizeRatings(row, scale);
    });
    kendall[d] = kendallForRound(rows, scale);
  }
  return { items, panellists, kendall };
}
