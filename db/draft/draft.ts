import { and, asc, count, countDistinct, desc, eq, inArray, ne } from 'drizzle-orm';
import type { Db } from '../client';
import { cases, clusters, itemEvidence, items, itemVersions, suggestions, users } from '../schema';

export type Cluster = typeof clusters.$inferSelect;
export type Item = typeof items.$inferSelect;
export type Suggestion = typeof suggestions.$inferSelect;

export interface EvidenceCount {
  links: number;
  cases: number;
}

/**
 * Everything the draft page shows, in four queries: clusters, items (all statuses), evidence counts per item
 * and open suggestions. Evidence itself is loaded per item on demand.
 */
export function loadDraft(db: Db, studyId: number) {
  const clusterRows = db
    .select()
    .from(clusters)
    .where(eq(clusters.studyId, studyId))
    .orderBy(asc(clusters.position), asc(clusters.id))
    .all();
  const itemRows = db
    .select()
    .from(items)
    .where(eq(items.studyId, studyId))
    .orderBy(asc(items.position), asc(items.id))
    .all();
  const counts = db
    .select({ itemId: itemEvidence.itemId, links: count(), cases: countDistinct(itemEvidence.caseId) })
    .from(itemEvidence)
    .innerJoin(items, eq(items.id, itemEvidence.itemId))
    .where(eq(items.studyId, studyId))
    .groupBy(itemEvidence.itemId)
    .all();
  const evidence = new Map<number, EvidenceCount>(
    counts.map((r) => [r.itemId, { links: r.links, cases: r.cases }]),
  );
  return { clusters: clusterRows, items: itemRows, evidence, suggestions: openSuggestions(db, studyId) };
}

export function openSuggestions(db: Db, studyId: number): Suggestion[] {
  return db
    .select()
    .from(suggestions)
    .where(and(eq(suggestions.studyId, studyId), eq(suggestions.status, 'open')))
    .orderBy(asc(suggestions.id))
    .all();
}

export function findSuggestion(db: Db, studyId: number, id: number): Suggestion | undefined {
  return db
    .select()
    .from(suggestions)
    .where(and(eq(suggestions.studyId, studyId), eq(suggestions.id, id)))
    .get();
}

export function countItems(db: Db, studyId: number): number {
  return db.select({ n: count() }).from(items).where(eq(items.studyId, studyId)).get()?.n ?? 0;
}

export function findItem(db: Db, studyId: number, id: number): Item | undefined {
  return db
    .select()
    .from(items)
    .where(and(eq(items.studyId, studyId), eq(items.id, id)))
    .get();
}

export function findItems(db: Db, studyId: number, ids: number[]): Item[] {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(items)
    .where(and(eq(items.studyId, studyId), inArray(items.id, ids)))
    .all();
}

export function findCluster(db: Db, studyId: number, id: number): Cluster | undefined {
  return db
    .select()
    .from(clusters)
    .where(and(eq(clusters.studyId, studyId), eq(clusters.id, id)))
    .get();
}

/** An item's evidence with the text of each case, for excerpts with the span marked. */
export function itemEvidenceWithCases(db: Db, itemId: number) {
  return db
    .select({
      id: itemEvidence.id,
      caseId: itemEvidence.caseId,
      start: itemEvidence.start,
      end: itemEvidence.end,
      caseTitle: cases.title,
      caseText: cases.text,
    })
    .from(itemEvidence)
    .innerJoin(cases, eq(cases.id, itemEvidence.caseId))
    .where(eq(itemEvidence.itemId, itemId))
    .orderBy(asc(cases.id), asc(itemEvidence.start))
    .all();
}

export function caseTitles(db: Db, studyId: number): Map<number, string> {
  const rows = db
    .select({ id: cases.id, title: cases.title })
    .from(cases)
    .where(eq(cases.studyId, studyId))
    .all();
  return new Map(rows.map((r) => [r.id, r.title]));
}

/** All versions of an item, oldest first, with the name of who made each. */
export function itemHistory(db: Db, itemId: number) {
  return db
    .select({
      version: itemVersions.version,
      action: itemVersions.action,
      text: itemVersions.text,
      clusterLabel: itemVersions.clusterLabel,
      phaseId: itemVersions.phaseId,
      status: itemVersions.status,
      reason: itemVersions.reason,
      reasonCode: itemVersions.reasonCode,
      reasonParams: itemVersions.reasonParams,
      roundId: itemVersions.roundId,
      at: itemVersions.at,
      userName: users.name,
    })
    .from(itemVersions)
    .leftJoin(users, eq(users.id, itemVersions.userId))
    .where(eq(itemVersions.itemId, itemId))
    .orderBy(asc(itemVersions.version))
    .all();
}

/** Who made the item's latest version and when: for the "changed meanwhile" message. */
export function latestVersion(db: Db, itemId: number) {
  return db
    .select({ version: itemVersions.version, at: itemVersions.at, userName: users.name })
    .from(itemVersions)
    .leftJoin(users, eq(users.id, itemVersions.userId))
    .where(eq(itemVersions.itemId, itemId))
    .orderBy(desc(itemVersions.version))
    .limit(1)
    .get();
}

/** Every evidence span linked to any item of the study, and the spans of open and rejected suggestions. */
export function spansSeen(db: Db, studyId: number) {
  const linked = db
    .select({ caseId: itemEvidence.caseId, start: itemEvidence.start, end: itemEvidence.end })
    .from(itemEvidence)
    .innerJoin(items, eq(items.id, itemEvidence.itemId))
    .where(eq(items.studyId, studyId))
    .all();
  const suggested = db
    .select({
      evidence: suggestions.evidence,
      text: suggestions.text,
      kind: suggestions.kind,
      status: suggestions.status,
    })
    .from(suggestions)
    .where(and(eq(suggestions.studyId, studyId), ne(suggestions.status, 'accepted')))
    .all();
  return {
    spans: [...linked, ...suggested.flatMap((s) => s.evidence)],
    rejectedTexts: suggested
      .filter((s) => s.kind === 'new-item' && s.status === 'rejected')
      .map((s) => s.text),
  };
}
