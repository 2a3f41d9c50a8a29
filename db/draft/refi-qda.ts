import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../client';
import { cases, clusters, itemEvidence, items } from '../schema';

/** What a REFI-QDA export needs: clusters, active items, case texts and the evidence spans of active items. */
export function loadCoding(db: Db, studyId: number) {
  const clusterRows = db
    .select()
    .from(clusters)
    .where(eq(clusters.studyId, studyId))
    .orderBy(asc(clusters.position), asc(clusters.id))
    .all();
  const itemRows = db
    .select()
    .from(items)
    .where(and(eq(items.studyId, studyId), eq(items.status, 'active')))
    .orderBy(asc(items.position), asc(items.id))
    .all();
  const caseRows = db
    .select({ id: cases.id, title: cases.title, text: cases.text })
    .from(cases)
    .where(eq(cases.studyId, studyId))
    .orderBy(asc(cases.id))
    .all();
  const evidence = db
    .select({
      id: itemEvidence.id,
      itemId: itemEvidence.itemId,
      caseId: itemEvidence.caseId,
      start: itemEvidence.start,
      end: itemEvidence.end,
    })
    .from(itemEvidence)
    .innerJoin(items, eq(items.id, itemEvidence.itemId))
    .where(and(eq(items.studyId, studyId), eq(items.status, 'active')))
    .orderBy(asc(itemEvidence.caseId), asc(itemEvidence.start))
    .all();
  return { clusters: clusterRows, items: itemRows, cases: caseRows, evidence };
}

export type Coding = ReturnType<typeof loadCoding>;
