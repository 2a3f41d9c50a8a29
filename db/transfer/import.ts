import { createHash, randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { StudyDocument } from '../../src/transfer/schema';
import type { Db } from '../client';
import {
  cases,
  clusters,
  itemEvidence,
  items,
  panellists,
  protocols,
  standardClusters,
  standardItems,
  standardVersions,
  studies,
  studyMembers,
  users,
} from '../schema';
import { importExtras } from './import-extras';
import { importRounds } from './import-rounds';
import { countWords, d, dN, parentsFirst, Remap } from './remap';
import type { Study } from '../studies/studies';

/**
 * Imports a validated document (see `parseStudyDocument`) as a new study owned by `userId`, in one transaction:
 * every row gets a new id and every reference is remapped; adopted versions are frozen again at the end
 * with their adoption record (confirmed warnings and the frozen handbook records).
 * Panellists get a fresh random link secret and are revoked until the researcher makes new links;
 * peer-review members likewise get a link nobody knows.
 */
export function importStudy(db: Db, userId: number, doc: StudyDocument, title = doc.study.title): Study {
  return db.transaction((tx) => {
    const now = new Date();
    const study = tx
      .insert(studies)
      .values({ ...doc.study, title, knownNames: [], createdBy: userId, createdAt: now, updatedAt: now })
      .returning()
      .get();
    tx.insert(studyMembers).values({ studyId: study.id, userId, role: 'owner', addedAt: now }).run();
    const S = study.id;
    const caseIds = new Remap();
    for (const c of doc.cases) {
      const { id, createdAt, ...rest } = c;
      const row = tx
        .insert(cases)
        .values({
          ...rest,
          studyId: S,
          wordCount: countWords(c.text),
          createdBy: userId,
          createdAt: d(createdAt),
          updatedAt: now,
        })
        .returning({ id: cases.id })
        .get();
      caseIds.set(id, row.id);
    }
    const clusterIds = new Remap();
    for (const c of parentsFirst(doc.clusters, (r) => r.parentId)) {
      const row = tx
        .insert(clusters)
        .values({
          studyId: S,
          parentId: clusterIds.opt(c.parentId),
          position: c.position,
          label: c.label,
          createdAt: now,
          updatedAt: now,
        })
        .returning({ id: clusters.id })
        .get();
      clusterIds.set(c.id, row.id);
    }
    const itemIds = new Remap();
    for (const x of doc.items) {
      const { id, mergedInto: _m, clusterId, createdAt, ...rest } = x;
      const row = tx
        .insert(items)
        .values({
          ...rest,
          studyId: S,
          clusterId: clusterIds.opt(clusterId),
          createdAt: d(createdAt),
          updatedAt: now,
        })
        .returning({ id: items.id })
        .get();
      itemIds.set(id, row.id);
    }
    for (const x of doc.items.filter((x) => x.mergedInto !== null)) {
      tx.update(items)
        .set({ mergedInto: itemIds.opt(x.mergedInto) })
        .where(eq(items.id, itemIds.get(x.id)))
        .run();
    }
    for (const e of doc.itemEvidence)
      tx.insert(itemEvidence)
        .values({ itemId: itemIds.get(e.itemId), caseId: caseIds.get(e.caseId), start: e.start, end: e.end })
        .run();
    const panelIds = new Remap();
    for (const p of doc.panellists) {
      const secret = randomBytes(32).toString('hex');
      const row = tx
        .insert(panellists)
        .values({
          studyId: S,
          pseudonym: p.pseudonym,
          name: p.pseudonym,
          stakeholderGroup: p.stakeholderGroup,
          tokenSalt: randomBytes(16).toString('hex'),
          tokenHash: createHash('sha256').update(secret).digest('hex'),
          revokedAt: now,
          createdAt: now,
        })
        .returning({ id: panellists.id })
        .get();
      panelIds.set(p.id, row.id);
    }
    const protocolIds = new Remap();
    for (const p of doc.protocols) {
      const row = tx
        .insert(protocols)
        .values({
          studyId: S,
          config: p.config,
          maxRounds: p.maxRounds,
          reason: p.reason,
          createdBy: userId,
          createdAt: d(p.createdAt),
        })
        .returning({ id: protocols.id })
        .get();
      protocolIds.set(p.id, row.id);
    }
    const me = tx.select({ name: users.name }).from(users).where(eq(users.id, userId)).get();
    const versionIds = new Remap();
    for (const v of parentsFirst(doc.standardVersions, (r) => r.basedOnId)) {
      // Inserted as drafts so their clusters and items may be added; frozen again below.
      const row = tx
        .insert(standardVersions)
        .values({
          studyId: S,
          number: v.number,
          status: 'draft',
          basedOnId: versionIds.opt(v.basedOnId),
          note: v.note,
          createdBy: userId,
          createdAt: d(v.createdAt),
        })
        .returning({ id: standardVersions.id })
        .get();
      versionIds.set(v.id, row.id);
    }
    const sClusterIds = new Remap();
    for (const c of parentsFirst(doc.standardClusters, (r) => r.parentId)) {
      const row = tx
        .insert(standardClusters)
        .values({
          versionId: versionIds.get(c.versionId),
          parentId: sClusterIds.opt(c.parentId),
          position: c.position,
          label: c.label,
          lineage: c.lineage,
        })
        .returning({ id: standardClusters.id })
        .get();
      sClusterIds.set(c.id, row.id);
    }
    const sItemIds = new Remap();
    for (const x of doc.standardItems) {
      const { id, versionId, clusterId, sourceItemId, ...rest } = x;
      const row = tx
        .insert(standardItems)
        .values({
          ...rest,
          versionId: versionIds.get(versionId),
          clusterId: sClusterIds.opt(clusterId),
          sourceItemId: itemIds.opt(sourceItemId),
        })
        .returning({ id: standardItems.id })
        .get();
      sItemIds.set(id, row.id);
    }
    const { roundIds, roundItemIds } = importRounds(tx as unknown as Db, doc, {
      studyId: S,
      userId,
      clusterIds,
      itemIds,
      panelIds,
      protocolIds,
      versionIds,
      sItemIds,
    });
    importExtras(tx as unknown as Db, doc, {
      studyId: S,
      itemIds,
      panelIds,
      roundIds,
      roundItemIds,
      versionIds,
      sClusterIds,
      sItemIds,
    });
    for (const v of doc.standardVersions.filter((v) => v.status === 'adopted')) {
      tx.update(standardVersions)
        .set({
          status: 'adopted',
          adoptedAt: dN(v.adoptedAt) ?? now,
          adoptedBy: v.adoptedBy !== null && v.adoptedBy === me?.name ? userId : null,
          // The adoption record as it was: the adopted handbook reads the same on this installation.
          adoptionConfirmed: v.adoptionConfirmed,
          handbookRecords: v.handbookRecords,
        })
        .where(eq(standardVersions.id, versionIds.get(v.id)))
        .run();
    }
    return study;
  });
}
