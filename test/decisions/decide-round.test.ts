import { auditSummary } from '../../src/studies/audit-summary';
import { describe, expect, it } from 'vitest';
import { decisionsForRound, insertProtocol, setOverride } from '../../db/decisions/consensus';
import { listAudit } from '../../db/audit';
import { PRESETS } from '../../src/consensus';
import { decideRound } from '../../src/services/decisions';
import { tempDb } from '../_setup';
import { seedPanel, seedRound, seedStudy } from '../report/_fixture';

// Ten panellists: item 0 all 8 (in), item 1 all 2 (out), item 2 split 5×2 / 5×8 (none).
const pattern = [(_j: number) => 8, (_j: number) => 2, (j: number) => (j < 5 ? 2 : 8)];

async function closedRound() {
  const db = tempDb();
  const { studyId, userId } = await seedStudy(db);
  const panel = seedPanel(db, studyId, Array(10).fill('maatschappelijk werk'));
  const { roundId, itemIds } = seedRound(db, studyId, {
    number: 1,
    items: ['Item in', 'Item uit', 'Item verdeeld'],
    panellists: panel,
    answer: (i, j) => ({ importance: pattern[i]!(j), frequency: 3 }),
  });
  return { db, studyId, userId, roundId, itemIds };
}

describe('decideRound', () => {
  it('classifies each item of a closed rating round by the default COMET rule', async () => {
    const { db, roundId, itemIds, userId } = await closedRound();
    decideRound(db, roundId, userId);
    const d = decisionsForRound(db, roundId);
    expect(itemIds.map((id) => d.get(id)?.computed)).toEqual(['in', 'out', 'none']);
  });

  it('keeps an override and its reason when the round is decided again under a new protocol', async () => {
    const { db, roundId, itemIds, userId, studyId } = await closedRound();
    decideRound(db, roundId, userId);
    setOverride(db, itemIds[2]!, userId, 'in', 'Besproken in de slotbijeenkomst');
    insertProtocol(db, studyId, userId, {
      protocol: { ...PRESETS.percent, thresholdPercent: 50 },
      maxRounds: 3,
      reason: 'Drempel verlaagd',
    });
    decideRound(db, roundId, userId);
    const d = decisionsForRound(db, roundId).get(itemIds[2]!)!;
    expect(d.computed).toBe('in');
    expect(d.override).toBe('in');
    expect(d.overrideReason).toBe('Besproken in de slotbijeenkomst');
  });

  it('logs the outcome in the audit log', async () => {
    const { db, roundId, userId, studyId } = await closedRound();
    decideRound(db, roundId, userId);
    const entry = listAudit(db, studyId).find((e) => e.action === 'decisions.compute');
    // stored as data, worded in the reader's language on the audit page
    expect(entry?.summary).toBe('');
    expect(auditSummary(entry!, 'nl')).toContain('1 opgenomen, 1 weggelaten, 1 zonder consensus');
    expect(auditSummary(entry!, 'en')).toContain('1 included, 1 left out, 1 without consensus');
    const after = JSON.stringify({ invited: 4, itemCount: 2, items: [{}, {}] });
    const opened = { action: 'round.open', summary: '2. Ronde 2', after };
    expect(auditSummary(opened, 'nl')).toBe('2. Ronde 2: 2 items, 4 panelleden uitgenodigd');
    expect(auditSummary(opened, 'en')).toBe('2. Ronde 2: 2 items, 4 panellists invited');
    // `after` is cut at 2,000 characters in the log; the counts come first and still read
    const cut = { ...opened, after: `${after.slice(0, 40)}…` };
    expect(auditSummary(cut, 'nl')).toBe('2. Ronde 2: 2 items, 4 panelleden uitgenodigd');
  });

  it('leaves an open round undecided', async () => {
    const db = tempDb();
    const { studyId, userId } = await seedStudy(db);
    const panel = seedPanel(db, studyId, ['a', 'b']);
    const { roundId } = seedRound(db, studyId, {
      number: 1,
      status: 'open',
      items: ['x'],
      panellists: panel,
      answer: () => ({ importance: 8 }),
    });
    decideRound(db, roundId, userId);
    expect(decisionsForRound(db, roundId).size).toBe(0);
  });

  it('counts only completers when the protocol says incomplete responders do not count', async () => {
    const db = tempDb();
    const { studyId, userId } = await seedStudy(db);
    const panel = seedPanel(db, studyId, Array(10).fill('g'));
    insertProtocol(db, studyId, userId, {
      protocol: { ...PRESETS.comet, countIncomplete: false },
      maxRounds: 3,
      reason: '',
    });
    // Completers (first 7) rate 8, the three who did not finish rate 2: with them the item has no consensus.
    const { roundId, itemIds } = seedRound(db, studyId, {
      number: 1,
      items: ['x'],
      panellists: panel,
      answer: (_i, j) => ({ importance: j < 7 ? 8 : 2 }),
      completed: (j) => j < 7,
    });
    decideRound(db, roundId, userId);
    expect(decisionsForRound(db, roundId).get(itemIds[0]!)?.computed).toBe('in');
  });
});
