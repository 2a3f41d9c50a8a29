import { asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { roundItemsOf } from '../../db/rounds/rounds';
import { decisions, standardItems, standardVersions } from '../../db/schema';
import { closeRound } from '../../src/services/decisions/close-round';
import { openedRound, roundsWorld } from '../rounds/_fixture';

describe('a standard built from items rated in several rounds', () => {
  /**
   * Draft: cluster 1 holds items 0 and 1, cluster 2 items 2 and 3. Rating round 1 rates all four: 0, 1 and 2
   * in, 3 without consensus; round 2 re-rates item 3 alone (position 0 there), which then comes in.
   */
  async function twoRounds() {
    const w = await roundsWorld();
    const decide = (roundId: number, outcome: Record<number, 'in' | 'none'>) => {
      for (const ri of roundItemsOf(w.db, roundId))
        w.db
          .update(decisions)
          .set({ computed: outcome[ri.refId] ?? 'none', override: null })
          .where(eq(decisions.roundItemId, ri.id))
          .run();
    };
    const [a, b, c, d] = w.itemIds as [number, number, number, number];
    const r1 = openedRound(w.db, w.userId, w.studyId, { kind: 'rating' });
    closeRound(w.db, r1.id, w.userId);
    decide(r1.id, { [a]: 'in', [b]: 'in', [c]: 'in', [d]: 'none' });
    const r2 = openedRound(w.db, w.userId, w.studyId, { kind: 'rating' });
    expect(roundItemsOf(w.db, r2.id).map((i) => i.refId)).toEqual([d]);
    closeRound(w.db, r2.id, w.userId);
    decide(r2.id, { [d]: 'in' });
    return w;
  }

  it('lists the items in the order of the draft: cluster, then sub-aspect, then place in the draft', async () => {
    const w = await twoRounds();
    const res = await w.agent.post(`/studies/${w.studyId}/standard/versions`);
    expect(res.status).toBe(303);
    const version = w.db.select().from(standardVersions).get()!;
    const rows = w.db
      .select({ sourceItemId: standardItems.sourceItemId })
      .from(standardItems)
      .where(eq(standardItems.versionId, version.id))
      .orderBy(asc(standardItems.position))
      .all();
    expect(rows.map((r) => r.sourceItemId)).toEqual(w.itemIds);
    const page = await (
      await w.agent.get(`/studies/${w.studyId}/standard/versions/${version.number}`)
    ).text();
    const at = (text: string) => page.indexOf(text);
    expect(at('schriftelijke afspraken over de doelen')).toBeGreaterThan(0);
    expect(at('schriftelijke afspraken over de doelen')).toBeLessThan(
      at('legt de afspraken vast in het dossier'),
    );
  });
});
