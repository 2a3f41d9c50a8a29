import { describe, expect, it } from 'vitest';
import { listVersions } from '../../db/standard/standard';
import { loadVersionContent } from '../../db/standard/items';
import { seedStandard } from '../../src/services/demo/standard';
import { diffItems, diffVersions, versionTree } from '../../src/standard';
import { tempDb } from '../_setup';
import { standardFixture } from './_fixture';

const tree = (db: ReturnType<typeof tempDb>, id: number) => {
  const c = loadVersionContent(db, id);
  return versionTree(c.clusters, c.items);
};

describe('seedStandard', () => {
  it('adopts version 1 with a criterion and norm for every item, and leaves version 2 as a draft with one change', async () => {
    const db = tempDb();
    const f = await standardFixture(db);
    seedStandard(db, f.study.id, f.user.id);
    const versions = listVersions(db, f.study.id).sort((a, b) => a.number - b.number);
    expect(versions.map((v) => [v.number, v.status])).toEqual([
      [1, 'adopted'],
      [2, 'draft'],
    ]);
    const items = loadVersionContent(db, versions[0]!.id).items;
    expect(items.every((x) => x.criterion.length > 20 && x.normPercentage !== null)).toBe(true);
    expect(items.find((x) => /schriftelijke afspraken/.test(x.text))!.criterion).toContain(
      'hulpverleningsplan',
    );
    const diff = diffVersions(diffItems(tree(db, versions[0]!.id)), diffItems(tree(db, versions[1]!.id)));
    expect(diff.counts).toMatchObject({ criterionChanged: 1, added: 0, removed: 0, reworded: 0 });
  });

  it('does nothing for a study without decided items, or a second time', async () => {
    const db = tempDb();
    const f = await standardFixture(db);
    seedStandard(db, f.study.id, f.user.id);
    seedStandard(db, f.study.id, f.user.id);
    expect(listVersions(db, f.study.id)).toHaveLength(2);
  });
});
