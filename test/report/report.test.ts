import { dictionaries } from '../../views/i18n';
import { describe, expect, it } from 'vitest';
import { findStudyRound } from '../../db/report/report';
import { decideRound } from '../../src/services/decisions';
import { loadRoundReport } from '../../src/services/report';
import { tempDb } from '../_setup';
import { seedPanel, seedRound, seedStudy } from './_fixture';

async function study() {
  const db = tempDb();
  const { studyId, userId } = await seedStudy(db);
  return { db, studyId, userId };
}

function report(db: ReturnType<typeof tempDb>, studyId: number, roundId: number) {
  return loadRoundReport(db, studyId, findStudyRound(db, studyId, roundId)!, 'nl');
}

describe('round report', () => {
  it('gives the figures per item, leaving cannot-judge out of n', async () => {
    const { db, studyId, userId } = await study();
    const panel = seedPanel(db, studyId, Array(5).fill('g'));
    const { roundId } = seedRound(db, studyId, {
      number: 1,
      items: ['a'],
      panellists: panel,
      answer: (_i, j) =>
        j === 4
          ? { importanceCannotJudge: true, frequency: 2 }
          : { importance: [7, 8, 9, 9][j], frequency: 4 },
    });
    decideRound(db, roundId, userId);
    const it = report(db, studyId, roundId).items[0]!;
    expect(it.importance.n).toBe(4);
    expect(it.importance.cannotJudge).toBe(1);
    expect(it.importance.median).toBe(8.5);
    expect(it.importance.agreement).toBe(100);
    expect(it.criticality.score).toBe(8.5 * 4);
    expect(it.criticality.grid).toBe('core');
    expect(it.final).toBe('in');
  });

  it('counts dissent per item and shows the reasons without who gave them', async () => {
    const { db, studyId } = await study();
    const panel = seedPanel(db, studyId, Array(4).fill('g'));
    const { roundId } = seedRound(db, studyId, {
      number: 1,
      items: ['a', 'b'],
      panellists: panel,
      answer: (i, j) => ({
        importance: 8,
        ...(i === 1 && j < 3 ? { dissent: ['Zo werken wij niet', '', 'Te vaag'][j]! } : {}),
      }),
    });
    const rep = report(db, studyId, roundId);
    expect(rep.items.map((x) => x.dissent)).toEqual([0, 3]);
    expect(rep.items[1]!.dissentReasons).toEqual(['Te vaag', 'Zo werken wij niet']);
    expect(JSON.stringify(rep)).not.toMatch(/P00\d|Geheime Naam/);
  });

  it('flags an item when one group agrees (≥ 70%) and another does not (< 50%)', async () => {
    const { db, studyId } = await study();
    const panel = seedPanel(db, studyId, [...Array(5).fill('cliënten'), ...Array(5).fill('werkers')]);
    const { roundId } = seedRound(db, studyId, {
      number: 1,
      items: ['uiteenlopend', 'eensgezind'],
      panellists: panel,
      // Item 0: clients all 8, workers 8,8,3,3,3 (40%); item 1: everyone 8.
      answer: (i, j) => ({ importance: i === 0 && j >= 7 ? 3 : 8 }),
    });
    const rep = report(db, studyId, roundId);
    const g = rep.items[0]!.groups[0]!;
    expect(g.groups.map((x) => [x.group, x.agreement])).toEqual([
      ['cliënten', 100],
      ['werkers', 40],
    ]);
    expect(g.divergent).toBe(true);
    expect(rep.items[1]!.groups[0]!.divergent).toBe(false);
    expect(rep.divergentItems).toBe(1);
  });

  it('reports invited → started → completed per round and group', async () => {
    const { db, studyId } = await study();
    const panel = seedPanel(db, studyId, ['a', 'a', 'a', 'b', 'b']);
    const { roundId } = seedRound(db, studyId, {
      number: 1,
      items: ['x'],
      panellists: panel,
      answer: (_i, j) => (j === 2 || j === 4 ? null : { importance: 8 }),
      completed: (j) => j === 0 || j === 3,
    });
    const a = report(db, studyId, roundId).attrition[0]!;
    expect(a.total).toEqual({ invited: 5, started: 3, completed: 2 });
    expect(a.groups).toEqual([
      { group: 'a', invited: 3, started: 2, completed: 1 },
      { group: 'b', invited: 2, started: 1, completed: 1 },
    ]);
  });

  it('compares with the previous rating round: stability per item and leavers vs stayers', async () => {
    const { db, studyId, userId } = await study();
    const panel = seedPanel(db, studyId, Array(10).fill('g'));
    // Round 1: item 1 (ref 1) split; leavers (j ≥ 8) rated it 2, stayers 8 or 5.
    const r1 = seedRound(db, studyId, {
      number: 1,
      items: ['stabiel', 'beweegt'],
      refIds: [1, 2],
      panellists: panel,
      answer: (i, j) => ({ importance: j >= 8 ? 2 : i === 0 ? 8 : 5 }),
    });
    decideRound(db, r1.roundId, userId);
    // Round 2: only stayers take part; item ref 1 unchanged, item ref 2 moves from 5 to 8 for everyone.
    const r2 = seedRound(db, studyId, {
      number: 2,
      items: ['stabiel', 'beweegt'],
      refIds: [1, 2],
      panellists: panel.slice(0, 8),
      answer: (i) => ({ importance: 8, comment: i === 1 ? 'bijgesteld' : '' }),
    });
    decideRound(db, r2.roundId, userId);
    const rep = report(db, studyId, r2.roundId);
    expect(rep.previousRound?.number).toBe(1);
    const [same, moved] = rep.items.map((x) => x.stability[0]!);
    expect(same!.changedPercent).toBe(0);
    expect(same!.pairs).toBe(8);
    expect(same!.agreementChange).toBeCloseTo(100 - 80);
    expect(moved!.changedPercent).toBe(100);
    expect(moved!.wilcoxonMethod).toBe('normal');
    expect(moved!.wilcoxonP!).toBeLessThan(0.05);
    expect(moved!.stable).toBe(false);
    expect(rep.items[1]!.stable).toBe(false);
    expect(rep.leavers).toMatchObject({
      previousRoundNumber: 1,
      leavers: 2,
      stayers: 8,
      leaversMeanMedian: 2,
      stayersMeanMedian: 6.5,
      leaversMeanAgreement: 0,
      stayersMeanAgreement: 50,
      itemsDiffering: 1,
      itemsCompared: 2,
    });
    expect(rep.attrition.map((a) => a.total.completed)).toEqual([10, 8]);
  });

  it("gives Kendall's W per dimension over panellists who rated every item", async () => {
    const { db, studyId } = await study();
    const panel = seedPanel(db, studyId, Array(4).fill('g'));
    const { roundId } = seedRound(db, studyId, {
      number: 1,
      items: ['a', 'b', 'c'],
      panellists: panel,
      answer: (i, j) => (j === 3 && i === 2 ? null : { importance: 3 + 2 * i, frequency: 1 + i }),
    });
    const rep = report(db, studyId, roundId);
    expect(rep.kendall.importance).toMatchObject({ m: 3, n: 3, w: 1 });
    expect(rep.kendall.frequency.w).toBe(1);
  });

  it('also gives W by Skillings–Mack with the panellists and ratings it rests on when someone cannot judge', async () => {
    const { db, studyId } = await study();
    const panel = seedPanel(db, studyId, Array(4).fill('g'));
    const { roundId } = seedRound(db, studyId, {
      number: 1,
      items: ['a', 'b', 'c'],
      panellists: panel,
      // three panellists each leave a different item unjudged: only one is complete
      answer: (i, j) => (j === i ? null : { importance: 3 + 2 * i, frequency: 1 + i }),
    });
    const rep = report(db, studyId, roundId);
    expect(rep.kendall.importance.w).toBeNull();
    expect(rep.kendallIncomplete.importance).toMatchObject({
      method: 'skillings-mack',
      m: 4,
      n: 3,
      ratings: 9,
    });
    expect(rep.kendallIncomplete.importance.w).toBeGreaterThan(0.5);
    expect(rep.kendallIncomplete.importance.p).toBeLessThan(0.15);
  });

  it('advises to stop when every item is decided, and to continue while items move', async () => {
    const { db, studyId, userId } = await study();
    const panel = seedPanel(db, studyId, Array(10).fill('g'));
    const { roundId } = seedRound(db, studyId, {
      number: 1,
      items: ['a', 'b'],
      panellists: panel,
      answer: (i) => ({ importance: i === 0 ? 8 : 2 }),
    });
    decideRound(db, roundId, userId);
    expect(report(db, studyId, roundId).stopping.advice).toBe('all-decided');
    const second = seedRound(db, studyId, {
      number: 2,
      items: ['c'],
      refIds: [9],
      panellists: panel,
      answer: (_i, j) => ({ importance: j < 5 ? 2 : 8 }),
    });
    decideRound(db, second.roundId, userId);
    const rep = report(db, studyId, second.roundId);
    expect(rep.stopping.advice).toBe('continue');
    expect(dictionaries.nl.report.advice(rep.stopping)).toContain('ronde 3');
  });
});
