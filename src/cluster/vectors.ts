/** A unit-length tf-idf vector over term ids, ids ascending. */
export interface SparseVector {
  ids: Int32Array;
  weights: Float64Array;
}

export interface Vectorized {
  vectors: SparseVector[];
  /** Term id → stem. */
  terms: string[];
}

/**
 * tf-idf vectors of stem lists, L2-normalised so that a dot product is the cosine similarity.
 * tf is sublinear (1 + ln count) so a repeated word does not dominate a short activity; idf is smoothed
 * (ln((N + 1) / (df + 1)) + 1) so a stem shared by every document still counts, which keeps identical
 * items identical when there are only a few.
 */
export function vectorize(docs: readonly string[][]): Vectorized {
  const termId = new Map<string, number>();
  const terms: string[] = [];
  const df: number[] = [];
  const counts = docs.map((stems) => {
    const c = new Map<number, number>();
    for (const s of stems) {
      let id = termId.get(s);
      if (id === undefined) {
        id = terms.length;
        termId.set(s, id);
        terms.push(s);
        df.push(0);
      }
      c.set(id, (c.get(id) ?? 0) + 1);
    }
    for (const id of c.keys()) df[id]!++;
    return c;
  });
  const n = docs.length;
  const vectors = counts.map((c) => {
    const ids = Int32Array.from([...c.keys()].sort((a, b) => a - b));
    const weights = new Float64Array(ids.length);
    let norm = 0;
    ids.forEach((id, i) => {
      const w = (1 + Math.log(c.get(id)!)) * (Math.log((n + 1) / (df[id]! + 1)) + 1);
      weights[i] = w;
      norm += w * w;
    });
    norm = Math.sqrt(norm);
    if (norm > 0) for (let i = 0; i < weights.length; i++) weights[i]! /= norm;
    return { ids, weights };
  });
  return { vectors, terms };
}

export function cosine(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let dot = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x === y) dot += a.weights[i++]! * b.weights[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return dot;
}
