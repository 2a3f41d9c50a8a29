import { asc, eq, inArray } from 'drizzle-orm';
import type { StudyDocument } from '../../src/transfer/schema';
import type { Db } from '../client';
import { exportExtras } from './export-extras';
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
} from '../schema';

const iso = (d: Date) => d.toISOString();
const isoN = (d: Date | null) => (d ? d.toISOString() : null);

/** Whole-study export (schema version 2, see src/transfer/schema.ts); undefined for an unknown study. */
export function exportStudy(db: Db, studyId: number): StudyDocument | undefined {
  const study = db.select().from(studies).where(eq(studies.id, studyId)).get();
  if (!study) return undefined;
  const roundRows = db
    .select()
    .from(rounds)
    .where(eq(rounds.studyId, studyId))
    .orderBy(asc(rounds.number))
    .all();
  const roundIds = roundRows.map((r) => r.id);
  const itemRows = db.select().from(items).where(eq(items.studyId, studyId)).orderBy(asc(items.id)).all();
  const itemIds = itemRows.map((r) => r.id);
  const versionRows = db
    .select({ v: standardVersions, adoptedBy: users.name })
    .from(standardVersions)
    .leftJoin(users, eq(users.id, standardVersions.adoptedBy))
    .where(eq(standardVersions.studyId, studyId))
    .orderBy(asc(standardVersions.number))
    .all();
  const versionIds = versionRows.map((r) => r.v.id);
  // SQLite limits bound parameters; a study has at most a few thousand rows per list, chunk to be safe.
  const inIds = <T>(ids: number[], q: (chunk: number[]) => T[]): T[] => {
    const out: T[] = [];
    for (let i = 0; i < ids.length; i += 500) out.push(...q(ids.slice(i, i + 500)));
    return out;
  };
  const byRound = <T>(q: (chunk: number[]) => T[]) => inIds(roundIds, q);
  const mcs = byRound((ids) =>
    db.select().from(memberChecks).where(inArray(memberChecks.roundId, ids)).all(),
  );

  return {
    format: 'maatstaf-study',
    schemaVersion: 2,
    exportedAt: new Date().toISOString(),
    study: {
      title: study.title,
      description: study.description,
      lang: study.lang,
      phases: study.phases,
      importanceScale: study.importanceScale,
      frequencyScale: study.frequencyScale,
      infoLetter: study.infoLetter,
      contact: study.contact,
      ethicsRef: study.ethicsRef,
      retentionUntil: study.retentionUntil,
    },
    team: db
      .select({ name: users.name, role: studyMembers.role })
      .from(studyMembers)
      .innerJoin(users, eq(users.id, studyMembers.userId))
      .where(eq(studyMembers.studyId, studyId))
      .all(),
    cases: db
      .select()
      .from(cases)
      .where(eq(cases.studyId, studyId))
      .orderBy(asc(cases.id))
      .all()
      .map((c) => ({
        id: c.id,
        title: c.title,
        sourceType: c.sourceType,
        practitioner: c.practitioner,
        phaseTags: c.phaseTags,
        caseDate: c.caseDate,
        text: c.text,
        createdAt: iso(c.createdAt),
      })),
    clusters: db
      .select()
      .from(clusters)
      .where(eq(clusters.studyId, studyId))
      .all()
      .map((c) => ({ id: c.id, parentId: c.parentId, position: c.position, label: c.label })),
    items: itemRows.map((x) => ({
      id: x.id,
      clusterId: x.clusterId,
      phaseId: x.phaseId,
      text: x.text,
      position: x.position,
      status: x.status,
      mergedInto: x.mergedInto,
      origin: x.origin,
      version: x.version,
      createdAt: iso(x.createdAt),
    })),
    itemVersions: inIds(itemIds, (ids) =>
      db.select().from(itemVersions).where(inArray(itemVersions.itemId, ids)).all(),
    ).map(({ id: _id, userId: _u, at, ...v }) => ({ ...v, at: iso(at) })),
    itemEvidence: inIds(itemIds, (ids) =>
      db.select().from(itemEvidence).where(inArray(itemEvidence.itemId, ids)).all(),
    ).map(({ id: _id, ...e }) => e),
    panellists: db
      .select({
        id: panellists.id,
        pseudonym: panellists.pseudonym,
        stakeholderGroup: panellists.stakeholderGroup,
      })
      .from(panellists)
      .where(eq(panellists.studyId, studyId))
      .all(),
    protocols: db
      .select()
      .from(protocols)
      .where(eq(protocols.studyId, studyId))
      .orderBy(asc(protocols.createdAt))
      .all()
      .map((p) => ({
        id: p.id,
        config: p.config,
        maxRounds: p.maxRounds,
        reason: p.reason,
        createdAt: iso(p.createdAt),
      })),
    rounds: roundRows.map((r) => ({
      id: r.id,
      number: r.number,
      kind: r.kind,
      subject: r.subject,
      standardVersionId: r.standardVersionId,
      title: r.title,
      instructions: r.instructions,
      opensAt: r.opensAt,
      closesAt: r.closesAt,
      status: r.status,
      openedAt: isoN(r.openedAt),
      closedAt: isoN(r.closedAt),
      askRelevance: r.askRelevance,
      feedbackByGroup: r.feedbackByGroup,
      reminderTemplate: r.reminderTemplate,
      invitationTemplate: r.invitationTemplate,
      graceHours: r.graceHours,
      createdAt: iso(r.createdAt),
    })),
    roundItems: byRound((ids) => db.select().from(roundItems).where(inArray(roundItems.roundId, ids)).all()),
    roundClusters: byRound((ids) =>
      db.select().from(roundClusters).where(inArray(roundClusters.roundId, ids)).all(),
    ),
    participations: byRound((ids) =>
      db.select().from(participations).where(inArray(participations.roundId, ids)).all(),
    ).map((p) => ({
      roundId: p.roundId,
      panellistId: p.panellistId,
      invitedAt: iso(p.invitedAt),
      startedAt: isoN(p.startedAt),
      completedAt: isoN(p.completedAt),
    })),
    ratingAnswers: byRound((ids) =>
      db.select().from(ratingAnswers).where(inArray(ratingAnswers.roundId, ids)).all(),
    ).map(({ id: _id, updatedAt, ...a }) => ({ ...a, updatedAt: iso(updatedAt) })),
    reviewAnswers: byRound((ids) =>
      db.select().from(reviewAnswers).where(inArray(reviewAnswers.roundId, ids)).all(),
    ).map(({ id: _id, processedBy: _p, updatedAt, processedAt, ...a }) => ({
      ...a,
      updatedAt: iso(updatedAt),
      processedAt: isoN(processedAt),
    })),
    proposedActivities: byRound((ids) =>
      db.select().from(proposedActivities).where(inArray(proposedActivities.roundId, ids)).all(),
    ).map(({ id: _id, processedBy: _p, createdAt, processedAt, ...a }) => ({
      ...a,
      createdAt: iso(createdAt),
      processedAt: isoN(processedAt),
    })),
    coverageAnswers: byRound((ids) =>
      db.select().from(coverageAnswers).where(inArray(coverageAnswers.roundId, ids)).all(),
    ).map(({ id: _id, updatedAt, ...a }) => ({ ...a, updatedAt: iso(updatedAt) })),
    memberChecks: mcs.map((m) => ({
      id: m.id,
      roundId: m.roundId,
      summary: m.summary,
      publishedAt: iso(m.publishedAt),
    })),
    memberCheckResponses: inIds(
      mcs.map((m) => m.id),
      (ids) =>
        db.select().from(memberCheckResponses).where(inArray(memberCheckResponses.memberCheckId, ids)).all(),
    ).map(({ id: _id, at, ...r }) => ({ ...r, at: iso(at) })),
    decisions: byRound((ids) => db.select().from(decisions).where(inArray(decisions.roundId, ids)).all()).map(
      ({ id: _id, overrideBy: _b, overrideAt, computedAt, ...d }) => ({
        ...d,
        overrideAt: isoN(overrideAt),
        computedAt: iso(computedAt),
      }),
    ),
    standardVersions: versionRows.map(({ v, adoptedBy }) => ({
      id: v.id,
      number: v.number,
      status: v.status,
      basedOnId: v.basedOnId,
      note: v.note,
      createdAt: iso(v.createdAt),
      adoptedAt: isoN(v.adoptedAt),
      adoptedBy,
      adoptionConfirmed: v.adoptionConfirmed ?? null,
      handbookRecords: (v.handbookRecords as Record<string, unknown> | null) ?? null,
    })),
    standardClusters: inIds(versionIds, (ids) =>
      db.select().from(standardClusters).where(inArray(standardClusters.versionId, ids)).all(),
    ),
    standardItems: inIds(versionIds, (ids) =>
      db.select().from(standardItems).where(inArray(standardItems.versionId, ids)).all(),
    ),
    ...exportExtras(db, studyId, roundIds, itemIds),
  };
}
