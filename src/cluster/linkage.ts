import { InvertedIndex } from './inverted-index';
import type { SparseVector } from './vectors';

/**
 * A dendrogram over n leaves (0..n-1); internal node n + s is the s-th merge in order of height.
 * Average linkage is monotone, so a parent is never lower than its children.
 */
export interface Dendrogram {
  n: number;
  left: Int32Array;
  right: Int32Array;
  height: Float64Array;
  /** Number of leaves under each internal node. */
  size: Int32Array;
}

/** Cosine distances (1 − similarity) as a full n×n matrix; pairs without a shared stem are at 1. */
export function distanceMatrix(vectors: readonly SparseVector[]): Float32Array {
  const n = vectors.length;
  const d = new Float32Array(n * n).fill(1);
  const index = new InvertedIndex();
  vectors.forEach((v, i) => {
    d[i * n + i] = 0;
    index.forEachSimilar(v, (j, sim) => {
      const dist = Math.max(0, 1 - sim);
      d[i * n + j] = dist;
      d[j * n + i] = dist;
    });
    index.add(i, v);
  });
  return d;
}

/**
 * Average-linkage agglomerative clustering by the nearest-neighbour chain: O(n²) time on the O(n²)
 * matrix, which is overwritten. Ties go to the chain's previous element, then to the lowest index, so the
 * same input always gives the same tree.
 */
export function averageLinkage(d: Float32Array, n: number): Dendrogram {
  const size = new Int32Array(n).fill(1);
  // Active slots as a doubly linked list in ascending order; a merged cluster lives in the lower slot,
  // which therefore always contains leaf `slot`.
  const next = Int32Array.from({ length: n + 1 }, (_, i) => i + 1);
  const prev = Int32Array.from({ length: n + 1 }, (_, i) => i - 1);
  const head = n; // sentinel
  next[head] = n > 0 ? 0 : head;
  if (n > 0) prev[0] = head;
  if (n > 0) next[n - 1] = head;
  prev[head] = n - 1;

  const merges: { a: number; b: number; h: number; order: number }[] = [];
  const chain: number[] = [];
  for (let active = n; active > 1; active--) {
    if (chain.length === 0) chain.push(next[head]!);
    let a: number;
    let b: number;
    let best: number;
    for (;;) {
      a = chain[chain.length - 1]!;
      const previous = chain.length > 1 ? chain[chain.length - 2]! : -1;
      b = previous;
      best = previous >= 0 ? d[a * n + previous]! : Infinity;
      for (let j = next[head]!; j !== head; j = next[j]!) {
        if (j !== a && d[a * n + j]! < best) {
          best = d[a * n + j]!;
          b = j;
        }
      }
      if (b === previous) break;
      chain.push(b);
    }
    chain.length -= 2;
    const [lo, hi] = a < b ? [a, b] : [b, a];
    merges.push({ a: lo, b: hi, h: best, order: merges.length });
    const sl = size[lo]!;
    const sh = size[hi]!;
    for (let k = next[head]!; k !== head; k = next[k]!) {
      if (k === lo || k === hi) continue;
      const v = (sl * d[lo * n + k]! + sh * d[hi * n + k]!) / (sl + sh);
      d[lo * n + k] = v;
      d[k * n + lo] = v;
    }
    size[lo] = sl + sh;
    next[prev[hi]!] = next[hi]!;
    prev[next[hi]!] = prev[hi]!;
  }
  return toDendrogram(n, merges);
}

/** Orders the chain's merges by height and names clusters by node id (the relabelling step of SciPy). */
function toDendrogram(n: number, merges: { a: number; b: number; h: number; order: number }[]): Dendrogram {
  merges.sort((x, y) => x.h - y.h || x.order - y.order);
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const nodeOf = Int32Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  const m = Math.max(0, n - 1);
  const dendrogram = {
    n,
    left: new Int32Array(m),
    right: new Int32Array(m),
    height: new Float64Array(m),
    size: new Int32Array(m),
  };
  const sizeOf = (node: number): number => (node < n ? 1 : dendrogram.size[node - n]!);
  merges.forEach(({ a, b, h }, s) => {
    const ra = find(a);
    const rb = find(b);
    dendrogram.left[s] = nodeOf[ra]!;
    dendrogram.right[s] = nodeOf[rb]!;
    dendrogram.height[s] = h;
    dendrogram.size[s] = sizeOf(nodeOf[ra]!) + sizeOf(nodeOf[rb]!);
    parent[rb] = ra;
    nodeOf[ra] = n + s;
  });
  return dendrogram;
}

/** Heights below this are treated as identical items, which are never split apart. */
const SAME = 1e-6;

export interface Split {
  /** Node ids of the groups. */
  parts: number[];
  /** Node ids of subtrees smaller than the minimum size that were split off on the way. */
  outliers: number[];
}

/**
 * Splits the subtree under `node` into at most `k` groups by undoing its highest merges first (cutting
 * the dendrogram at one level). Subtrees smaller than `minSize` that come loose are set aside as outliers
 * rather than counted as groups: with average linkage on short texts the highest merges are often single
 * odd items joining everything else, and a plain cut would return them as clusters of one. At most a
 * quarter of the items are set aside that way. Merges of identical items are never undone.
 */
export function splitNode(tree: Dendrogram, node: number, k: number, minSize = 1): Split {
  const { n } = tree;
  const heightOf = (p: number): number => (p < n ? -1 : tree.height[p - n]!);
  const sizeOf = (p: number): number => (p < n ? 1 : tree.size[p - n]!);
  const parts = [node];
  const outliers: number[] = [];
  let setAside = 0;
  const maxAside = Math.floor(sizeOf(node) / 4);
  while (parts.length < k) {
    let pick = -1;
    parts.forEach((p, i) => {
      const h = heightOf(p);
      if (h <= SAME) return;
      const best = pick < 0 ? -1 : heightOf(parts[pick]!);
      if (h > best || (h === best && p > parts[pick]!)) pick = i;
    });
    if (pick < 0) break;
    const s = parts[pick]! - n;
    const children = [tree.left[s]!, tree.right[s]!];
    const small = children.filter((c) => sizeOf(c) < minSize);
    const smallSize = small.reduce((sum, c) => sum + sizeOf(c), 0);
    if (small.length === 0 || small.length === 2 || setAside + smallSize > maxAside) {
      parts.splice(pick, 1, ...children);
    } else {
      parts.splice(pick, 1, ...children.filter((c) => sizeOf(c) >= minSize));
      outliers.push(...small);
      setAside += smallSize;
    }
  }
  return { parts, outliers };
}

/** Leaves under a node, ascending. */
export function leavesOf(tree: Dendrogram, node: number): number[] {
  const leaves: number[] = [];
  const stack = [node];
  while (stack.length > 0) {
    const x = stack.pop()!;
    if (x < tree.n) leaves.push(x);
    else stack.push(tree.right[x - tree.n]!, tree.left[x - tree.n]!);
  }
  return leaves.sort((a, b) => a - b);
}

export function rootOf(tree: Dendrogram): number {
  return tree.n <= 1 ? 0 : 2 * tree.n - 2;
}
