import type { Db } from '../../../db/client';
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
export function saveItemAnswer(
  db: Db,
  who: Answerer,
  a: RoundAccess,
  itemId: number,
  form: { seen: string; answer: ItemAnswer },
  now = Date.now(),
): AnswerOutcome {
  const state = answerState(db, who, a, form.seen, now);
  if (state === 'closed') return 'closed';
  const late = state === 'late';
  const { answer } = form;
  let ok: boolean;
  if (answer.kind === 'rating' && a.kind === 'rating') {
    if (!mayAnswerItem(db, a, who.panellistId, itemId)) return 'invalid';
    ok = saveRating(db, a, who.panellistId, itemId, answer.values, late);
  } else if (answer.kind === 'review' && a.kind === 'review') {
    ok = saveReview(db, a, who.panellistId, itemId, answer.values, late);
  } else return 'invalid';
  return !ok ? 'invalid' : late ? 'late' : 'saved';
}

/** Stores a coverage answer on one cluster, if the round still takes it. */
export function saveClusterAnswer(
  db: Db,
  who: Answerer,
  a: RoundAccess,
  clusterId: number,
  form: { seen: string; values: CoverageValues },
  now = Date.now(),
): AnswerOutcome {
  if (a.kind !== 'coverage') return 'invalid';
  const state = answerState(db, who, a, form.seen, now);
  if (state === 'closed') return 'closed';
  const ok = saveCoverage(db, a, who.panellistId, clusterId, form.values, state === 'late');
  return !ok ? 'invalid' : state === 'late' ? 'late' : 'saved';
}

/** Stores a proposed new activity for a cluster of a review round, if the round still takes it. */
export function proposeActivity(
  db: Db,
  who: Answerer,
  a: RoundAccess,
  clusterId: number,
  form: { seen: string; text: string; phaseId: string | null },
  now = Date.now(),
): AnswerOutcome {
  if (a.kind !== 'review') return 'invalid';
  const state = answerState(db, who, a, form.seen, now);
  if (state === 'closed') return 'closed';
  saveProposal(db, a, who.panellistId, clusterId, form.phaseId, form.text, state === 'late');
  return state === 'late' ? 'late' : 'saved';
}
