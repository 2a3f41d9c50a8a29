import { commitTogether, type Db } from '../../../db/client';
import {
  mayAnswerItem,
  roundDecided,
  saveCoverage,
  saveProposal,
  saveRating,
  saveReview,
  type CoverageValues,
  type RatingValues,
  type RoundAccess,
  type ReviewValues,
} from '../../../db/rounds/answers';
import { answerWindow } from '../../rounds/late-window';
import { pageShownAt } from '../../rounds/seen';

/**
 * A panellist's answers under /p/:token: whether they may answer now (open, late within the grace period, or
 * closed) and the save itself. The route parses the form, calls one function here and maps the outcome.
 * Saves go through the group commit (db/client.ts): the answers of panellists saving at the same moment share
 * one transaction and one fsync, and each is acknowledged only after that commit.
 */

/** Who answers: the panellist's id and the key their pages were signed with. */
export interface Answerer {
  panellistId: number;
  key: Buffer;
}

/** 'saved' (round open), 'late' (kept, marked late), 'closed' (refused) or 'invalid' (not this panellist's). */
export type AnswerOutcome = 'saved' | 'late' | 'closed' | 'invalid';

/**
 * Open; late — the round closed after the page was shown (signed `seen` marker), within its grace period and
 * before decisions were taken on it; or closed.
 */
export function answerState(db: Db, who: Answerer, a: RoundAccess, seen: string, now = Date.now()) {
  if (a.status === 'open') return 'open';
  return answerWindow(
    a,
    pageShownAt(who.key, who.panellistId, a.id, seen),
    () => roundDecided(db, a.id),
    now,
  );
}

export type ItemAnswer = { kind: 'rating'; values: RatingValues } | { kind: 'review'; values: ReviewValues };

/** Stores a rating or review of one item, if this panellist may answer it now. */
export async function saveItemAnswer(
  db: Db,
  who: Answerer,
  a: RoundAccess,
  itemId: number,
  form: { seen: string; answer: ItemAnswer },
  now = Date.now(),
): Promise<AnswerOutcome> {
  const state = answerState(db, who, a, form.seen, now);
  if (state === 'closed') return 'closed';
  const late = state === 'late';
  const { answer } = form;
  let ok: boolean;
  if (answer.kind === 'rating' && a.kind === 'rating') {
    if (!mayAnswerItem(db, a, who.panellistId, itemId)) return 'invalid';
    ok = await commitTogether(db, () => saveRating(db, a, who.panellistId, itemId, answer.values, late));
  } else if (answer.kind === 'review' && a.kind === 'review') {
    ok = await commitTogether(db, () => saveReview(db, a, who.panellistId, itemId, answer.values, late));
  } else return 'invalid';
  return !ok ? 'invalid' : late ? 'late' : 'saved';
}

/** Stores a coverage answer on one cluster, if the round still takes it. */
export async function saveClusterAnswer(
  db: Db,
  who: Answerer,
  a: RoundAccess,
  clusterId: number,
  form: { seen: string; values: CoverageValues },
  now = Date.now(),
): Promise<AnswerOutcome> {
  if (a.kind !== 'coverage') return 'invalid';
  const state = answerState(db, who, a, form.seen, now);
  if (state === 'closed') return 'closed';
  const late = state === 'late';
  const ok = await commitTogether(db, () =>
    saveCoverage(db, a, who.panellistId, clusterId, form.values, late),
  );
  return !ok ? 'invalid' : late ? 'late' : 'saved';
}

/** Stores a proposed new activity for a cluster of a review round, if the round still takes it. */
export async function proposeActivity(
  db: Db,
  who: Answerer,
  a: RoundAccess,
  clusterId: number,
  form: { seen: string; text: string; phaseId: string | null },
  now = Date.now(),
): Promise<AnswerOutcome> {
  if (a.kind !== 'review') return 'invalid';
  const state = answerState(db, who, a, form.seen, now);
  if (state === 'closed') return 'closed';
  const late = state === 'late';
  await commitTogether(db, () =>
    saveProposal(db, a, who.panellistId, clusterId, form.phaseId, form.text, late),
  );
  return late ? 'late' : 'saved';
}
