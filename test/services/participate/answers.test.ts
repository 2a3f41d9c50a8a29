import { describe, expect, it } from 'vitest';
import { roundForPanellist } from '../../../db/rounds/answers';
import { roundItemsOf } from '../../../db/rounds/rounds';
import { ratingAnswers } from '../../../db/schema';
import { seenMarker } from '../../../src/rounds/seen';
import { closeRound } from '../../../src/services/decisions/close-round';
import { answerState, saveItemAnswer } from '../../../src/services/participate/answers';
import { addPanel, KEY, openedRound, roundsWorld } from '../../rounds/_fixture';

const HOUR = 3_600_000;
const rating = (importance: number) => ({
  kind: 'rating' as const,
  values: {
    importance,
    importanceCannotJudge: false,
    frequency: 3,
    frequencyCannotJudge: false,
    comment: '',
    dissent: false,
    dissentReason: '',
  },
});

/** A rating round with a grace period, a page shown to Anna while it was open, and then closed. */
async function closedAfterShown(graceHours: number) {
  const w = await roundsWorld();
  const [anna] = addPanel(w.db, w.studyId);
  const round = openedRound(w.db, w.userId, w.studyId, { kind: 'rating', graceHours });
  const who = { panellistId: anna!.id, key: KEY };
  const shown = Date.now() - 1000;
  const seen = seenMarker(KEY, anna!.id, round.id, shown);
  closeRound(w.db, round.id, w.userId);
  const access = roundForPanellist(w.db, anna!.id, round.id)!;
  return { ...w, anna: anna!, round, who, seen, access, items: roundItemsOf(w.db, round.id) };
}

describe('whether a panellist may still answer', () => {
  it('takes answers while the round is open, whatever the marker says', async () => {
    const w = await roundsWorld();
    const [anna] = addPanel(w.db, w.studyId);
    const round = openedRound(w.db, w.userId, w.studyId, { kind: 'rating' });
    const access = roundForPanellist(w.db, anna!.id, round.id)!;
    expect(answerState(w.db, { panellistId: anna!.id, key: KEY }, access, '')).toBe('open');
  });

  it('takes a late answer from a page shown before closing, within the grace period', async () => {
    const w = await closedAfterShown(24);
    expect(answerState(w.db, w.who, w.access, w.seen)).toBe('late');
    expect(answerState(w.db, w.who, w.access, w.seen, w.access.closedAt! + 23 * HOUR)).toBe('late');
  });

  it('refuses once the grace period has run out, or when the round has none', async () => {
    const w = await closedAfterShown(24);
    expect(answerState(w.db, w.who, w.access, w.seen, w.access.closedAt! + 25 * HOUR)).toBe('closed');
    const none = await closedAfterShown(0);
    expect(answerState(none.db, none.who, none.access, none.seen)).toBe('closed');
  });

  it('refuses without a marker, with a forged one, or with one from a page shown after closing', async () => {
    const w = await closedAfterShown(24);
    expect(answerState(w.db, w.who, w.access, '')).toBe('closed');
    expect(answerState(w.db, w.who, w.access, `${Date.now() - 1000}.AAAAAAAAAAAAAAAAAAAAAA`)).toBe('closed');
    const afterClosing = seenMarker(KEY, w.anna.id, w.round.id, w.access.closedAt! + 1);
    expect(answerState(w.db, w.who, w.access, afterClosing)).toBe('closed');
    const otherPanellist = seenMarker(KEY, w.anna.id + 1, w.round.id, Date.now() - 1000);
    expect(answerState(w.db, w.who, w.access, otherPanellist)).toBe('closed');
  });
});

describe('saving an item answer', () => {
  it('keeps a late rating marked late, and refuses one after the window', async () => {
    const w = await closedAfterShown(24);
    const item = w.items[0]!;
    expect(await saveItemAnswer(w.db, w.who, w.access, item.id, { seen: w.seen, answer: rating(7) })).toBe(
      'late',
    );
    expect(w.db.select().from(ratingAnswers).get()).toMatchObject({ importance: 7, late: true });
    const after = w.access.closedAt! + 25 * HOUR;
    expect(
      await saveItemAnswer(w.db, w.who, w.access, item.id, { seen: w.seen, answer: rating(2) }, after),
    ).toBe('closed');
    expect(w.db.select().from(ratingAnswers).get()).toMatchObject({ importance: 7 });
  });

  it('saves in an open round and calls an item outside the round, or the wrong kind of answer, invalid', async () => {
    const w = await roundsWorld();
    const [anna] = addPanel(w.db, w.studyId);
    const round = openedRound(w.db, w.userId, w.studyId, { kind: 'rating' });
    const access = roundForPanellist(w.db, anna!.id, round.id)!;
    const who = { panellistId: anna!.id, key: KEY };
    const item = roundItemsOf(w.db, round.id)[0]!;
    expect(await saveItemAnswer(w.db, who, access, item.id, { seen: '', answer: rating(5) })).toBe('saved');
    expect(await saveItemAnswer(w.db, who, access, 999_999, { seen: '', answer: rating(5) })).toBe('invalid');
    const review = {
      kind: 'review' as const,
      values: { verdict: 'keep' as const, proposal: '', reason: '', comment: '', relevance: null },
    };
    expect(await saveItemAnswer(w.db, who, access, item.id, { seen: '', answer: review })).toBe('invalid');
    expect(w.db.select().from(ratingAnswers).all()).toHaveLength(1);
  });
});
