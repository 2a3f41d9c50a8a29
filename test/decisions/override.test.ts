import { describe, expect, it } from 'vitest';
import { listAudit } from '../../db/audit';
import { decisionsForRound, findDecision } from '../../db/decisions/consensus';
import { decideRound, overrideDecision } from '../../src/services/decisions';
import { tempDb } from '../_setup';
import { auditDown } from '../_audit-down';
import { seedPanel, seedRound, seedStudy } from '../report/_fixture';

async function closedRound() {
  const db = tempDb();
  const { studyId, userId } = await seedStudy(db);
  const panel = seedPanel(db, studyId, Array(10).fill('maatschappelijk werk'));
  const { roundId, itemIds } = seedRound(db, studyId, {
    number: 1,
    items: ['Item in', 'Item uit'],
    panellists: panel,
    answer: (i) => ({ importance: i === 0 ? 8 : 2, frequency: 3 }),
  });
  return { db, studyId, userId, roundId, itemIds };
}

describe('overrideDecision', () => {
  it('decides a closed round that has no decisions yet, then overrides the item with its reason', async () => {
    const { db, studyId, userId, roundId, itemIds } = await closedRound();
    expect(decisionsForRound(db, roundId).size).toBe(0);
    const saved = overrideDecision(db, studyId, roundId, itemIds[1]!, userId, 'in', ' Besproken ');
    expect(saved).toMatchObject({ computed: 'out', override: 'in', overrideReason: 'Besproken' });
    expect(decisionsForRound(db, roundId).size).toBe(2);
    expect(listAudit(db, studyId).map((r) => r.action)).toEqual(['decision.override', 'decisions.compute']);
  });

  it('writes the override and its audit entry in one transaction: when the audit insert fails nothing changes', async () => {
    const { db, studyId, userId, roundId, itemIds } = await closedRound();
    decideRound(db, roundId, userId);
    auditDown(db);
    expect(() => overrideDecision(db, studyId, roundId, itemIds[1]!, userId, 'in', 'Besproken')).toThrow(
      /audit down/,
    );
    expect(findDecision(db, roundId, itemIds[1]!)!.override).toBeNull();
  });

  it('records no decisions when the audit entry of deciding the round cannot be written', async () => {
    const { db, userId, roundId } = await closedRound();
    auditDown(db);
    expect(() => decideRound(db, roundId, userId)).toThrow(/audit down/);
    expect(decisionsForRound(db, roundId).size).toBe(0);
  });
});
