/** Shared pieces of importing a study document: id maps and date parsing. */
export const d = (s: string) => new Date(s);
export const dN = (s: string | null) => (s ? new Date(s) : null);
export const countWords = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** Id maps from the document's ids to the new rows; a missing id is a bug in the document, caught before. */
export class Remap {
  private m = new Map<number, number>();
  set(from: number, to: number) {
    this.m.set(from, to);
  }
  get(from: number): number {
    const v = this.m.get(from);
    if (v === undefined) throw new Error(`unmapped id ${from}`);
    return v;
  }
  opt(from: number | null): number | null {
    return from === null ? null : this.get(from);
  }
}

/** Parents before children, for self-references (clusters, sub-aspects, versions). */
export function parentsFirst<T extends { id: number }>(rows: T[], parent: (r: T) => number | null): T[] {
  const done = new Set<number>();
  const out: T[] = [];
  let rest = rows;
  while (rest.length) {
    const ready = rest.filter((r) => parent(r) === null || done.has(parent(r)!));
    if (!ready.length) throw new Error('cycle in parent references');
    for (const r of ready) {
      done.add(r.id);
      out.push(r);
    }
    rest = rest.filter((r) => !done.has(r.id));
  }
  return out;
}

/** History rows may name clusters that were deleted since; those references are dropped, not invented. */
export function clusterIdsSafe(map: Remap, id: number): number | null {
  try {
    return map.get(id);
  } catch {
    return null;
  }
}
