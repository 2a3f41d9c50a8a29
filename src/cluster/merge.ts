import type { Lang } from '../text';
import { InvertedIndex } from './inverted-index';
import { resolveLang, stemsOrText } from './represent';
import { PHASE_ORDER, type ActivityInput, type DraftItem, type MergeOptions, type PhaseId } from './types';
import { vectorize, type SparseVector } from './vectors';

/**
 * Default merge threshold: cosine similarity of tf-idf stem vectors. At 0.55 wordings that share their
 * distinctive words merge ("stelt een weekplanning op" / "maakt een weekplanning": 0.58), while activities
 * that share one word and differ in another of equal weight stay apart ("belt de huisarts" / "belt de
 * school": 0.5), as do those sharing only a general word ("stelt de doelen vast" / "evalueert of de doelen
 * bereikt zijn").
 */
export const MERGE_THRESHOLD = 0.55;

/**
 * A wording with a single content word ("bespreekt wie wat zal doen" → bespreekt) is similar to every
 * wording in which that word weighs most, however little it says. It therefore only joins a wording whose
 * heaviest (most distinctive) stem it is: "maakt een weekplanning" joins "stelt een weekplanning op", but
 * "bespreekt wie wat zal doen" does not join "bespreekt wat haalbaar is".
 */
function singleWordFits(a: SparseVector, b: SparseVector): boolean {
  if (a.ids.length >= 2 && b.ids.length >= 2) return true;
  const [one, other] = a.ids.length < 2 ? [a, b] : [b, a];
  let heaviest = 0;
  other.weights.forEach((w, i) => {
    if (w > other.weights[heaviest]!) heaviest = i;
  });
  return other.ids[heaviest] === one.ids[0];
}

/** Activities with the same multiset of stems: merged without computing any similarity. */
export interface Wording {
  stems: string[];
  members: number[];
}

export function groupWordings(texts: readonly string[], lang: Lang): Wording[] {
  const byKey = new Map<string, Wording>();
  texts.forEach((text, i) => {
    const stems = stemsOrText(text, lang);
    const key = [...stems].sort().join(' ');
    const found = byKey.get(key);
    if (found) found.members.push(i);
    else byKey.set(key, { stems, members: [i] });
  });
  return [...byKey.values()];
}

/**
 * Leader clustering: wordings are visited most frequent first; each joins the most similar leader at or
 * above the threshold, or becomes a leader itself. Every merged wording is therefore similar to the
 * representative wording (no chains of A≈B≈C where A and C have nothing in common), and the result does
 * not depend on input order beyond ties.
 * Returns for each wording the index of its leader wording.
 */
export function leaderOf(wordings: readonly Wording[], vectors: SparseVector[], threshold: number): number[] {
  const order = wordings
    .map((_, i) => i)
    .sort((a, b) => wordings[b]!.members.length - wordings[a]!.members.length || a - b);
  const leader = new Array<number>(wordings.length);
  const index = new InvertedIndex();
  const leaders: number[] = [];
  for (const w of order) {
    let best = -1;
    let bestSim = threshold - 1e-9;
    index.forEachSimilar(vectors[w]!, (doc, sim) => {
      if (sim < bestSim || !singleWordFits(vectors[w]!, vectors[leaders[doc]!]!)) return;
      if (sim > bestSim || (sim === bestSim && doc < best)) {
        bestSim = sim;
        best = doc;
      }
    });
    if (best >= 0) leader[w] = leaders[best]!;
    else {
      index.add(leaders.length, vectors[w]!);
      leaders.push(w);
      leader[w] = w;
    }
  }
  return leader;
}

function mostFrequent<T>(values: readonly T[], rank: (v: T) => number): T[] {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || rank(a) - rank(b));
}

/** Builds one draft item from activities (in input order) judged to be the same. */
export function draftItem(acts: readonly ActivityInput[]): DraftItem {
  const texts = acts.map((a) => a.text);
  const variants = mostFrequent(texts, (t) => texts.indexOf(t));
  const phases = mostFrequent(
    acts.map((a) => a.phase),
    (p: PhaseId) => PHASE_ORDER.indexOf(p),
  );
  return {
    text: variants[0]!,
    phase: phases[0]!,
    evidence: acts.flatMap((a) => a.evidence.map((e) => ({ caseId: a.caseId, start: e.start, end: e.end }))),
    caseCount: new Set(acts.map((a) => a.caseId)).size,
    variants,
  };
}

/**
 * Merges near-duplicate activities from different cases into draft items that keep all their evidence.
 * Two wordings are the same activity when the cosine similarity of their tf-idf stem vectors is at least
 * `threshold` (default {@link MERGE_THRESHOLD}); phase is not a condition, the item takes the phase most of
 * its activities had. Items come in phase order, then most cases first.
 */
export function mergeActivities(acts: readonly ActivityInput[], opts: MergeOptions = {}): DraftItem[] {
  if (acts.length === 0) return [];
  const lang = resolveLang(
    acts.map((a) => a.text),
    opts.lang,
  );
  const wordings = groupWordings(
    acts.map((a) => a.text),
    lang,
  );
  const { vectors } = vectorize(wordings.map((w) => w.stems));
  const leader = leaderOf(wordings, vectors, opts.threshold ?? MERGE_THRESHOLD);
  const groups = new Map<number, number[]>();
  wordings.forEach((w, i) => {
    const g = groups.get(leader[i]!) ?? [];
    g.push(...w.members);
    groups.set(leader[i]!, g);
  });
  const items = [...groups.values()].map((members) => {
    members.sort((a, b) => a - b);
    return { first: members[0]!, item: draftItem(members.map((m) => acts[m]!)) };
  });
  items.sort(
    (a, b) =>
      PHASE_ORDER.indexOf(a.item.phase) - PHASE_ORDER.indexOf(b.item.phase) ||
      b.item.caseCount - a.item.caseCount ||
      a.first - b.first,
  );
  return items.map((i) => i.item);
}
