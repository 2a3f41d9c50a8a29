import type { Db } from '../../../db/client';
import { loadVersionContent } from '../../../db/standard/items';
import { listVersions } from '../../../db/standard/standard';
import { versionTree } from '../../standard';

/**
 * What a new review round can be set on: the study's versions, and the top-level clusters (numbered as in the
 * handbook) of the latest adopted one, the version a round normally reviews.
 */
export function reviewChoices(db: Db, studyId: number) {
  const versions = listVersions(db, studyId);
  const latest = versions.find((v) => v.status === 'adopted');
  if (!latest) return { versions, clusters: [] };
  const { clusters, items } = loadVersionContent(db, latest.id);
  return {
    versions,
    clusters: versionTree(clusters, items).map((k) => ({ number: k.number, label: k.label })),
  };
}
