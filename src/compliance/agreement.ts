import { SCORES, type Score } from './scores';

export interface Rating {
  reviewer: string;
  /** Identity of what was scored: practitioner + dossier + item. */
  subject: string;
  score: Score;
}

export interface Agreement {
  /** Subjects scored by exactly two different reviewers. */
  subjects: number;
  /** Percent of those subjects on which both reviewers gave the same score (of the four); null without subjects. */
  percent: number | null;
  /**
   * Fleiss' kappa for two ratings per subject over the four categories, category proportions pooled over both
   * ratings; null without subjects or when every rating falls in one category (chance agreement 1).
   */
  kappa: number | null;
}

/** Agreement between two reviewers of the same subject; subjects with one or three+ reviewers are left out. */
export function agreement(ratings: readonly Rating[]): Agreement {
  const bySubject = new Map<string, Map<string, Score>>();
  for (const r of ratings) {
    let m = bySubject.get(r.subject);
    if (!m) bySubject.set(r.subject, (m = new Map()));
    m.set(r.reviewer, r.score);
  }
  const counts = new Map<Score, number>(SCORES.map((s) => [s, 0]));
  let subjects = 0;
  let agreed = 0;
  for (const m of bySubject.values()) {
    if (m.size !== 2) continue;
    const [a, b] = [...m.values()] as [Score, Score];
    subjects++;
    if (a === b) agreed++;
    counts.set(a, counts.get(a)! + 1);
    counts.set(b, counts.get(b)! + 1);
  }
  if (subjects === 0) return { subjects, percent: null, kappa: null };
  const observed = agreed / subjects;
  let expected = 0;
  for (const c of counts.values()) expected += (c / (2 * subjects)) ** 2;
  const kappa = expected >= 1 - 1e-12 ? null : (observed - expected) / (1 - expected);
  return { subjects, percent: 100 * observed, kappa };
}
