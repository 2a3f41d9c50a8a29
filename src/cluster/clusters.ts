import { contentTerms, type ContentTerm, type Lang } from '../text';
import {
  aspectName,
  centralItem,
  distinctName,
  isVague,
  itemHeading,
  labelTerms,
  MAX_HEADING,
  mainVerbs,
  termLabels,
} from './labels';
import { lexicon, type Lexicon } from './parse';
import { prepNouns, verbPhrase } from './phrases';
import { partition } from './partition';
import { resolveLang, stemsOrText } from './represent';
import { PHASE_ORDER, type ClusterOptions, type ClusterProposal, type PhaseId } from './types';
import { vectorize, type SparseVector } from './vectors';
import { verbLabel, type ItemPhrase } from './verb-labels';

interface ClusterItem {
  text: string;
  phase?: PhaseId;
}

interface Prepared {
  lang: Lang;
  terms: ContentTerm[][];
  vectors: SparseVector[];
  lex: Lexicon;
  phrases: ItemPhrase[];
}

/** An item's phase, when known, counts as one more term: items of one phase are a little closer. */
function prepare(items: readonly ClusterItem[], lang: Lang | undefined): Prepared {
  const texts = items.map((i) => i.text);
  const resolved = resolveLang(texts, lang);
  const terms = texts.map((t) => contentTerms(t, resolved));
  const stems = terms.map((ts, i) => {
    const base = ts.length > 0 ? ts.map((t) => t.stem) : stemsOrText(texts[i]!, resolved);
    const phase = items[i]!.phase;
    return phase ? [...base, '§' + phase] : base;
  });
  const lex = lexicon(texts, resolved);
  const phrases = texts.map((t) => ({
    verb: verbPhrase(t, resolved, lex),
    preps: prepNouns(t, resolved, lex),
  }));
  return { lang: resolved, terms, vectors: vectorize(stems).vectors, lex, phrases };
}

/** round(√(m/2)) bounded to [lo, hi] and to m: the usual rule of thumb for a number of clusters. */
function targetCount(m: number, lo: number, hi: number): number {
  return Math.min(m, Math.max(Math.min(lo, hi), Math.min(hi, Math.round(Math.sqrt(m / 2)))));
}

/** Groups in process order (mean phase of their items), then by their first item. */
function inProcessOrder(groups: number[][], items: readonly ClusterItem[]): number[][] {
  const meanPhase = (g: number[]): number => {
    const ranks = g.flatMap((i) => {
      const p = items[i]!.phase;
      return p === undefined ? [] : [PHASE_ORDER.indexOf(p)];
    });
    return ranks.length === 0 ? 0 : ranks.reduce((a, b) => a + b, 0) / ranks.length;
  };
  const keyed = groups.map((g) => ({ g, phase: meanPhase(g), first: g[0]! }));
  keyed.sort((a, b) => a.phase - b.phase || a.first - b.first);
  return keyed.map((k) => k.g);
}

/** Clusters the given items (indexes into `items`) into at most `k` groups in process order. */
function group(
  members: number[],
  items: readonly ClusterItem[],
  prep: Prepared,
  k: number,
  maxGroups: number,
) {
  const minSize = members.length >= 8 * k ? Math.max(2, Math.floor(members.length / (4 * k))) : 1;
  const { groups, rest } = partition(
    members.map((i) => prep.vectors[i]!),
    k,
    minSize,
  );
  const toItems = (g: number[]): number[] => g.map((l) => members[l]!);
  const ordered = inProcessOrder(groups.map(toItems), items);
  if (rest.length === 0) return { groups: ordered, rest: [] };
  if (ordered.length < maxGroups) return { groups: ordered, rest: toItems(rest) };
  // No room for a group of leftovers: they join the largest group.
  const largest = ordered.reduce((a, b) => (b.length > a.length ? b : a));
  largest.push(...toItems(rest));
  largest.sort((a, b) => a - b);
  return { groups: ordered, rest: [] };
}

