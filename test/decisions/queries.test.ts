import { describe, expect, it } from 'vitest';
import { listStudyDecisions, setOverride } from '../../db/decisions/consensus';
import { listStudyDissent } from '../../db/report/report';
import { decideRound, protocolInForce } from '../../src/services/decisions';
import { saveProtocol } from '../../src/services/decisions';
import { PRESETS } from '../../src/consensus';
import { tempDb } from '../_setup';
import { seedPanel, seedRound, seedStudy } from '../report/_fixture';

describe('queries for the standard and the handbook', () => {
  it('lists every decision of a study with the final class being the override when set', async () => {
    const db = tempDb();
    const { studyId, userId } = await seedStudy(db);
    const panel = seedPanel(db, studyId, Array(4).fill('g'));
    const { roundId, itemIds } = seedRound(db, studyId, {
      number: 1,
      items: ['a', 'b'],
      refIds: [11, 12],
      panellists: panel,
      answer: (i) => ({ importance: i === 0 ? 8 : 5 }),
    });
    decideRound(db, roundId, userId);
    setOverride(db, itemIds[1]!, userId, 'out', 'Dubbel met 1.1');
    expect(
      listStudyDecisions(db, studyId).map((d) => [d.refId, d.computed, d.final, d.overrideReason]),
    ).toEqual([
      [11, 'in', 'in', null],
      [12, 'none', 'out', 'Dubbel met 1.1'],
    ]);
  });

  it('lists the dissent register per item, reasons without panellists', async () => {
    const db = tempDb();
    const { studyId } = await seedStudy(db);
    const panel = seedPanel(db, studyId, Array(3).fill('g'));
    seedRound(db, studyId, {
      number: 1,
      items: ['a', 'b'],
      panellists: panel,
      answer: (i, j) => ({
        importance: 8,
        ...(i === 1 && j > 0 ? { dissent: j === 1 ? 'Niet uitvoerbaar' : '' } : {}),
      }),
    });
    const register = listStudyDissent(db, studyId);
    expect(register).toHaveLength(1);
    expect(register[0]).toMatchObject({
      roundNumber: 1,
      number: '1.2',
      count: 2,
      reasons: ['Niet uitvoerbaar'],
    });
    expect(Object.keys(register[0]!)).not.toContain('panellistId');
  });

  it('gives the saved protocol in force, or the default marked as such', async () => {
    const db = tempDb();
    const { studyId, userId } = await seedStudy(db);
    expect(protocolInForce(db, studyId)).toMatchObject({
      isDefault: true,
      maxRounds: 3,
      protocol: { preset: 'comet', decideOn: 'importance' },
    });
    saveProtocol(db, studyId, userId, { protocol: { ...PRESETS.rand }, maxRounds: 2, reason: '' });
    expect(protocolInForce(db, studyId)).toMatchObject({
      isDefault: false,
      maxRounds: 2,
      protocol: { preset: 'rand' },
    });
  });
});
