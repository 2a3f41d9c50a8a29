import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { items, proposedActivities, roundClusters } from '../../db/schema';
import { closeRound } from '../../src/services/decisions/close-round';
import { addPanel, openedRound, roundsWorld } from '../rounds/_fixture';

describe('missing activities of a coverage round', () => {
  it('become proposed activities at closing that the researcher processes, and the report shows how', async () => {
    const w = await roundsWorld();
    const panel = addPanel(w.db, w.studyId);
    const round = openedRound(w.db, w.userId, w.studyId, { kind: 'coverage' });
    const clusters = w.db.select().from(roundClusters).where(eq(roundClusters.roundId, round.id)).all();
    const ins = w.db.$client.prepare(
      'INSERT INTO coverage_answers (round_id, round_cluster_id, panellist_id, verdict, missing, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
    );
    ins.run(
      round.id,
      clusters[1]!.id,
      panel[0]!.id,
      'partly',
      'Evalueert de afspraken\nBelt de huisarts ',
      Date.now(),
    );
    ins.run(round.id, clusters[1]!.id, panel[1]!.id, 'yes', '', Date.now());
    ins.run(round.id, clusters[0]!.id, panel[2]!.id, 'no', 'Vraagt naar het netwerk', Date.now());
    closeRound(w.db, round.id, w.userId);

    const proposed = w.db
      .select()
      .from(proposedActivities)
      .where(eq(proposedActivities.roundId, round.id))
      .all();
    expect(proposed.map((p) => p.text).sort()).toEqual([
      'Belt de huisarts',
      'Evalueert de afspraken',
      'Vraagt naar het netwerk',
    ]);
    const base = `/studies/${w.studyId}/rounds/${round.id}`;
    expect(await (await w.agent.get(base)).text()).toContain(`${base}/process`);
    const processing = await w.agent.get(`${base}/process`);
    expect(processing.status).toBe(200);
    expect(await processing.text()).toContain('Evalueert de afspraken');

    const added = proposed.find((p) => p.text === 'Evalueert de afspraken')!;
    const rejected = proposed.find((p) => p.text === 'Vraagt naar het netwerk')!;
    expect(
      (await w.agent.post(`${base}/proposals/${added.id}`, { action: 'new', text: added.text })).status,
    ).toBe(303);
    expect(
      (
        await w.agent.post(`${base}/proposals/${rejected.id}`, {
          action: 'reject',
          reason: 'Hoort bij de intake',
        })
      ).status,
    ).toBe(303);
    expect(w.db.select().from(items).where(eq(items.text, 'Evalueert de afspraken')).get()?.status).toBe(
      'active',
    );

    const report = await (await w.agent.get(`${base}/report`)).text();
    expect(report).toContain('Dekking per cluster');
    expect(report).toContain('Evalueert de afspraken</td><td>opgenomen als nieuw item');
    expect(report).toContain('Vraagt naar het netwerk</td><td>niet overgenomen — Hoort bij de intake');
    expect(report).toContain('Belt de huisarts</td><td>nog niet verwerkt');
    const json = (await (await w.agent.get(`${base}/report.json`)).json()) as {
      proposedActivities: { activity: string; outcome: string | null }[];
    };
    expect(json.proposedActivities).toHaveLength(3);
  });

  it('names the item a missing activity was merged into', async () => {
    const w = await roundsWorld();
    const panel = addPanel(w.db, w.studyId);
    const round = openedRound(w.db, w.userId, w.studyId, { kind: 'coverage' });
    const cluster = w.db.select().from(roundClusters).where(eq(roundClusters.roundId, round.id)).get()!;
    w.db.$client
      .prepare(
        'INSERT INTO coverage_answers (round_id, round_cluster_id, panellist_id, verdict, missing, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(round.id, cluster.id, panel[0]!.id, 'partly', 'Legt uit wat de hulp inhoudt', Date.now());
    closeRound(w.db, round.id, w.userId);
    const proposal = w.db
      .select()
      .from(proposedActivities)
      .where(eq(proposedActivities.roundId, round.id))
      .get()!;
    const base = `/studies/${w.studyId}/rounds/${round.id}`;
    const merged = await w.agent.post(`${base}/proposals/${proposal.id}`, {
      action: 'merge',
      itemId: String(w.itemIds[1]),
    });
    expect(merged.status).toBe(303);
    const report = await (await w.agent.get(`${base}/report`)).text();
    expect(report).toContain(
      'Legt uit wat de hulp inhoudt</td><td>samengevoegd met een bestaand item: De hulpverlener legt uit hoe de hulp verloopt.',
    );
  });
});
