import { describe, expect, it } from 'vitest';
import { decisionsForRound, protocolHistory } from '../../db/decisions/consensus';
import { seedConsensus } from '../../src/services/demo/consensus';
import { tempDb } from '../_setup';
import { seedPanel, seedRound, seedStudy } from '../report/_fixture';

describe('seedConsensus', () => {
  it('saves the protocol once, then decides closed rating rounds and adds one override with a reason', async () => {
    const db = tempDb();
    const { studyId, userId } = await seedStudy(db);
    seedConsensus(db, studyId, userId);
    expect(protocolHistory(db, studyId)).toHaveLength(1);
    const panel = seedPanel(db, studyId, Array(6).fill('g'));
    const { roundId } = seedRound(db, studyId, {
      number: 1,
      items: ['a', 'b'],
      panellists: panel,
      answer: (i, j) => ({ importance: i === 0 ? 8 : j < 3 ? 2 : 8 }),
    });
    seedConsensus(db, studyId, userId);
    seedConsensus(db, studyId, userId);
    expect(protocolHistory(db, studyId)).toHaveLength(1);
    const overrides = [...decisionsForRound(db, roundId).values()].filter((d) => d.override !== null);
    expect(overrides).toHaveLength(1);
    expect(overrides[0]!.overrideReason).toContain('slotbijeenkomst');
  });
});
