import type { SparseVector } from './vectors';

/**
 * Inverted index on term ids: finds the documents sharing at least one stem with a query and their exact
 * cosine similarity, without comparing the query to every document.
 */
export class InvertedIndex {
  private readonly postingDocs = new Map<number, number[]>();
  private readonly postingWeights = new Map<number, number[]>();
  private acc = new Float64Array(64);

  add(doc: number, vector: SparseVector): void {
    if (doc >= this.acc.length) {
      const grown = new Float64Array(Math.max(doc + 1, this.acc.length * 2));
      this.acc = grown;
    }
    vector.ids.forEach((id, i) => {
      let docs = this.postingDocs.get(id);
      let weights = this.postingWeights.get(id);
      if (!docs || !weights) {
        docs = [];
        weights = [];
        this.postingDocs.set(id, docs);
        this.postingWeights.set(id, weights);
      }
      docs.push(doc);
      weights.push(vector.weights[i]!);
    });
  }

  /**
   * Calls `visit(doc, similarity)` for each indexed document sharing a stem with `query`. The order is
   * deterministic but not sorted; callers break ties on the document number.
   */
  forEachSimilar(query: SparseVector, visit: (doc: number, similarity: number) => void): void {
    const touched: number[] = [];
    const acc = this.acc;
    query.ids.forEach((id, i) => {
      const docs = this.postingDocs.get(id);
      const weights = this.postingWeights.get(id);
      if (!docs || !weights) return;
      const q = query.weights[i]!;
      for (let p = 0; p < docs.length; p++) {
        const d = docs[p]!;
        if (acc[d] === 0) touched.push(d);
        acc[d]! += q * weights[p]!;
      }
    });
    for (const d of touched) {
      visit(d, acc[d]!);
      acc[d] = 0;
    }
  }
}
