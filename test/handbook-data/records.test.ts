import { describe, expect, it } from 'vitest';
import { loadHandbookRecords } from '../../src/services/standard/handbook-records';
import { toHandbookInput } from '../../src/handbook-data';
import { openedRound } from '../rounds/_fixture';
import { tempDb } from '../_setup';
import { protocols } from '../../db/schema';
import { adoptedFixture, CRITERION } from './_version';

describe('handbook input from the study records', () => {
  it('accounts for cases per source and phase, and the panel per stakeholder group', async () => {
    const db = tempDb();
    const f = await adoptedFixture(db);
    const input = toHandbookInput(loadHandbookRecords(db, f.study.id, 1)!);
    expect(input.method.cases.total).toBe(3);
    expect(input.method.cases.bySource).toEqual(
      expect.arrayContaining([
        { source: 'dossier', count: 1 },
        { source: 'verslag', count: 1 },
      ]),
    );
    expect(input.method.cases.byPhase).toEqual(expect.arrayContaining([{ phase: 'intake', count: 3 }]));
    expect(input.method.panel).toEqual(
      expect.arrayContaining([
        { group: 'Hulpverleners', count: 5 },
        { group: 'Teamleiders', count: 3 },
      ]),
    );
  });

  it('lists every round with invited, started and completed, and what processing did to the items', async () => {
    const db = tempDb();
    const f = await adoptedFixture(db);
    const { rounds } = toHandbookInput(loadHandbookRecords(db, f.study.id, 1)!).method;
    expect(rounds.map((r) => [r.number, r.kind, r.invited, r.started, r.completed])).toEqual([
      [1, 'rating', 8, 7, 6],
      [2, 'rating', 8, 7, 6],
    ]);
    expect(rounds[0]!.itemsReworded).toBe(1);
    // item 5 had no consensus in round 1 and went on to round 2
    expect(rounds[0]!.itemsCarriedForward).toBe(1);
    expect(rounds[0]!.opensAt).toBe('2025-02-01');
  });

  it('reports the consensus rule, the override with its reason, member checks and dissent on adopted items', async () => {
    const db = tempDb();
    const f = await adoptedFixture(db);
    const { method } = toHandbookInput(loadHandbookRecords(db, f.study.id, 1)!);
    expect(method.consensus.description).toContain('COMET');
    expect(method.overrides).toEqual([
      expect.objectContaining({ decision: 'in', reason: 'Het team vindt dit onmisbaar.' }),
    ]);
    expect(method.memberChecks).toEqual([
      expect.objectContaining({ round: 1, agreed: 4, comments: 1, outcome: '4 van 5 akkoord' }),
    ]);
    expect(method.dissent).toEqual([
      expect.objectContaining({ count: 1, reasons: ['Vijf werkdagen is te krap.'] }),
    ]);
  });

  it('says the protocol was laid down after rating began when the records show it was saved later', async () => {
    const db = tempDb();
    const f = await adoptedFixture(db, () => {
      db.update(protocols)
        .set({ createdAt: new Date('2025-03-05T09:00:00Z') })
        .run();
    });
    const { method } = toHandbookInput(loadHandbookRecords(db, f.study.id, 1)!);
    expect(method.consensus.timing).toEqual({ when: 'after', at: '2025-03-05', round: 1 });
    const db2 = tempDb();
    const g = await adoptedFixture(db2);
    const ontime = toHandbookInput(loadHandbookRecords(db2, g.study.id, 1)!);
    expect(ontime.method.consensus.timing).toEqual({ when: 'before' });
  });

  it('fills the standard per cluster and sub-aspect with criteria and norms, and the adoption', async () => {
    const db = tempDb();
    const f = await adoptedFixture(db);
    const input = toHandbookInput(loadHandbookRecords(db, f.study.id, 1)!);
    expect(input.version).toMatchObject({ number: 1, status: 'adopted', adoptedBy: 'Anna Onderzoeker' });
    expect(input.authors).toEqual(['Anna Onderzoeker']);
    expect(input.clusters.map((c) => c.title)).toEqual(['Contact en kennismaking', 'Afspraken maken']);
    const all = input.clusters.flatMap((c) => c.subAspects.flatMap((s) => s.items));
    expect(all).toHaveLength(5);
    expect(all[0]).toMatchObject({
      number: '1.1.1',
      criterion: CRITERION(1),
      norm: { percentage: 80, unit: 'dossiers' },
      rubric: ['Niet zichtbaar.', 'Deels zichtbaar.', 'Volledig zichtbaar.'],
    });
  });

  it('computes item statistics per closed rating round with the final decision', async () => {
    const db = tempDb();
    const f = await adoptedFixture(db);
    const { itemStats } = toHandbookInput(loadHandbookRecords(db, f.study.id, 1)!).appendix;
    expect(itemStats.map((r) => r.round)).toEqual([1, 2]);
    const first = itemStats[0]!.rows[0]!;
    // ratings 8 9 8 7 9 8 7 8: median 8, Q1 7.75, Q3 8.25, all in 7–9
    expect(first).toMatchObject({
      importance: { n: 8, cannotJudge: 0, median: 8, iqr: 0.5 },
      agreement: 1,
      decision: 'in',
    });
    expect(first.frequency.n).toBe(8);
    expect(itemStats[0]!.rows[5]!.decision).toBe('out');
    // no consensus in round 1, re-rated in round 2, where the researchers decided to include it
    expect(itemStats[0]!.rows[4]!.decision).toBe('carried-forward');
    expect(itemStats[1]!.rows[0]!.decision).toBe('override-in');
  });

  it('answers undefined for a version the study does not have', async () => {
    const db = tempDb();
    const f = await adoptedFixture(db);
    expect(loadHandbookRecords(db, f.study.id, 9)).toBeUndefined();
  });

  it("keeps an adopted version's accounting to the rounds closed when it was adopted", async () => {
    const db = tempDb();
    const f = await adoptedFixture(db);
    openedRound(db, f.user.id, f.study.id, { kind: 'review', title: 'Herziening na vaststelling' });
    const { rounds } = toHandbookInput(loadHandbookRecords(db, f.study.id, 1)!).method;
    expect(rounds.map((r) => r.number)).toEqual([1, 2]);
  });
});
