import { createHash, randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { StudyDocument } from '../src/transfer/schema';
import type { Db } from './client';
import {
  cases,
  clusters,
  coverageAnswers,
  decisions,
  itemEvidence,
  items,
  itemVersions,
  memberCheckResponses,
  memberChecks,
  panellists,
  participations,
  proposedActivities,
  protocols,
  ratingAnswers,
  reviewAnswers,
  roundClusters,
  roundItems,
  rounds,
  standardClusters,
  standardItems,
  standardVersions,
  studies,
  studyMembers,
  users,
} from './schema';
import type { Study } from './studies';

const d = (s: string) => new Date(s);
const dN = (s: string | null) => (s ? new Date(s) : null);
const countWords = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** Id maps from the document's ids to the new rows; a missing id is a bug in the document, caught before. */
class Remap {
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
function parentsFirst<T extends { id: number }>(rows: T[], parent: (r: T) => number | null): T[] {
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

/**
 * Imports a validated document (see `parseStudyDocument`) as a new study owned by `userId`, in one transaction:
 * every row gets a new id and every reference is remapped; adopted versions are frozen again at the end.
 * Panellists get a fresh random link secret and are revoked until the researcher makes new links.
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
    const roundIds = new Remap();
    for (const r of doc.rounds) {
      const { id, standardVersionId, openedAt, closedAt, createdAt, ...rest } = r;
      const row = tx
        .insert(rounds)
        .values({
          ...rest,
          studyId: S,
          standardVersionId: versionIds.opt(standardVersionId),
          openedAt: dN(openedAt),
          closedAt: dN(closedAt),
          createdBy: userId,
          createdAt: d(createdAt),
        })
        .returning({ id: rounds.id })
        .get();
      roundIds.set(id, row.id);
    }
    for (const v of doc.itemVersions) {
      tx.insert(itemVersions)
        .values({
          ...v,
          itemId: itemIds.get(v.itemId),
          clusterId: v.clusterId === null ? null : clusterIdsSafe(clusterIds, v.clusterId),
          roundId: roundIds.opt(v.roundId),
          at: d(v.at),
        })
        .run();
    }
    const rcIds = new Remap();
    for (const c of doc.roundClusters) {
      const { id, roundId, clusterId, ...rest } = c;
      const row = tx
        .insert(roundClusters)
        .values({
          ...rest,
          roundId: roundIds.get(roundId),
          clusterId: clusterId === null ? null : clusterIdsSafe(clusterIds, clusterId),
        })
        .returning({ id: roundClusters.id })
        .get();
      rcIds.set(id, row.id);
    }
    const riIds = new Remap();
    for (const ri of doc.roundItems) {
      const { id, roundId, refId, ...rest } = ri;
      const row = tx
        .insert(roundItems)
        .values({
          ...rest,
          roundId: roundIds.get(roundId),
          refId: ri.refKind === 'item' ? itemIds.get(refId) : sItemIds.get(refId),
        })
        .returning({ id: roundItems.id })
        .get();
      riIds.set(id, row.id);
    }
    for (const p of doc.participations)
      tx.insert(participations)
        .values({
          roundId: roundIds.get(p.roundId),
          panellistId: panelIds.get(p.panellistId),
          invitedAt: d(p.invitedAt),
          startedAt: dN(p.startedAt),
          completedAt: dN(p.completedAt),
        })
        .run();
    for (const a of doc.ratingAnswers)
      tx.insert(ratingAnswers)
        .values({
          ...a,
          roundId: roundIds.get(a.roundId),
          roundItemId: riIds.get(a.roundItemId),
          panellistId: panelIds.get(a.panellistId),
          updatedAt: d(a.updatedAt),
        })
        .run();
    for (const a of doc.reviewAnswers)
      tx.insert(reviewAnswers)
        .values({
          ...a,
          roundId: roundIds.get(a.roundId),
          roundItemId: riIds.get(a.roundItemId),
          panellistId: panelIds.get(a.panellistId),
          updatedAt: d(a.updatedAt),
          processedAt: dN(a.processedAt),
        })
        .run();
    for (const a of doc.proposedActivities)
      tx.insert(proposedActivities)
        .values({
          ...a,
          roundId: roundIds.get(a.roundId),
          panellistId: panelIds.get(a.panellistId),
          roundClusterId: rcIds.opt(a.roundClusterId),
          resultItemId: itemIds.opt(a.resultItemId),
          createdAt: d(a.createdAt),
          processedAt: dN(a.processedAt),
        })
        .run();
    for (const a of doc.coverageAnswers)
      tx.insert(coverageAnswers)
        .values({
          ...a,
          roundId: roundIds.get(a.roundId),
          roundClusterId: rcIds.get(a.roundClusterId),
          panellistId: panelIds.get(a.panellistId),
          updatedAt: d(a.updatedAt),
        })
        .run();
    const mcIds = new Remap();
    for (const m of doc.memberChecks) {
      const row = tx
        .insert(memberChecks)
        .values({ roundId: roundIds.get(m.roundId), summary: m.summary, publishedAt: d(m.publishedAt) })
        .returning({ id: memberChecks.id })
        .get();
      mcIds.set(m.id, row.id);
    }
    for (const r of doc.memberCheckResponses)
      tx.insert(memberCheckResponses)
        .values({
          ...r,
          memberCheckId: mcIds.get(r.memberCheckId),
          panellistId: panelIds.get(r.panellistId),
          at: d(r.at),
        })
        .run();
    for (const x of doc.decisions)
      tx.insert(decisions)
        .values({
          ...x,
          roundId: roundIds.get(x.roundId),
          roundItemId: riIds.get(x.roundItemId),
          protocolId: protocolIds.opt(x.protocolId),
          overrideAt: dN(x.overrideAt),
          computedAt: d(x.computedAt),
        })
        .run();
    for (const v of doc.standardVersions.filter((v) => v.status === 'adopted')) {
      tx.update(standardVersions)
        .set({
          status: 'adopted',
          adoptedAt: dN(v.adoptedAt) ?? now,
          adoptedBy: v.adoptedBy !== null && v.adoptedBy === me?.name ? userId : null,
        })
        .where(eq(standardVersions.id, versionIds.get(v.id)))
        .run();
    }
    return study;
  });
}

/** History rows may name clusters that were deleted since; those references are dropped, not invented. */
function clusterIdsSafe(map: Remap, id: number): number | null {
  try {
    return map.get(id);
  } catch {
    return null;
  }
}
