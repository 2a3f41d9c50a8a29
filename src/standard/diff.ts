import type { DiffItem } from './types';

export type CriterionField = 'criterion' | 'norm' | 'evidenceSource' | 'rubricLevels' | 'explanation';

export interface FieldChange {
  field: CriterionField;
  before: string;
  after: string;
}

export type DiffEntry =
  | { kind: 'added'; after: DiffItem }
  | { kind: 'removed'; before: DiffItem }
  | {
      kind: 'changed';
      before: DiffItem;
      after: DiffItem;
      reworded: boolean;
      moved: boolean;
      criterion: FieldChange[];
    };

export interface VersionDiff {
  entries: DiffEntry[];
  counts: {
    added: number;
    removed: number;
    reworded: number;
    moved: number;
    criterionChanged: number;
    unchanged: number;
  };
}

const norm = (x: DiffItem) => `${x.normPercentage ?? '—'}% ${x.normUnit}`;
const fields: [CriterionField, (x: DiffItem) => string][] = [
  ['criterion', (x) => x.criterion.trim()],
  ['norm', norm],
  ['evidenceSource', (x) => x.evidenceSource],
  [
    'rubricLevels',
    (x) =>
      x.rubricLevels
        .map((l) => l.trim())
        .filter(Boolean)
        .join(' | '),
  ],
  ['explanation', (x) => x.explanation.trim()],
];

/** Rank of each common item among the common items of its sub-aspect: a changed rank means it was reordered. */
function ranks(items: readonly DiffItem[], common: Set<string>): Map<string, string> {
  const out = new Map<string, string>();
  const seen = new Map<string | null, number>();
  for (const x of items) {
    if (!common.has(x.lineage)) continue;
    const k = seen.get(x.subAspectLineage) ?? 0;
    seen.set(x.subAspectLineage, k + 1);
    out.set(x.lineage, `${x.subAspectLineage}#${k}`);
  }
  return out;
}

/**
 * Compares two versions of the standard item by item, matching on lineage (the same item across versions).
 * An item is moved when it changed sub-aspect or its order among the items both versions share; additions and
 * removals elsewhere do not count as moves. Items must be given in reading order.
 */
export function diffVersions(from: readonly DiffItem[], to: readonly DiffItem[]): VersionDiff {
  const before = new Map(from.map((x) => [x.lineage, x]));
  const after = new Map(to.map((x) => [x.lineage, x]));
  const common = new Set([...before.keys()].filter((k) => after.has(k)));
  const rankBefore = ranks(from, common);
  const rankAfter = ranks(to, common);
  const entries: DiffEntry[] = [];
  const counts = { added: 0, removed: 0, reworded: 0, moved: 0, criterionChanged: 0, unchanged: 0 };
  for (const b of from) {
    const a = after.get(b.lineage);
    if (!a) {
      entries.push({ kind: 'removed', before: b });
      counts.removed++;
      continue;
    }
    const reworded = a.text.trim() !== b.text.trim();
    const moved = rankBefore.get(b.lineage) !== rankAfter.get(b.lineage);
    const criterion = fields
      .map(([field, get]) => ({ field, before: get(b), after: get(a) }))
      .filter((c) => c.before !== c.after);
    if (!reworded && !moved && criterion.length === 0) {
      counts.unchanged++;
      continue;
    }
    entries.push({ kind: 'changed', before: b, after: a, reworded, moved, criterion });
    if (reworded) counts.reworded++;
    if (moved) counts.moved++;
    if (criterion.length) counts.criterionChanged++;
  }
  for (const a of to) {
    if (before.has(a.lineage)) continue;
    entries.push({ kind: 'added', after: a });
    counts.added++;
  }
  return { entries, counts };
}
