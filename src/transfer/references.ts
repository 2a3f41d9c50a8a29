import type { StudyDocument } from './schema';

/**
 * Every reference in the document that points at nothing, as "table.field → id" lines; empty when the
 * document hangs together. Run before importing so a broken file is refused as a whole.
 */
export function danglingReferences(doc: StudyDocument): string[] {
  const ids = (rows: { id: number }[]) => new Set(rows.map((r) => r.id));
  const sets = {
    cases: ids(doc.cases),
    clusters: ids(doc.clusters),
    items: ids(doc.items),
    panellists: ids(doc.panellists),
    protocols: ids(doc.protocols),
    rounds: ids(doc.rounds),
    roundItems: ids(doc.roundItems),
    roundClusters: ids(doc.roundClusters),
    memberChecks: ids(doc.memberChecks),
    standardVersions: ids(doc.standardVersions),
    standardClusters: ids(doc.standardClusters),
    standardItems: ids(doc.standardItems),
    reviewRounds: ids(doc.reviewRounds),
    reviewMembers: ids(doc.reviewMembers),
    reviewDossiers: ids(doc.reviewDossiers),
  };
  type Key = keyof typeof sets;
  const out: string[] = [];
  const check = <R>(table: string, rows: R[], field: keyof R & string, target: Key) => {
    for (const r of rows) {
      const v = r[field] as unknown;
      if (v !== null && v !== undefined && !sets[target].has(v as number))
        out.push(`${table}.${field} → ${String(v)}`);
    }
  };
  check('clusters', doc.clusters, 'parentId', 'clusters');
  check('items', doc.items, 'clusterId', 'clusters');
  check('items', doc.items, 'mergedInto', 'items');
  check('itemVersions', doc.itemVersions, 'itemId', 'items');
  check('itemVersions', doc.itemVersions, 'roundId', 'rounds');
  check('itemEvidence', doc.itemEvidence, 'itemId', 'items');
  check('itemEvidence', doc.itemEvidence, 'caseId', 'cases');
  check('rounds', doc.rounds, 'standardVersionId', 'standardVersions');
  check('roundItems', doc.roundItems, 'roundId', 'rounds');
  check(
    'roundItems',
    doc.roundItems.filter((r) => r.refKind === 'item'),
    'refId',
    'items',
  );
  check(
    'roundItems',
    doc.roundItems.filter((r) => r.refKind === 'criterion'),
    'refId',
    'standardItems',
  );
  check('roundClusters', doc.roundClusters, 'roundId', 'rounds');
  for (const [table, rows] of [
    ['participations', doc.participations],
    ['ratingAnswers', doc.ratingAnswers],
    ['reviewAnswers', doc.reviewAnswers],
    ['proposedActivities', doc.proposedActivities],
    ['coverageAnswers', doc.coverageAnswers],
    ['memberChecks', doc.memberChecks],
    ['decisions', doc.decisions],
  ] as const) {
    check(table, rows as { roundId: number }[], 'roundId', 'rounds');
  }
  for (const [table, rows] of [
    ['participations', doc.participations],
    ['ratingAnswers', doc.ratingAnswers],
    ['reviewAnswers', doc.reviewAnswers],
    ['proposedActivities', doc.proposedActivities],
    ['coverageAnswers', doc.coverageAnswers],
    ['memberCheckResponses', doc.memberCheckResponses],
  ] as const) {
    check(table, rows as { panellistId: number }[], 'panellistId', 'panellists');
  }
  check('ratingAnswers', doc.ratingAnswers, 'roundItemId', 'roundItems');
  check('reviewAnswers', doc.reviewAnswers, 'roundItemId', 'roundItems');
  check('decisions', doc.decisions, 'roundItemId', 'roundItems');
  check('decisions', doc.decisions, 'protocolId', 'protocols');
  check('proposedActivities', doc.proposedActivities, 'roundClusterId', 'roundClusters');
  check('proposedActivities', doc.proposedActivities, 'resultItemId', 'items');
  check('coverageAnswers', doc.coverageAnswers, 'roundClusterId', 'roundClusters');
  check('memberCheckResponses', doc.memberCheckResponses, 'memberCheckId', 'memberChecks');
  check('standardVersions', doc.standardVersions, 'basedOnId', 'standardVersions');
  check('standardClusters', doc.standardClusters, 'versionId', 'standardVersions');
  check('standardClusters', doc.standardClusters, 'parentId', 'standardClusters');
  check('standardItems', doc.standardItems, 'versionId', 'standardVersions');
  check('standardItems', doc.standardItems, 'clusterId', 'standardClusters');
  check('standardItems', doc.standardItems, 'sourceItemId', 'items');
  check('itemCriteria', doc.itemCriteria, 'itemId', 'items');
  for (const [table, rows] of [
    ['roundPools', doc.roundPools],
    ['roundAllocations', doc.roundAllocations],
    ['realtimeRounds', doc.realtimeRounds],
    ['ratingRevisions', doc.ratingRevisions],
  ] as const) {
    check(table, rows as { roundId: number }[], 'roundId', 'rounds');
  }
  check('roundAllocations', doc.roundAllocations, 'panellistId', 'panellists');
  check('roundAllocations', doc.roundAllocations, 'roundItemId', 'roundItems');
  check('ratingRevisions', doc.ratingRevisions, 'panellistId', 'panellists');
  check('ratingRevisions', doc.ratingRevisions, 'roundItemId', 'roundItems');
  check('reviewRounds', doc.reviewRounds, 'versionId', 'standardVersions');
  for (const r of doc.reviewRounds)
    for (const c of r.clusterIds)
      if (!sets.standardClusters.has(c)) out.push(`reviewRounds.clusterIds → ${c}`);
  check('reviewMembers', doc.reviewMembers, 'roundId', 'reviewRounds');
  check('reviewAssignments', doc.reviewAssignments, 'roundId', 'reviewRounds');
  check('reviewAssignments', doc.reviewAssignments, 'reviewerId', 'reviewMembers');
  check('reviewAssignments', doc.reviewAssignments, 'practitionerId', 'reviewMembers');
  check('reviewDossiers', doc.reviewDossiers, 'roundId', 'reviewRounds');
  check('reviewDossiers', doc.reviewDossiers, 'practitionerId', 'reviewMembers');
  check('reviewScores', doc.reviewScores, 'dossierId', 'reviewDossiers');
  check('reviewScores', doc.reviewScores, 'reviewerId', 'reviewMembers');
  check('reviewScores', doc.reviewScores, 'itemId', 'standardItems');
  check('improvementActions', doc.improvementActions, 'roundId', 'reviewRounds');
  check('improvementActions', doc.improvementActions, 'followedUpInRoundId', 'reviewRounds');
  return out;
}
