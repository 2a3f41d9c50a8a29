import { and, asc, count, desc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../client';
import { cases, clusters, items, panellists, rounds, standardVersions } from '../schema';

/** Where a study stands at each stage of the method, for its overview page. */
export function studyProgress(db: Db, studyId: number) {
  const n = (q: { n: number } | undefined) => q?.n ?? 0;
  return {
    cases: n(db.select({ n: count() }).from(cases).where(eq(cases.studyId, studyId)).get()),
    items: n(
      db
        .select({ n: count() })
        .from(items)
        .where(and(eq(items.studyId, studyId), eq(items.status, 'active')))
        .get(),
    ),
    clusters: n(
      db
        .select({ n: count() })
        .from(clusters)
        .where(and(eq(clusters.studyId, studyId), isNull(clusters.parentId)))
        .get(),
    ),
    panellists: n(
      db
        .select({ n: count() })
        .from(panellists)
        .where(and(eq(panellists.studyId, studyId), isNull(panellists.revokedAt)))
        .get(),
    ),
    rounds: db
      .select({
        id: rounds.id,
        number: rounds.number,
        title: rounds.title,
        kind: rounds.kind,
        status: rounds.status,
      })
      .from(rounds)
      .where(eq(rounds.studyId, studyId))
      .orderBy(asc(rounds.number))
      .all(),
    versions: db
      .select({
        number: standardVersions.number,
        status: standardVersions.status,
        adoptedAt: standardVersions.adoptedAt,
      })
      .from(standardVersions)
      .where(eq(standardVersions.studyId, studyId))
      .orderBy(desc(standardVersions.number))
      .all(),
  };
}

export type StudyProgress = ReturnType<typeof studyProgress>;
