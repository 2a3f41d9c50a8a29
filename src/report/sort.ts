import type { ReportItem } from './model';
import type { Dim } from './round-stats';

export const SORT_KEYS = [
  'number',
  'text',
  'n',
  'cannotJudge',
  'median',
  'iqr',
  'mean',
  'sd',
  'agreement',
  'di',
  'criticality',
  'dissent',
  'decision',
  'agreementChange',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDir = 'asc' | 'desc';

const DECISION_ORDER = { in: 0, none: 1, out: 2 } as const;

function value(it: ReportItem, key: SortKey, dim: Dim): number | string | null {
  const s = it[dim];
  switch (key) {
    case 'number':
      return it.position;
    case 'text':
      return it.text;
    case 'n':
      return s.n;
    case 'cannotJudge':
      return s.cannotJudge;
    case 'median':
      return s.median;
    case 'iqr':
      return s.iqr;
    case 'mean':
      return s.mean;
    case 'sd':
      return s.sd;
    case 'agreement':
      return s.agreement;
    case 'di':
      return s.rand.di;
    case 'criticality':
      return it.criticality.score;
    case 'dissent':
      return it.dissent;
    case 'decision':
      return DECISION_ORDER[it.final];
    case 'agreementChange':
      return it.stability.find((x) => x.dimension === dim)?.agreementChange ?? null;
  }
}

/** Sorted copy; items without a value go last in both directions, ties keep the item order. */
export function sortItems(items: readonly ReportItem[], key: SortKey, dir: SortDir, dim: Dim): ReportItem[] {
  const sign = dir === 'asc' ? 1 : -1;
  return items
    .map((it) => ({ it, v: value(it, key, dim) }))
    .sort((a, b) => {
      if (a.v === null || b.v === null)
        return a.v === b.v ? a.it.position - b.it.position : a.v === null ? 1 : -1;
      const c = typeof a.v === 'string' ? a.v.localeCompare(b.v as string, 'nl') : a.v - (b.v as number);
      return c === 0 ? a.it.position - b.it.position : sign * c;
    })
    .map((x) => x.it);
}

export function parseSort(key: string | undefined, dir: string | undefined): { key: SortKey; dir: SortDir } {
  const k = SORT_KEYS.find((s) => s === key) ?? 'number';
  return { key: k, dir: dir === 'desc' ? 'desc' : 'asc' };
}
