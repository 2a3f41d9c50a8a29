import { and, eq } from 'drizzle-orm';
import type { Db } from '../client';
import type { Item, Suggestion } from './draft';
import { addEvidence, type Span } from './items';
import { changeItemIn, insertItem, type Actor } from './versions';
import { clusters, suggestions } from '../schema';

export interface StoredProposal {
  items: { text: string; phase: string; evidence: Span[] }[];
  clusters: {
    label: string;
    itemIndexes: number[];
    subAspects: { label: string; itemIndexes: number[] }[];
  }[];
}

/**
 * Stores a proposed draft in one transaction: clusters and sub-aspects, items with their evidence and a first
 * version (action 'create') for each. Items in no cluster are stored unclustered.
 */
export function storeProposal(
  db: Db,
  studyId: number,
  proposal: StoredProposal,
  actor: Actor,
): { items: number; clusters: number; subAspects: number } {
  return db.transaction((t) => {
    const tx = t as unknown as Db;
    const now = new Date();
    const place = new Map<number, { clusterId: number; position: number }>();
    const addCluster = (label: string, parentId: number | null, position: number) =>
      tx
        .insert(clusters)
        .values({ studyId, parentId, position, label, createdAt: now, updatedAt: now })
        .returning()
        .get().id;
    let clusterCount = 0;
    let subAspectCount = 0;
    proposal.clusters.forEach((c, ci) => {
      const id = addCluster(c.label, null, ci);
      clusterCount++;
      c.itemIndexes.forEach((i, k) => place.set(i, { clusterId: id, position: k }));
      c.subAspects.forEach((s, si) => {
        const sub = addCluster(s.label, id, si);
        clusterCount++;
        subAspectCount++;
        s.itemIndexes.forEach((i, k) => place.set(i, { clusterId: sub, position: k }));
      });
    });
    proposal.items.forEach((it, i) => {
      const at = place.get(i);
      const item = insertItem(
        tx,
        studyId,
        {
          text: it.text,
          phaseId: it.phase,
          clusterId: at?.clusterId ?? null,
          origin: 'extracted',
          position: at?.position ?? i,
        },
        { ...actor, reasonCode: 'proposal' },
      );
      addEvidence(tx, item.id, it.evidence);
    });
    return { items: proposal.items.length, clusters: clusterCount, subAspects: subAspectCount };
  });
}

export function insertSuggestions(
  db: Db,
  studyId: number,
  list: readonly {
    kind: 'new-item' | 'new-evidence';
    itemId: number | null;
    text: string;
    phaseId: string | null;
    evidence: Span[];
  }[],
): number {
  if (list.length === 0) return 0;
  const now = new Date();
  db.insert(suggestions)
    .values(list.map((s) => ({ ...s, studyId, status: 'open' as const, createdAt: now })))
    .run();
  return list.length;
}

/**
 * Accepts an open suggestion: a new item (in `clusterId`) or the evidence added to its item, each with a
 * version. Returns the item, or undefined when the suggestion was no longer open or its item is gone.
 */
export function acceptSuggestion(
  db: Db,
  s: Suggestion,
  clusterId: number | null,
  actor: Actor,
): Item | undefined {
  return db.transaction((t) => {
    const tx = t as unknown as Db;
    const taken = tx
      .update(suggestions)
      .set({ status: 'accepted' })
      .where(and(eq(suggestions.id, s.id), eq(suggestions.status, 'open')))
      .run();
    if (taken.changes !== 1) return undefined;
    if (s.kind === 'new-item') {
      const item = insertItem(
        tx,
        s.studyId,
        { text: s.text, phaseId: s.phaseId, clusterId, origin: 'extracted' },
        { ...actor, reasonCode: 'suggestion' },
      );
      addEvidence(tx, item.id, s.evidence);
      return item;
    }
    if (s.itemId === null) return undefined;
    addEvidence(tx, s.itemId, s.evidence);
    const res = changeItemIn(tx, s.studyId, s.itemId, undefined, {}, 'evidence', {
      ...actor,
      reasonCode: 'evidence',
      reasonParams: { cases: new Set(s.evidence.map((e) => e.caseId)).size },
    });
    return res.ok ? res.item : undefined;
  });
}

export function rejectSuggestion(db: Db, id: number): boolean {
  return (
    db
      .update(suggestions)
      .set({ status: 'rejected' })
      .where(and(eq(suggestions.id, id), eq(suggestions.status, 'open')))
      .run().changes === 1
  );
}
