import type {
  Cluster,
  DimensionStats,
  EvidenceSource,
  HandbookInput,
  ItemRef,
  ItemStatRow,
  StandardItem,
} from '../handbook';
import { versionTree, type TreeGroup, type TreeItem } from '../standard';
import { summarizeRatings, type Scale } from '../stats';
import { EVIDENCE_SOURCES } from '../domain';
import { methodAccounting } from './accounting';
import type { HandbookRecords } from './records';

const iso = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : undefined);
const SOURCES = new Set<string>(EVIDENCE_SOURCES);

type Item = HandbookRecords['items'][number];

function standardItem(x: TreeItem<Item>): StandardItem {
  return {
    number: x.number,
    text: x.text,
    phase: x.phaseId ?? '',
    criterion: x.criterion,
    norm: { percentage: x.normPercentage, unit: x.normUnit, ...(x.noNorm ? { none: true } : {}) },
    evidenceSource: (SOURCES.has(x.evidenceSource) ? x.evidenceSource : 'anders') as EvidenceSource,
    criticality: x.criticality,
    class: x.criticalityClass,
    importanceMedian: x.importanceMedian,
    frequencyMedian: x.frequencyMedian,
    rubric: x.rubricLevels,
    ...(x.explanation ? { explanation: x.explanation } : {}),
  };
}

/**
 * Clusters with sub-aspects; items placed directly in a cluster become a last sub-aspect under the cluster's
 * name, numbered as the draft numbers them (1.3 after 1.1 and 1.2), so no number has a 0 component.
 */
function clustersOf(tree: ReturnType<typeof versionTree<Item>>): Cluster[] {
  const sub = (g: TreeGroup<Item>, number: string) => ({
    number,
    title: g.label,
    items: g.items.map(standardItem),
  });
  return tree.map((c) => {
    const first = c.items[0]?.number;
    const direct = first ? first.split('.').slice(0, -1).join('.') : c.number;
    return {
      number: c.number,
      title: c.label,
      subAspects: [
        ...c.subAspects.map((s) => sub(s, s.number)),
        ...(c.items.length ? [sub(c, direct)] : []),
      ].filter((s) => s.items.length > 0),
    };
  });
}

/**
 * The same draft item across rounds and the standard: a round item points at its draft item (`refId`), a
 * standard item names the draft item it came from (`sourceItemId`).
 */
function refMaker(r: HandbookRecords, numberOf: Map<number, string>) {
  const roundNo = new Map(r.rounds.map((x) => [x.id, x.number]));
  return (roundId: number, refId: number, roundNumber: string, text: string): ItemRef => ({
    number: numberOf.get(refId) ?? null,
    round: roundNo.get(roundId) ?? 0,
    roundNumber,
    text,
  });
}

type MakeRef = ReturnType<typeof refMaker>;

function dimension(values: number[], cannotJudge: number, scale: Scale): DimensionStats {
  const s = summarizeRatings(Int16Array.from(values), scale);
  return { n: values.length, cannotJudge, median: s.median, iqr: s.iqr };
}

/** Per closed rating round and item: n, cannot-judge, median and IQR of both dimensions, and the decision. */
function itemStats(r: HandbookRecords, ref: MakeRef): HandbookInput['appendix']['itemStats'] {
  const decided = new Map(r.decisions.map((d) => [d.roundItemId, d]));
  const roundNo = new Map(r.rounds.map((x) => [x.id, x.number]));
  // An item without consensus that a later rating round put to the panel again was carried forward.
  const ratedIn = new Map<number, number[]>();
  for (const a of r.ratings)
    ratedIn.set(a.refId, [...(ratedIn.get(a.refId) ?? []), roundNo.get(a.roundId) ?? 0]);
  const decisionOf = (roundId: number, roundItemId: number, refId: number): string => {
    const d = decided.get(roundItemId);
    if (d?.override && d.override !== d.computed) return `override-${d.override}`;
    const final = d ? (d.override ?? d.computed) : 'none';
    if (final !== 'none') return final;
    const n = roundNo.get(roundId) ?? 0;
    return (ratedIn.get(refId) ?? []).some((m) => m > n) ? 'carried-forward' : 'no-consensus';
  };
  interface Slot {
    refId: number;
    number: string;
    text: string;
    position: number;
    imp: number[];
    freq: number[];
    impCj: number;
    freqCj: number;
  }
  const byRound = new Map<number, Map<number, Slot>>();
  for (const a of r.ratings) {
    const items = byRound.get(a.roundId) ?? new Map<number, Slot>();
    byRound.set(a.roundId, items);
    const slot = items.get(a.roundItemId) ?? {
      refId: a.refId,
      number: a.number,
      text: a.text,
      position: a.position,
      imp: [],
      freq: [],
      impCj: 0,
      freqCj: 0,
    };
    items.set(a.roundItemId, slot);
    if (a.importance !== null) slot.imp.push(a.importance);
    else if (a.importanceCannotJudge) slot.impCj += 1;
    if (a.frequency !== null) slot.freq.push(a.frequency);
    else if (a.frequencyCannotJudge) slot.freqCj += 1;
  }
  const impScale = r.study.importanceScale as Scale;
  const freqScale = r.study.frequencyScale as Scale;
  return [...byRound]
    .map(([roundId, items]) => ({
      round: roundNo.get(roundId) ?? 0,
      rows: [...items]
        .sort((a, b) => a[1].position - b[1].position)
        .map(([id, x]): ItemStatRow => {
          const agreement = summarizeRatings(Int16Array.from(x.imp), impScale).agreement;
          return {
            item: ref(roundId, x.refId, x.number, x.text),
            importance: dimension(x.imp, x.impCj, impScale),
            frequency: dimension(x.freq, x.freqCj, freqScale),
            agreement: agreement === null ? null : agreement / 100,
            decision: decisionOf(roundId, id, x.refId),
          };
        }),
    }))
    .sort((a, b) => a.round - b.round);
}

/** Items whose last recorded decision kept them out of this version (rated, not in the standard). */
function excludedItems(r: HandbookRecords, ref: MakeRef, numberOf: Map<number, string>) {
  const roundNo = new Map(r.rounds.map((x) => [x.id, x.number]));
  const last = new Map<number, HandbookRecords['decisions'][number]>();
  for (const d of [...r.decisions].sort(
    (a, b) => (roundNo.get(a.roundId) ?? 0) - (roundNo.get(b.roundId) ?? 0),
  ))
    last.set(d.refId, d);
  const out: HandbookInput['excluded'] = [];
  for (const d of last.values()) {
    const final = d.override ?? d.computed;
    if (numberOf.has(d.refId) || final === 'in') continue;
    out.push({
      item: ref(d.roundId, d.refId, d.number, d.text),
      decision: final,
      override: d.override !== null && d.override !== d.computed,
    });
  }
  return out;
}

/** Fills the handbook engine's input from the study's records. Pure. */
export function toHandbookInput(r: HandbookRecords): HandbookInput {
  const adoptedAt = iso(r.version.adoptedAt);
  const tree = versionTree(r.clusters, r.items);
  const numberOf = new Map<number, string>();
  for (const c of tree)
    for (const x of [...c.items, ...c.subAspects.flatMap((s) => s.items)])
      if (x.sourceItemId !== null) numberOf.set(x.sourceItemId, x.number);
  const ref = refMaker(r, numberOf);
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
    clusters: clustersOf(tree),
    excluded: excludedItems(r, ref, numberOf),
    method: methodAccounting(r, ref, numberOf),
    appendix: { itemStats: itemStats(r, ref) },
  };
}
