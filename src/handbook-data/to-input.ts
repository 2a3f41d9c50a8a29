import type { Cluster, EvidenceSource, HandbookInput, ItemStatRow, StandardItem } from '../handbook';
import { versionTree, type TreeGroup, type TreeItem } from '../standard';
import { summarizeRatings, type Scale } from '../stats';
import { methodAccounting, overrideLabel } from './accounting';
import type { HandbookRecords } from './records';

const iso = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : undefined);
const SOURCES = new Set(['dossier', 'observatie', 'gesprek', 'anders']);

function standardItem(x: TreeItem): StandardItem {
  return {
    number: x.number,
    text: x.text,
    phase: x.phaseId ?? '',
    criterion: x.criterion,
    norm: { percentage: x.normPercentage ?? 100, unit: x.normUnit },
    evidenceSource: (SOURCES.has(x.evidenceSource) ? x.evidenceSource : 'anders') as EvidenceSource,
    criticality: x.criticality,
    class: x.criticalityClass,
    importanceMedian: x.importanceMedian,
    frequencyMedian: x.frequencyMedian,
    rubric: x.rubricLevels,
    ...(x.explanation ? { explanation: x.explanation } : {}),
  };
}

/** Clusters with sub-aspects; items placed directly in a cluster become a sub-aspect under the cluster's name. */
function clustersOf(r: HandbookRecords): Cluster[] {
  const sub = (g: TreeGroup) => ({ number: g.number, title: g.label, items: g.items.map(standardItem) });
  return versionTree(r.clusters, r.items).map((c) => ({
    number: c.number,
    title: c.label,
    subAspects: [
      ...(c.items.length ? [sub({ ...c, number: `${c.number}.0` })] : []),
      ...c.subAspects.map(sub),
    ].filter((s) => s.items.length > 0),
  }));
}

/** Median, IQR and % agreement of importance per item of every closed rating round, with the final decision. */
function itemStats(r: HandbookRecords): HandbookInput['appendix']['itemStats'] {
  const scale = r.study.importanceScale as Scale;
  const decided = new Map(r.decisions.map((d) => [d.roundItemId, d]));
  const roundNo = new Map(r.rounds.map((x) => [x.id, x.number]));
  // An item without consensus that a later round put to the panel again was carried forward.
  const laterRounds = new Map<number, number[]>();
  for (const x of r.roundRefs)
    laterRounds.set(x.refId, [...(laterRounds.get(x.refId) ?? []), roundNo.get(x.roundId) ?? 0]);
  const decisionOf = (roundId: number, roundItemId: number, refId: number): string => {
    const d = decided.get(roundItemId);
    if (d?.override && d.override !== d.computed) return overrideLabel(d.override, r.study.lang);
    const final = d ? (d.override ?? d.computed) : 'none';
    if (final !== 'none') return final;
    const n = roundNo.get(roundId) ?? 0;
    return (laterRounds.get(refId) ?? []).some((m) => m > n) ? 'carried-forward' : 'no-consensus';
  };
  const byRound = new Map<
    number,
    Map<number, { refId: number; number: string; text: string; position: number; values: number[] }>
  >();
  for (const a of r.ratings) {
    const items: Map<
      number,
      { refId: number; number: string; text: string; position: number; values: number[] }
    > = byRound.get(a.roundId) ?? new Map();
    byRound.set(a.roundId, items);
    const slot = items.get(a.roundItemId) ?? {
      refId: a.refId,
      number: a.number,
      text: a.text,
      position: a.position,
      values: [],
    };
    items.set(a.roundItemId, slot);
    if (a.importance !== null) slot.values.push(a.importance);
  }
  return [...byRound]
    .map(([roundId, items]) => ({
      round: roundNo.get(roundId) ?? 0,
      rows: [...items]
        .sort((a, b) => a[1].position - b[1].position)
        .map(([id, x]): ItemStatRow => {
          const s = summarizeRatings(Int16Array.from(x.values), scale);
          return {
            number: x.number,
            text: x.text,
            median: s.median,
            iqr: s.iqr,
            agreement: s.agreement === null ? null : s.agreement / 100,
            decision: decisionOf(roundId, id, x.refId),
          };
        }),
    }))
    .sort((a, b) => a.round - b.round);
}

/** Fills the handbook engine's input from the study's records. Pure. */
export function toHandbookInput(r: HandbookRecords): HandbookInput {
  const adoptedAt = iso(r.version.adoptedAt);
  return {
    study: { title: r.study.title, description: r.study.description, lang: r.study.lang },
    version: {
      number: r.version.number,
      status: r.version.status,
      createdAt: iso(r.version.createdAt) ?? '',
      ...(adoptedAt ? { adoptedAt } : {}),
      ...(r.version.adoptedByName ? { adoptedBy: r.version.adoptedByName } : {}),
    },
    authors: r.authors,
    phases: r.study.phases,
    clusters: clustersOf(r),
    method: methodAccounting(r),
    appendix: { itemStats: itemStats(r) },
  };
}
