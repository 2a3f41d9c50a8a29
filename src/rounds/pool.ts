/** A small seeded PRNG (mulberry32): the same seed gives the same allocation on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(xs: T[], rnd: () => number): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [xs[i], xs[j]] = [xs[j]!, xs[i]!];
  }
  return xs;
}

export interface PoolItem {
  id: number;
  /** The stratum: the item's cluster. */
  cluster: string;
}

export interface PoolSettings {
  /** Items each panellist sees. */
  size: number;
  /** Ratings each item must at least get (if every panellist answers). */
  minPerItem: number;
  /** Shuffle the order per panellist; otherwise the round's own order. */
  randomOrder: boolean;
  seed: number;
}

export type Allocation =
  | { ok: true; byPanellist: Map<number, number[]> }
  | { ok: false; error: 'poolTooSmall' | 'poolInfeasible'; needed: number };

/** The smallest subset size that lets every item reach the minimum: ⌈items × minimum / panellists⌉. */
export function minimumSize(items: number, panellists: number, minPerItem: number): number {
  return panellists ? Math.ceil((items * minPerItem) / panellists) : items;
}

/**
 * Gives each panellist `size` distinct items, balanced and stratified by cluster: every panellist's subset
 * holds the clusters in proportion to their size (cumulative quotas, so rounding rotates between panellists),
 * within a cluster the least-seen items go first, and a repair pass swaps items until every item reaches
 * `minPerItem`. Refused when panellists × size < items × minimum. Deterministic for a given seed and input
 * order; pure.
 */
export function allocateSubsets(
  items: readonly PoolItem[],
  panellistIds: readonly number[],
  s: PoolSettings,
): Allocation {
  const n = items.length;
  const P = panellistIds.length;
  const needed = minimumSize(n, P, s.minPerItem);
  if (s.size < 1 || s.size > n) return { ok: false, error: 'poolTooSmall', needed };
  if (P * s.size < n * s.minPerItem || s.minPerItem > P)
    return { ok: false, error: 'poolInfeasible', needed };
  const rnd = seededRandom(s.seed);
  const clusters = [...new Set(items.map((i) => i.cluster))];
  const members = new Map(clusters.map((c) => [c, items.filter((i) => i.cluster === c).map((i) => i.id)]));
  const count = new Map(items.map((i) => [i.id, 0]));
  const given = new Map(clusters.map((c) => [c, 0]));
  const subsets: Set<number>[] = [];
  for (let p = 0; p < P; p++) {
    // Quota per cluster: what keeps each cluster's running total closest to its share of (p + 1) × size.
    const quota = new Map<string, number>();
    let left = s.size;
    const deficit = clusters.map((c) => {
      const target = ((p + 1) * s.size * members.get(c)!.length) / n - given.get(c)!;
      const q = Math.min(Math.max(0, Math.floor(target)), members.get(c)!.length);
      quota.set(c, q);
      left -= q;
      return { c, rest: target - q, tie: rnd() };
    });
    deficit.sort((a, b) => b.rest - a.rest || a.tie - b.tie);
    for (let k = 0; left > 0; k = (k + 1) % deficit.length) {
      const c = deficit[k]!.c;
      if (quota.get(c)! < members.get(c)!.length) {
        quota.set(c, quota.get(c)! + 1);
        left--;
      }
    }
    const mine = new Set<number>();
    for (const c of clusters) {
      const pick = shuffle([...members.get(c)!], rnd)
        .sort((a, b) => count.get(a)! - count.get(b)!)
        .slice(0, quota.get(c)!);
      for (const id of pick) {
        mine.add(id);
        count.set(id, count.get(id)! + 1);
      }
      given.set(c, given.get(c)! + quota.get(c)!);
    }
    subsets.push(mine);
  }
  repair(items, subsets, count, s.minPerItem, rnd);
  const byPanellist = new Map<number, number[]>();
  const order = new Map(items.map((i, k) => [i.id, k]));
  panellistIds.forEach((pid, p) => {
    const ids = [...subsets[p]!].sort((a, b) => order.get(a)! - order.get(b)!);
    byPanellist.set(pid, s.randomOrder ? shuffle(ids, rnd) : ids);
  });
  return { ok: true, byPanellist };
}

/** Moves a rating from an item above the minimum to one below it, preferring the same cluster, until none is below. */
function repair(
  items: readonly PoolItem[],
  subsets: Set<number>[],
  count: Map<number, number>,
  min: number,
  rnd: () => number,
) {
  const clusterOf = new Map(items.map((i) => [i.id, i.cluster]));
  for (const it of items) {
    while (count.get(it.id)! < min) {
      let best: { p: number; j: number; score: number } | undefined;
      for (const p of shuffle([...subsets.keys()], rnd)) {
        const set = subsets[p]!;
        if (set.has(it.id)) continue;
        for (const j of set) {
          if (count.get(j)! <= min) continue;
          const score = (clusterOf.get(j) === it.cluster ? 1000 : 0) + count.get(j)!;
          if (!best || score > best.score) best = { p, j, score };
        }
      }
      if (!best) return;
      subsets[best.p]!.delete(best.j);
      subsets[best.p]!.add(it.id);
      count.set(best.j, count.get(best.j)! - 1);
      count.set(it.id, count.get(it.id)! + 1);
    }
  }
}

/**
 * A subset for a panellist who joins after the round opened: `size` items (at most all), each cluster its
 * share of them (largest remainder, ties broken by the seeded draw), and within a cluster the items given least
 * so far first — so the late panellist raises the counts where they are lowest and the design stays balanced
 * and stratified. `given` counts each item's allocations so far (missing = 0); `salt` (the panellist's id) makes
 * the draw differ per panellist but stay reproducible. Pure.
 */
export function topUpSubset(
  items: readonly PoolItem[],
  given: ReadonlyMap<number, number>,
  s: PoolSettings,
  salt: number,
): number[] {
  const n = items.length;
  const size = Math.min(Math.max(0, s.size), n);
  if (!size) return [];
  const rnd = seededRandom((s.seed ^ Math.imul(salt + 1, 0x9e3779b1)) >>> 0);
  const clusters = [...new Set(items.map((i) => i.cluster))];
  const members = new Map(clusters.map((c) => [c, items.filter((i) => i.cluster === c).map((i) => i.id)]));
  const quota = new Map<string, number>();
  let left = size;
  const rest = clusters.map((c) => {
    const exact = (size * members.get(c)!.length) / n;
    quota.set(c, Math.floor(exact));
    left -= Math.floor(exact);
    return { c, rest: exact - Math.floor(exact), tie: rnd() };
  });
  rest.sort((a, b) => b.rest - a.rest || a.tie - b.tie);
  for (let k = 0; left > 0; k++, left--) {
    const c = rest[k % rest.length]!.c;
    quota.set(c, quota.get(c)! + 1);
  }
  const mine = new Set<number>();
  for (const c of clusters) {
    const pick = shuffle([...members.get(c)!], rnd)
      .sort((a, b) => (given.get(a) ?? 0) - (given.get(b) ?? 0))
      .slice(0, quota.get(c)!);
    for (const id of pick) mine.add(id);
  }
  const ids = items.map((i) => i.id).filter((id) => mine.has(id));
  return s.randomOrder ? shuffle(ids, rnd) : ids;
}
