import { afterAll, describe, expect, it } from 'vitest';
import { findStudyRound } from '../../db/report/report';
import { decideRound } from '../../src/services/decisions';
import { computeRoundReport, loadReportInput, loadRoundReport } from '../../src/services/report';
import { pool } from '../../src/work/pool';
import { tempDb } from '../_setup';
import { seedPanel, seedRound, seedStudy } from './_fixture';

afterAll(() => pool().close());

async function groupedRound() {
  const db = tempDb();
  const { studyId, userId } = await seedStudy(db);
  const panel = seedPanel(db, studyId, [...Array(5).fill('cliënten'), ...Array(5).fill('werkers')]);
  const { roundId } = seedRound(db, studyId, {
    number: 1,
    items: ['uiteenlopend', 'eensgezind'],
    panellists: panel,
    answer: (i, j) => ({ importance: i === 0 && j >= 7 ? 3 : 8, frequency: 4 }),
    completed: (j) => j !== 9,
  });
  decideRound(db, roundId, userId);
  return { db, studyId, round: findStudyRound(db, studyId, roundId)! };
}

describe('report computation off the request thread', () => {
  it('loads the report input as plain data that survives a structured clone (no functions)', async () => {
    const { db, studyId, round } = await groupedRound();
    const input = loadReportInput(db, studyId, round, 'nl');
    expect(() => structuredClone(input)).not.toThrow();
    expect([...input.groups.values()].sort()).toEqual([
      ...Array(5).fill('cliënten'),
      ...Array(5).fill('werkers'),
    ]);
  });

  it('assembles the same report in the worker pool as on the request thread, groups and attrition included', async () => {
    const { db, studyId, round } = await groupedRound();
    const inline = loadRoundReport(db, studyId, round, 'nl');
    const pooled = await computeRoundReport(db, studyId, round, 'nl', 0);
    expect(pooled).toEqual(inline);
    expect(pooled.divergentItems).toBe(1);
    expect(pooled.attrition[0]!.groups.map((g) => g.group)).toEqual(['cliënten', 'werkers']);
  });
});
