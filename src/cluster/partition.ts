import { averageLinkage, distanceMatrix, leavesOf, rootOf, splitNode } from './linkage';
import type { SparseVector } from './vectors';

export interface Partition {
  /** Groups of member indexes (into the given list), each ascending. */
  groups: number[][];
  /** Members that share no stem with any group; empty when there are none. */
  rest: number[];
}

/**
 * Clusters items into at most `k` groups with average linkage, then gives each outlier split off by the
 * cut (see {@link splitNode}) to the group whose summed vector it is most similar to. Outliers similar to
 * no group at all are returned as `rest`.
 */
export function partition(vectors: readonly SparseVector[], k: number, minSize: number): Partition {
  const n = vectors.length;
  if (n === 0) return { groups: [], rest: [] };
  const tree = averageLinkage(distanceMatrix(vectors), n);
  const { parts, outliers } = splitNode(tree, rootOf(tree), k, minSize);
  const groups = parts.map((p) => leavesOf(tree, p));
  const centroids = groups.map((g) => summed(g.map((i) => vectors[i]!)));
  const rest: number[] = [];
  for (const leaf of outliers.flatMap((o) => leavesOf(tree, o))) {
    let best = -1;
    let bestSim = 0;
    centroids.forEach((c, gi) => {
      const sim = dot(vectors[leaf]!, c) / groups[gi]!.length;
      if (sim > bestSim + 1e-12) {
        bestSim = sim;
        best = gi;
      }
    });
    if (best >= 0) groups[best]!.push(leaf);
    else rest.push(leaf);
  }
  for (const g of groups) g.sort((a, b) => a - b);
  return { groups, rest: rest.sort((a, b) => a - b) };
}

function summed(vectors: readonly SparseVector[]): Map<number, number> {
  const sum = new Map<number, number>();
  for (const v of vectors) v.ids.forEach((id, k) => sum.set(id, (sum.get(id) ?? 0) + v.weights[k]!));
  return sum;
}

function dot(v: SparseVector, sum: Map<number, number>): number {
  let s = 0;
  v.ids.forEach((id, k) => (s += v.weights[k]! * (sum.get(id) ?? 0)));
  return s;
}
