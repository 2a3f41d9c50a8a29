import { describe, expect, it } from 'vitest';
import { createRound, roundClustersOf, roundItemsOf } from '../../db/rounds/rounds';
import { openRound } from '../../src/services/rounds/open';
import { standardClusters, standardItems, standardVersions } from '../../db/schema';
import { addPanel, panellistAgent, roundsWorld } from './_fixture';

describe('criteria rounds', () => {
  it('snapshots the criteria of a standard version, with the item text as context', async () => {
    const w = await roundsWorld();
    const [anna] = addPanel(w.db, w.studyId);
    const now = new Date();
    const v = w.db
      .insert(standardVersions)
      .values({ studyId: w.studyId, number: 1, createdAt: now })
      .returning()
      .get();
    const c = w.db
      .insert(standardClusters)
      .values({ versionId: v.id, position: 0, label: 'Afspraken maken', lineage: 'c1' })
      .returning()
      .get();
    w.db
      .insert(standardItems)
      .values({
        versionId: v.id,
        clusterId: c.id,
        lineage: 'i1',
        position: 0,
        text: 'De hulpverlener maakt schriftelijke afspraken.',
        criterion: 'In het dossier staan door de cliënt ondertekende afspraken.',
      })
      .run();
    const round = createRound(w.db, w.userId, {
      studyId: w.studyId,
      kind: 'rating',
      title: 'Criteria',
      subject: 'criteria',
      standardVersionId: v.id,
    });
    const res = openRound(w.db, round.id, w.userId);
    expect(res).toMatchObject({ ok: true, items: 1, invited: 3 });
    expect(roundItemsOf(w.db, round.id)).toMatchObject([
      {
        refKind: 'criterion',
        number: '1.1',
        text: 'In het dossier staan door de cliënt ondertekende afspraken.',
        context: 'De hulpverlener maakt schriftelijke afspraken.',
      },
    ]);
    expect(roundClustersOf(w.db, round.id).map((k) => k.label)).toEqual(['Afspraken maken']);
    const html = await (await panellistAgent(w.app).get(`${anna!.path}/r/${round.id}`)).text();
    expect(html).toContain('Bij item: De hulpverlener maakt schriftelijke afspraken.');
  });

  it('refuses to open a criteria round without a standard version', async () => {
    const w = await roundsWorld();
    const round = createRound(w.db, w.userId, {
      studyId: w.studyId,
      kind: 'rating',
      title: 'Criteria',
      subject: 'criteria',
    });
    expect(openRound(w.db, round.id, w.userId)).toEqual({ ok: false, error: 'noStandard' });
  });
});
