import { pseudonymize } from '../pseudonymize';
import { agreement, type Agreement } from './agreement';
import { compareWithNorm, tally, type NormComparison, type Tally } from './compliance';
import type { Score } from './scores';

/** Aggregates above the group (team, management) need at least this many practitioners. */
export const MIN_PRACTITIONERS_ABOVE_GROUP = 3;

export interface ResultItem {
  id: number;
  lineage: string;
  number: string;
  text: string;
  clusterNumber: string;
  clusterLabel: string;
  normPercentage: number | null;
}

export interface ResultScore {
  reviewerId: number;
  practitionerId: number;
  dossierId: number;
  itemId: number;
  score: Score | null;
  note: string;
}

export interface ItemResult extends ResultItem {
  tally: Tally;
  norm: NormComparison;
  agreement: Agreement;
  /** Practitioners with at least one applicable score of this item. */
  practitioners: number;
}

export interface ClusterResult {
  number: string;
  label: string;
  tally: Tally;
  agreement: Agreement;
  /** Practitioners with at least one applicable score in this cluster. */
  practitioners: number;
}

export interface RoundResults {
  items: ItemResult[];
  clusters: ClusterResult[];
  overall: Tally;
  agreement: Agreement;
  practitioners: number;
  dossiers: number;
  /** Items below their norm, furthest below first. */
  belowNorm: ItemResult[];
  /** Notes without reviewer, practitioner or dossier, pseudonymised again in case a name slipped in. */
  notes: { itemNumber: string; text: string }[];
}

const scored = (rows: readonly ResultScore[]) =>
  rows.filter((r): r is ResultScore & { score: Score } => r.score !== null);

/** Practitioners with at least one applicable score (not n.v.t., not empty) among the rows. */
const applicableFor = (rows: readonly ResultScore[]) =>
  new Set(
    scored(rows)
      .filter((r) => r.score !== 'nvt')
      .map((r) => r.practitionerId),
  ).size;

const agreementOf = (rows: readonly ResultScore[]) =>
  agreement(
    scored(rows).map((r) => ({
      reviewer: String(r.reviewerId),
      subject: `${r.dossierId}:${r.itemId}`,
      score: r.score,
    })),
  );

/** Compliance and agreement of a round per item, cluster and for the group; rows with score null are ignored. */
export function roundResults(items: readonly ResultItem[], rows: readonly ResultScore[]): RoundResults {
  const byItem = new Map<number, ResultScore[]>();
  for (const r of rows) {
    const list = byItem.get(r.itemId);
    if (list) list.push(r);
    else byItem.set(r.itemId, [r]);
  }
  const known = new Set(items.map((x) => x.id));
  const valid = rows.filter((r) => known.has(r.itemId));
  const itemResults = items.map((x): ItemResult => {
    const own = byItem.get(x.id) ?? [];
    const t = tally(scored(own).map((r) => r.score));
    return {
      ...x,
      tally: t,
      norm: compareWithNorm(t.compliance, x.normPercentage),
      agreement: agreementOf(own),
      practitioners: applicableFor(own),
    };
  });
  const clusterKeys = [...new Map(items.map((x) => [x.clusterNumber, x.clusterLabel]))];
  const clusters = clusterKeys.map(([number, label]): ClusterResult => {
    const ids = new Set(items.filter((x) => x.clusterNumber === number).map((x) => x.id));
    const own = valid.filter((r) => ids.has(r.itemId));
    return {
      number,
      label,
      tally: tally(scored(own).map((r) => r.score)),
      agreement: agreementOf(own),
      practitioners: applicableFor(own),
    };
  });
  const numberOf = new Map(items.map((x) => [x.id, x.number]));
  return {
    items: itemResults,
    clusters,
    overall: tally(scored(valid).map((r) => r.score)),
    agreement: agreementOf(valid),
    practitioners: new Set(valid.map((r) => r.practitionerId)).size,
    dossiers: new Set(valid.map((r) => r.dossierId)).size,
    belowNorm: itemResults
      .filter((x) => x.norm.met === false)
      .sort((a, b) => (a.norm.difference ?? 0) - (b.norm.difference ?? 0)),
    notes: valid
      .filter((r) => r.note.trim() !== '')
      .map((r) => ({ itemNumber: numberOf.get(r.itemId) ?? '', text: pseudonymize(r.note.trim()).text }))
      .sort((a, b) => a.itemNumber.localeCompare(b.itemNumber, 'nl', { numeric: true })),
  };
}

/** One practitioner's own results: only the scores of their dossiers. */
export function practitionerResults(
  items: readonly ResultItem[],
  rows: readonly ResultScore[],
  practitionerId: number,
): RoundResults {
  return roundResults(
    items,
    rows.filter((r) => r.practitionerId === practitionerId),
  );
}

/**
 * The view above the group: aggregates only, and only when at least three practitioners had something
 * applicable; per cluster and per item only where three practitioners had it applicable (a cluster or item of
 * fewer would show one or two people's scores). Returns null when the group is too small.
 */
export function aggregateResults(
  items: readonly ResultItem[],
  rows: readonly ResultScore[],
): RoundResults | null {
  const r = roundResults(items, rows);
  if (applicableFor(rows.filter((x) => items.some((i) => i.id === x.itemId))) < MIN_PRACTITIONERS_ABOVE_GROUP)
    return null;
  const hidden = (x: { practitioners: number }) => x.practitioners < MIN_PRACTITIONERS_ABOVE_GROUP;
  const blank = tally([]);
  return {
    ...r,
    items: r.items.map((x) =>
      hidden(x) ? { ...x, tally: blank, norm: compareWithNorm(null, null), agreement: agreement([]) } : x,
    ),
    clusters: r.clusters.map((c) => (hidden(c) ? { ...c, tally: blank, agreement: agreement([]) } : c)),
    belowNorm: r.belowNorm.filter((x) => !hidden(x)),
    notes: [],
  };
}
