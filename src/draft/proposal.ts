import {
  clustersFromPhases,
  mergeActivities,
  PHASE_ORDER,
  proposeClusters,
  type ActivityInput,
  type ClusterProposal,
  type DraftItem,
  type PhaseId,
} from '../cluster';
import { extractActivities, type SourceType } from '../extract';
import { SOURCE_TYPES, type Lang } from '../domain';

export type Grouping = 'rubrics' | 'phases';

export interface CaseForExtraction {
  id: number;
  text: string;
  sourceType: string;
  phaseTags: string[];
}

export interface ProposedCluster {
  label: string;
  /** Items placed directly in the cluster (indexes into `items`). */
  itemIndexes: number[];
  subAspects: { label: string; itemIndexes: number[] }[];
}

export interface Proposal {
  items: DraftItem[];
  clusters: ProposedCluster[];
  /** Cases in which no activity was found (empty, non-text or only context). */
  emptyCases: number[];
}

const SOURCES = new Set<string>(SOURCE_TYPES);
const isPhase = (p: string): p is PhaseId => (PHASE_ORDER as readonly string[]).includes(p);

/** Runs extraction on every case; cases that yield nothing are listed, never an error. */
export function extractFromCases(cases: readonly CaseForExtraction[], lang: Lang) {
  const acts: ActivityInput[] = [];
  const emptyCases: number[] = [];
  for (const c of cases) {
    const found = extractActivities(c.text, {
      lang,
      sourceType: SOURCES.has(c.sourceType) ? (c.sourceType as SourceType) : undefined,
      phaseTags: c.phaseTags.filter(isPhase),
    });
    if (found.length === 0) emptyCases.push(c.id);
    for (const a of found) acts.push({ caseId: c.id, text: a.text, phase: a.phase, evidence: a.evidence });
  }
  return { acts, emptyCases };
}

/**
 * A cluster whose sub-aspects are just one group holds its items directly: a lone sub-aspect only repeats
 * the cluster and adds a level of numbering the panel has to read past.
 */
function toProposed(c: ClusterProposal): ProposedCluster {
  if (c.subAspects.length < 2) return { label: c.label, itemIndexes: c.itemIndexes, subAspects: [] };
  const inSub = new Set(c.subAspects.flatMap((s) => s.itemIndexes));
  return {
    label: c.label,
    itemIndexes: c.itemIndexes.filter((i) => !inSub.has(i)),
    subAspects: c.subAspects.map((s) => ({ label: s.label, itemIndexes: s.itemIndexes })),
  };
}

/** Cases → merged draft items with evidence → two-level rubric clusters (or the phases as clusters). */
export function buildProposal(
  cases: readonly CaseForExtraction[],
  opts: { lang: Lang; grouping: Grouping; phases: readonly { id: string; label: string }[] },
): Proposal {
  const { acts, emptyCases } = extractFromCases(cases, opts.lang);
  const items = mergeActivities(acts, { lang: opts.lang });
  const proposals =
    opts.grouping === 'phases'
      ? clustersFromPhases(items, opts.phases as { id: PhaseId; label: string }[], { lang: opts.lang })
      : proposeClusters(items, { lang: opts.lang });
  return { items, clusters: proposals.map(toProposed), emptyCases };
}

export interface SpanRef {
  caseId: number;
  start: number;
  end: number;
}

/** Spans already accounted for, per case, to test overlap (extraction may shift a span by a few characters). */
export class SeenSpans {
  private byCase = new Map<number, SpanRef[]>();
  constructor(spans: Iterable<SpanRef> = []) {
    for (const s of spans) this.add(s);
  }
  add(s: SpanRef): void {
    const list = this.byCase.get(s.caseId);
    if (list) list.push(s);
    else this.byCase.set(s.caseId, [s]);
  }
  has(s: SpanRef): boolean {
    return (this.byCase.get(s.caseId) ?? []).some((o) => o.start < s.end && s.start < o.end);
  }
}

export interface NewSuggestion {
  kind: 'new-item' | 'new-evidence';
  itemId: number | null;
  text: string;
  phaseId: string | null;
  evidence: SpanRef[];
}

/**
 * Keeps only what is really new: evidence that is not linked to any item, nor already open or rejected as a
 * suggestion; new items left without such evidence, or worded like a rejected suggestion, are dropped.
 */
export function filterSuggestions(
  proposals: {
    newItems: readonly DraftItem[];
    newEvidence: readonly { itemId: number; text: string; evidence: readonly SpanRef[] }[];
  },
  seen: SeenSpans,
  rejectedTexts: ReadonlySet<string>,
): NewSuggestion[] {
  const fresh = (ev: readonly SpanRef[]) => ev.filter((e) => !seen.has(e));
  const out: NewSuggestion[] = [];
  for (const e of proposals.newEvidence) {
    const evidence = fresh(e.evidence);
    if (evidence.length)
      out.push({ kind: 'new-evidence', itemId: e.itemId, text: e.text, phaseId: null, evidence });
  }
  for (const it of proposals.newItems) {
    const evidence = fresh(it.evidence);
    if (evidence.length && !rejectedTexts.has(normalise(it.text))) {
      out.push({ kind: 'new-item', itemId: null, text: it.text, phaseId: it.phase, evidence });
    }
  }
  return out;
}

export function normalise(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}