function subAspects(
  members: number[],
  items: readonly ClusterItem[],
  prep: Prepared,
  number: string,
  max: number,
  clusterLabel: string,
): ClusterProposal['subAspects'] {
  const k = members.length < 4 ? 1 : targetCount(members.length, 2, max);
  const { groups, rest } = group(members, items, prep, k, Infinity);
  return [...groups, ...(rest.length > 0 ? [rest] : [])].map((g, j) => {
    const texts = g.map((i) => items[i]!.text);
    const raw =
      verbLabel(g, prep.phrases, prep.lang, MAX_HEADING, isVague) ??
      itemHeading(items[centralItem(g, prep.vectors)]!.text, prep.lang, prep.lex);
    return {
      number: `${number}.${j + 1}`,
      label: distinctName(aspectName(raw, texts, prep.lang), clusterLabel, texts, prep.lang, j + 1),
      itemIndexes: g,
    };
  });
}

const OTHER: Record<Lang, string> = { nl: 'Overig', en: 'Other' };

/**
 * Proposes rubric clusters with sub-aspects for draft items: average-linkage agglomerative clustering on
 * cosine distance of tf-idf stem vectors, cut into round(√(n/2)) clusters (at least 3, at most
 * `maxClusters`, default 9), each cluster clustered again into sub-aspects (at most 6). Clusters are
 * numbered in process order and labelled by their most characteristic words; sub-aspects by the wording
 * of their most central item. Items sharing no word with any cluster end up in a last cluster "Overig".
 * Deterministic; identical items always stay together.
 */
export function proposeClusters(items: readonly ClusterItem[], opts: ClusterOptions = {}): ClusterProposal[] {
  if (items.length === 0) return [];
  const prep = prepare(items, opts.lang);
  const maxClusters = Math.max(1, opts.maxClusters ?? 9);
  const all = items.map((_, i) => i);
  const { groups, rest } = group(all, items, prep, targetCount(items.length, 3, maxClusters), maxClusters);
  const verbs = mainVerbs(
    items.map((i) => i.text),
    prep.terms,
  );
  const labels = termLabels(
    groups,
    prep.terms.map((t, i) => labelTerms(items[i]!.text, t, verbs, prep.lex.nouns)),
    prep.lang,
    prep.phrases,
  );
  if (rest.length > 0) labels.push(OTHER[prep.lang]);
  return [...groups, ...(rest.length > 0 ? [rest] : [])].map((g, i) => {
    const raw = labels[i] || itemHeading(items[centralItem(g, prep.vectors)]!.text, prep.lang, prep.lex);
    const label = aspectName(
      raw,
      g.map((k) => items[k]!.text),
      prep.lang,
    );
    return {
      number: String(i + 1),
      label,
      itemIndexes: g,
      subAspects: subAspects(g, items, prep, String(i + 1), 6, label),
    };
  });
}

/**
 * The alternative grouping: one cluster per phase (in the order given, labelled with the phase's label),
 * each split into sub-aspects by clustering its items. Phases without items are left out; items whose
 * phase is not listed form a last cluster "Overig" / "Other".
 */
export function clustersFromPhases(
  items: readonly { text: string; phase: PhaseId }[],
  phases: readonly { id: PhaseId; label: string }[],
  opts: { lang?: Lang } = {},
): ClusterProposal[] {
  if (items.length === 0) return [];
  const prep = prepare(items, opts.lang);
  const listed = new Set(phases.map((p) => p.id));
  const groups = phases.map((p) => ({
    label: p.label,
    members: indexesWhere(items, (it) => it.phase === p.id),
  }));
  groups.push({ label: OTHER[prep.lang], members: indexesWhere(items, (it) => !listed.has(it.phase)) });
  return groups
    .filter((g) => g.members.length > 0)
    .map((g, i) => {
      const label =
        g.label || itemHeading(items[centralItem(g.members, prep.vectors)]!.text, prep.lang, prep.lex);
      return {
        number: String(i + 1),
        label,
        itemIndexes: g.members,
        subAspects: subAspects(g.members, items, prep, String(i + 1), 9, label),
      };
    });
}

function indexesWhere<T>(xs: readonly T[], pred: (x: T) => boolean): number[] {
  const out: number[] = [];
  xs.forEach((x, i) => pred(x) && out.push(i));
  return out;
}
