import type { Db } from '../../db/client';
import { standardClusters, standardItems, standardVersions } from '../../db/schema';
import { adoptVersion } from '../../db/standard/adoption';
import { createStudy } from '../../db/studies/studies';
import { defaultPhases, frequencyScale, importanceScale } from '../../src/studies/defaults';

export const PANEL_KEY = Buffer.alloc(32, 7);

/**
 * A study with an adopted standard version 1 (two clusters, three items with norms 80, 60 and none) and a draft
 * version 2, for the review tests. When `userId` is given that researcher owns the study.
 */
export function reviewFixture(db: Db, userId: number, opts: { draft?: boolean; lang?: 'nl' | 'en' } = {}) {
  const study = createStudy(db, userId, {
    title: 'Toetsstudie',
    description: '',
    lang: opts.lang ?? 'nl',
    phases: defaultPhases(opts.lang ?? 'nl'),
    importanceScale: importanceScale('1-9', 'nl'),
    frequencyScale: frequencyScale('1-5', 'nl'),
  });
  const now = new Date('2026-01-05T10:00:00Z');
  const version = (number: number) =>
    db.insert(standardVersions).values({ studyId: study.id, number, createdAt: now }).returning().get();
  const fill = (versionId: number) => {
    const c1 = db
      .insert(standardClusters)
      .values({ versionId, position: 1, label: 'Contact', lineage: 'c-1' })
      .returning()
      .get();
    const c2 = db
      .insert(standardClusters)
      .values({ versionId, position: 2, label: 'Afspraken', lineage: 'c-2' })
      .returning()
      .get();
    const item = (clusterId: number, position: number, text: string, norm: number | null, lineage: string) =>
      db
        .insert(standardItems)
        .values({
          versionId,
          clusterId,
          position,
          text,
          lineage,
          criterion: `Criterium bij: ${text}`,
          normPercentage: norm,
          rubricLevels: ['onvoldoende', 'voldoende', 'goed'],
        })
        .returning()
        .get();
    return [
      item(c1.id, 1, 'De hulpverlener neemt binnen vijf werkdagen contact op.', 80, 'i-1'),
      item(c1.id, 2, 'De hulpverlener legt uit wat het werk biedt.', 60, 'i-2'),
      item(c2.id, 1, 'De hulpverlener legt doelen schriftelijk vast.', null, 'i-3'),
    ];
  };
  const v1 = version(1);
  const items = fill(v1.id);
  adoptVersion(db, v1.id, userId);
  const v2 = opts.draft === false ? undefined : version(2);
  if (v2) fill(v2.id);
  return { study, items, v1, v2 };
}
