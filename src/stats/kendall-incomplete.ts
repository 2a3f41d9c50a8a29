import { chiSquareUpper } from './distributions';
import type { KendallResult } from './kendall';
import type { Scale } from './scale';

/** Kendall's W from the Skillings–Mack statistic, and what it rests on. */
export interface IncompleteKendallResult extends KendallResult {
  /** 'complete' when every counted panellist rated every item (then W is the textbook W exactly). */
  method: 'complete' | 'skillings-mack';
  /** Valid ratings the figure rests on (of m × n cells). */
  ratings: number;
  /** Panellists left out because they rated fewer than two of the items. */
  panellistsLeftOut: number;
  /** The Skillings–Mack statistic (χ² with n − 1 df under no concordance); equals `chi2`. */
  sm: number | null;
}

const NONE = { w: null, chi2: null, df: null, p: null, sm: null } as const;

/**
 * Kendall's W for a round in which panellists may answer "cannot judge" (or skip items): the Skillings–Mack
 * (1981) generalisation of Friedman's test to incomplete blocks, turned into W as W = SM / (m(n − 1)).
 *
 * Method, per panellist j (a block) with k_j ≥ 2 valid ratings: rank the rated items 1..k_j (ties get their
 * average rank), give the unrated items the block's mean rank (k_j + 1)/2, and add
 * √(12/(k_j + 1))·(r_ij − (k_j + 1)/2) to item i's adjusted rank sum A_i. Under no concordance A has covariance
 * Σ = Σ_j c_j·L_j, where L_j is the Laplacian of the items block j rated together (k_j − 1 on the diagonal, −1
 * between two co-rated items) and c_j = 1 − T_j/(k_j³ − k_j) corrects for block j's ties (T_j = Σ(t³ − t)), the
 * exact permutation variance of average ranks. SM = Aᵀ Σ⁻ A, with Σ⁻ = (Σ + J/n)⁻¹ on the space orthogonal to 1,
 * is approximately χ² with n − 1 df. With complete data this is exactly the tie-corrected Friedman χ² =
 * m(n − 1)W, so W here equals Kendall's W whenever nobody answered "cannot judge".
 *
 * m counts panellists with at least two valid ratings, n the items rated in such a block. Undefined (null)
 * when m < 2, n < 2, every block is all ties, or the items do not form one connected design (some items were
 * never rated together with the others, so their ranks cannot be compared).
 *
 * `items[i][j]` is panellist j's coded rating of item i (codes outside the scale: not a rating).
 */
