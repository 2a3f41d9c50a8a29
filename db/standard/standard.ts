import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { PlannedCluster } from '../../src/standard';
import { appendAudit } from '../audit';
import type { Db } from '../client';
import { standardClusters, standardItems, standardVersions, users } from '../schema';
import { frozen, StandardError } from './errors';

export { StandardError } from './errors';
export type StandardVersion = typeof standardVersions.$inferSelect;

/** Versions of a study's standard, newest first, with the names of who made and adopted them. */
export function listVersions(db: Db, studyId: number) {
  return db
    .select({
      id: standardVersions.id,
      number: standardVersions.number,
      status: standardVersions.status,
      note: standardVersions.note,
      createdAt: standardVersions.createdAt,
      adoptedAt: standardVersions.adoptedAt,
      adoptedByName: users.name,
      itemCount: db.$count(standardItems, eq(standardItems.versionId, standardVersions.id)),
    })
    .from(standardVersions)
    .leftJoin(users, eq(users.id, standardVersions.adoptedBy))
    .where(eq(standardVersions.studyId, studyId))
    .orderBy(desc(standardVersions.number))
    .all();
}

export function findVersion(db: Db, studyId: number, number: number): StandardVersion | undefined {
  return db
    .select()
    .from(standardVersions)
    .where(and(eq(standardVersions.studyId, studyId), eq(standardVersions.number, number)))
    .get();
}

export function findDraftVersion(db: Db, studyId: number): StandardVersion | undefined {
  return db
    .select()
    .from(standardVersions)
    .where(and(eq(standardVersions.studyId, studyId), eq(standardVersions.status, 'draft')))
    .get();
}

/** Throws the clear "frozen" error before the database trigger would; every edit goes through here. */
export function assertDraft(db: Db, versionId: number): StandardVersion {
  const v = db.select().from(standardVersions).where(eq(standardVersions.id, versionId)).get();
  if (!v) throw new StandardError('empty', `Standard version ${versionId} does not exist.`);
  if (v.status === 'adopted') throw frozen(v.number);
  return v;
}

function nextNumber(db: Db, studyId: number): number {
  const row = db
    .select({ n: sql<number>`coalesce(max(${standardVersions.number}), 0)` })
    .from(standardVersions)
    .where(eq(standardVersions.studyId, studyId))
    .get();
  return (row?.n ?? 0) + 1;
}

function refuseSecondDraft(db: Db, studyId: number): void {
  const draft = findDraftVersion(db, studyId);
  if (draft)
    throw new StandardError(
      'draft-exists',
      `Version ${draft.number} is still a draft; adopt or finish it first.`,
    );
}

/** Creates a draft version from planned clusters (see `planStandard`), in one transaction. */
export function createVersionFromPlan(
  db: Db,
  studyId: number,
  userId: number | null,
  plan: readonly PlannedCluster[],
  note = '',
): StandardVersion {
  if (plan.length === 0)
    throw new StandardError('nothing-decided', 'No items with consensus to put in a standard.');
  return db.transaction((tx) => {
    refuseSecondDraft(tx as unknown as Db, studyId);
    const version = tx
      .insert(standardVersions)
      .values({
        studyId,
        number: nextNumber(tx as unknown as Db, studyId),
        status: 'draft',
        note,
        createdBy: userId,
        createdAt: new Date(),
      })
      .returning()
      .get();
    let itemPos = 0;
    plan.forEach((c, ci) => {
      const cluster = tx
        .insert(standardClusters)
        .values({
          versionId: version.id,
          parentId: null,
          position: ci + 1,
          label: c.label,
          lineage: c.lineage,
        })
        .returning({ id: standardClusters.id })
        .get();
      c.subAspects.forEach((s, si) => {
        const sub = tx
          .insert(standardClusters)
          .values({
            versionId: version.id,
            parentId: cluster.id,
            position: si + 1,
            label: s.label,
            lineage: s.lineage,
          })
          .returning({ id: standardClusters.id })
          .get();
        for (const it of s.items) {
          tx.insert(standardItems)
            .values({ ...it, versionId: version.id, clusterId: sub.id, position: ++itemPos })
            .run();
        }
      });
    });
    return version;
  });
}

/**
 * Copy-on-write: a new draft version with the same clusters, items, criteria and lineages as `from`, so the
 * diff can follow every item. Only adopted versions are copied; there is at most one draft at a time.
 */
export function copyVersion(
  db: Db,
  studyId: number,
  userId: number | null,
  from: StandardVersion,
  note = '',
): StandardVersion {
  if (from.status !== 'adopted')
    throw new StandardError(
      'not-adopted',
      `Version ${from.number} is a draft; edit it instead of copying it.`,
    );
  return db.transaction((tx) => {
    refuseSecondDraft(tx as unknown as Db, studyId);
    const version = tx
      .insert(standardVersions)
      .values({
        studyId,
        number: nextNumber(tx as unknown as Db, studyId),
        status: 'draft',
        basedOnId: from.id,
        note,
        createdBy: userId,
        createdAt: new Date(),
      })
      .returning()
      .get();
    const clusters = tx
      .select()
      .from(standardClusters)
      .where(eq(standardClusters.versionId, from.id))
      .orderBy(asc(standardClusters.parentId), asc(standardClusters.id))
      .all();
    const idMap = new Map<number, number>();
    // Parents first (parentId null sorts first in SQLite), so every sub-aspect finds its new parent.
    for (const c of clusters) {
      const row = tx
        .insert(standardClusters)
        .values({
          versionId: version.id,
          parentId: c.parentId === null ? null : (idMap.get(c.parentId) ?? null),
          position: c.position,
          label: c.label,
          lineage: c.lineage,
        })
        .returning({ id: standardClusters.id })
        .get();
      idMap.set(c.id, row.id);
    }
    const items = tx.select().from(standardItems).where(eq(standardItems.versionId, from.id)).all();
    for (const { id: _id, versionId: _v, clusterId, ...rest } of items) {
      tx.insert(standardItems)
        .values({
          ...rest,
          versionId: version.id,
          clusterId: clusterId === null ? null : (idMap.get(clusterId) ?? null),
        })
        .run();
    }
    return version;
  });
}

/**
 * A researcher copies an adopted version into a new draft: the copy and its audit entry in one transaction.
 * `label` names a version in the audit summary ("Versie 2 → Versie 3").
 */
export function copyVersionAudited(
  db: Db,
  studyId: number,
  userId: number,
  from: StandardVersion,
  label: (n: number) => string,
): StandardVersion {
  return db.transaction((tx) => {
    const t = tx as unknown as Db;
    const v = copyVersion(t, studyId, userId, from);
    appendAudit(t, {
      studyId,
      userId,
      action: 'standard.copy',
      entity: 'standard_version',
      entityId: v.id,
      summary: `${label(from.number)} → ${label(v.number)}`,
    });
    return v;
  });
}

/** A fresh lineage for clusters and items the team adds by hand. */
export const newLineage = (prefix: string) => `${prefix}-${randomUUID()}`;
