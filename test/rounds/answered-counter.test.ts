import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { answeredCount } from '../../db/rounds/answers-progress';
import { participations, ratingAnswers, roundItems } from '../../db/schema';
import { addPanel, openedRound, roundsWorld } from './_fixture';

describe('participations.answered', () => {
  it('counts items with both dimensions answered, following every insert, update and delete', async () => {
    const { db, userId, studyId } = await roundsWorld();
    const [p] = addPanel(db, studyId);
    const round = openedRound(db, userId, studyId, { kind: 'rating' });
    const part = db.select().from(participations).where(eq(participations.panellistId, p!.id)).get()!;
    const [i1, i2] = db.select().from(roundItems).where(eq(roundItems.roundId, round.id)).all();
    const base = { roundId: round.id, panellistId: p!.id, updatedAt: new Date() };
    db.insert(ratingAnswers)
      .values({ ...base, roundItemId: i1!.id, importance: 7 })
      .run();
    expect(answeredCount(db, part.id)).toBe(0);
    db.update(ratingAnswers)
      .set({ frequencyCannotJudge: true })
      .where(eq(ratingAnswers.roundItemId, i1!.id))
      .run();
    expect(answeredCount(db, part.id)).toBe(1);
    db.insert(ratingAnswers)
      .values({ ...base, roundItemId: i2!.id, importance: 3, frequency: 2 })
      .run();
    expect(answeredCount(db, part.id)).toBe(2);
    db.update(ratingAnswers)
      .set({ comment: 'alleen een opmerking' })
      .where(eq(ratingAnswers.roundItemId, i2!.id))
      .run();
    expect(answeredCount(db, part.id)).toBe(2);
    db.update(ratingAnswers).set({ importance: null }).where(eq(ratingAnswers.roundItemId, i2!.id)).run();
    expect(answeredCount(db, part.id)).toBe(1);
    db.delete(ratingAnswers).where(eq(ratingAnswers.roundItemId, i1!.id)).run();
    expect(answeredCount(db, part.id)).toBe(0);
  });
});