export function kendallIncomplete(
  items: readonly ArrayLike<number>[],
  scale: Scale,
): IncompleteKendallResult {
  const nAll = items.length;
  const columns = nAll === 0 ? 0 : Math.min(...items.map((it) => it.length));
  const valid = (v: number) => Number.isInteger(v) && v >= scale.min && v <= scale.max;
  const points = scale.max - scale.min + 1;

  // Which items take part at all: those rated in some block with at least two valid ratings.
  const rated: number[][] = [];
  const used = new Uint8Array(nAll);
  for (let j = 0; j < columns; j++) {
    const list: number[] = [];
    for (let i = 0; i < nAll; i++) if (valid((items[i] as ArrayLike<number>)[j] as number)) list.push(i);
    if (list.length >= 2) for (const i of list) used[i] = 1;
    rated.push(list);
  }
  const index = new Int32Array(nAll).fill(-1);
  let n = 0;
  for (let i = 0; i < nAll; i++) if (used[i]) index[i] = n++;
  const blocks = rated.flatMap((list, j) => (list.length >= 2 ? [{ j, list }] : []));
  const m = blocks.length;
  const panellistsLeftOut = columns - m;
  let ratings = 0;
  for (const b of blocks) ratings += b.list.length;
  const method = ratings === m * n ? 'complete' : 'skillings-mack';
  const base = { m, n, ratings, panellistsLeftOut, method } as const;
  if (m < 2 || n < 2) return { ...base, ...NONE };

  const a = new Float64Array(n);
  const sigma = new Float64Array(n * n);
  // Blocks that rated most items are added through their few unrated ones (see below): c·(k·diag(o) − ooᵀ)
  // with o = 1 − u is c·k·diag(o) − c·J + c(1uᵀ + u1ᵀ) − c·uuᵀ, so only the pairs of unrated items cost n².
  let weightJ = 0;
  let weightDiagonal = 0;
  const diagonal = new Float64Array(n);
  const unratedSum = new Float64Array(n);
  const isRated = new Uint8Array(n);
  const counts = new Float64Array(points);
  const rankOf = new Float64Array(points);
  const parent = Int32Array.from({ length: n }, (_, k) => k);
  const root = (k: number): number => {
    while (parent[k] !== k) k = parent[k] = parent[parent[k] as number] as number;
    return k;
  };
  for (const { j, list } of blocks) {
    const k = list.length;
    counts.fill(0);
    for (const i of list) counts[((items[i] as ArrayLike<number>)[j] as number) - scale.min]! += 1;
    let below = 0;
    let ties = 0;
    for (let p = 0; p < points; p++) {
      const t = counts[p] as number;
      rankOf[p] = below + (t + 1) / 2;
      ties += t * t * t - t;
      below += t;
    }
    const c = 1 - ties / (k * k * k - k);
    if (c <= 1e-12) continue; // all ties: no information on the ranking, nothing to add
    const weight = Math.sqrt(12 / (k + 1));
    const mean = (k + 1) / 2;
    for (const i of list) {
      const rank = rankOf[((items[i] as ArrayLike<number>)[j] as number) - scale.min] as number;
      a[index[i] as number]! += weight * (rank - mean);
    }
    const first = root(index[list[0] as number] as number);
    for (const i of list) parent[root(index[i] as number)] = first;
    if (2 * k > n) {
      isRated.fill(0);
      for (const i of list) isRated[index[i] as number] = 1;
      const unrated: number[] = [];
      for (let s = 0; s < n; s++) if (!isRated[s]) unrated.push(s);
      weightJ += c;
      weightDiagonal += c * k;
      for (const s of unrated) {
        diagonal[s]! -= c * k;
        unratedSum[s]! += c;
        for (const t of unrated) sigma[s * n + t]! -= c;
      }
      continue;
    }
    for (let x = 0; x < k; x++) {
      const s = index[list[x] as number] as number;
      sigma[s * n + s]! += c * (k - 1);
      for (let y = x + 1; y < k; y++) {
        const t = index[list[y] as number] as number;
        sigma[s * n + t]! -= c;
        sigma[t * n + s]! -= c;
      }
    }
  }
  const top = root(0);
  for (let s = 1; s < n; s++) if (root(s) !== top) return { ...base, ...NONE };
  // The J/n term makes the matrix invertible on all of ℝⁿ without changing it on the space orthogonal to 1.
  for (let s = 0; s < n; s++) {
    for (let t = 0; t < n; t++)
      sigma[s * n + t]! += (unratedSum[s] as number) + (unratedSum[t] as number) - weightJ + 1 / n;
    sigma[s * n + s]! += weightDiagonal + (diagonal[s] as number);
  }
  const x = solveSymmetric(sigma, a, n);
  if (!x) return { ...base, ...NONE };
  let sm = 0;
  for (let s = 0; s < n; s++) sm += (a[s] as number) * (x[s] as number);
  const df = n - 1;
  const w = Math.min(1, Math.max(0, sm / (m * df)));
  return { ...base, w, chi2: sm, df, p: chiSquareUpper(sm, df), sm };
}

/** Solves M x = b for a symmetric positive definite M (row-major, n × n) by Cholesky; null when it is not. */
function solveSymmetric(matrix: Float64Array, b: Float64Array, n: number): Float64Array | null {
  const l = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = matrix[i * n + j] as number;
      for (let k = 0; k < j; k++) sum -= (l[i * n + k] as number) * (l[j * n + k] as number);
      if (i === j) {
        if (!(sum > 1e-10)) return null;
        l[i * n + i] = Math.sqrt(sum);
      } else l[i * n + j] = sum / (l[j * n + j] as number);
    }
  }
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let sum = b[i] as number;
    for (let k = 0; k < i; k++) sum -= (l[i * n + k] as number) * (y[k] as number);
    y[i] = sum / (l[i * n + i] as number);
  }
  const x = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    let sum = y[i] as number;
    for (let k = i + 1; k < n; k++) sum -= (l[k * n + i] as number) * (x[k] as number);
    x[i] = sum / (l[i * n + i] as number);
  }
  return x;
}
