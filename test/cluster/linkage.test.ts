import { describe, expect, it } from 'vitest';
import { averageLinkage, splitNode, leavesOf, rootOf } from '../../src/cluster/linkage';

/** Textbook O(n³) average linkage: merge heights in order. */
function naiveHeights(points: number[][]): number[] {
  const dist = (a: number[], b: number[]) => Math.hypot(...a.map((x, i) => x - b[i]!));
  let clusters = points.map((_, i) => [i]);
  const heights: number[] = [];
  while (clusters.length > 1) {
    let best = { i: 0, j: 1, d: Infinity };
    for (let i = 0; i < clusters.length; i++)
      for (let j = i + 1; j < clusters.length; j++) {
        let sum = 0;
        for (const a of clusters[i]!) for (const b of clusters[j]!) sum += dist(points[a]!, points[b]!);
        const d = sum / (clusters[i]!.length * clusters[j]!.length);
        if (d < best.d) best = { i, j, d };
      }
    heights.push(best.d);
    const merged = [...clusters[best.i]!, ...clusters[best.j]!];
    clusters = clusters.filter((_, k) => k !== best.i && k !== best.j).concat([merged]);
  }
  return heights;
}

function matrix(points: number[][]): Float32Array {
  const n = points.length;
  const d = new Float32Array(n * n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) d[i * n + j] = Math.hypot(...points[i]!.map((x, k) => x - points[j]![k]!));
  return d;
}

describe('averageLinkage', () => {
  it('gives the same merge heights as textbook average linkage', () => {
    let s = 7;
    const rand = () => ((s = (s * 16807) % 2147483647) / 2147483647) * 10;
    const points = Array.from({ length: 40 }, () => [rand(), rand()]);
    const tree = averageLinkage(matrix(points), points.length);
    const expected = naiveHeights(points);
    expect([...tree.height].map((h) => h.toFixed(3))).toEqual(expected.map((h) => h.toFixed(3)));
  });

  it('cuts into the natural groups when asked for that many', () => {
    const points = [[0], [0.1], [0.2], [10], [10.1], [20]];
    const tree = averageLinkage(matrix(points), points.length);
    const { parts } = splitNode(tree, rootOf(tree), 3);
    expect(parts.map((p) => leavesOf(tree, p)).sort((a, b) => a[0]! - b[0]!)).toEqual([
      [0, 1, 2],
      [3, 4],
      [5],
    ]);
  });

  it('sets small odd subtrees aside instead of returning them as groups', () => {
    const points = [[0], [0.1], [0.2], [0.3], [10], [10.1], [10.2], [10.3], [50]];
    const tree = averageLinkage(matrix(points), points.length);
    const { parts, outliers } = splitNode(tree, rootOf(tree), 2, 2);
    expect(parts.map((p) => leavesOf(tree, p)).sort((a, b) => a[0]! - b[0]!)).toEqual([
      [0, 1, 2, 3],
      [4, 5, 6, 7],
    ]);
    expect(outliers.flatMap((o) => leavesOf(tree, o))).toEqual([8]);
  });

  it('never splits identical items', () => {
    const tree = averageLinkage(new Float32Array(9), 3);
    expect(splitNode(tree, rootOf(tree), 3).parts).toHaveLength(1);
  });
});
