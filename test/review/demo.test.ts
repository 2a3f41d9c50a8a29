import { describe, expect, it } from 'vitest';
import { listReviewRounds } from '../../src/services/review/review';
import { actionsOf } from '../../db/review/plan';
import { groupResultsOf } from '../../src/services/review/results';
import { scoresOf } from '../../src/services/review/scores';
import { listStudiesFor } from '../../db/studies/studies';
import { findUserByEmail } from '../../db/auth/users';
import { DEMO_EMAIL, ensureDemo } from '../../src/services/demo/seed';
import { suiteDb } from '../_setup';

const db = suiteDb();
await ensureDemo(db);
const user = findUserByEmail(db, DEMO_EMAIL)!;
const study = listStudiesFor(db, user.id, false)[0]!;

describe('the demo study’s peer review', () => {
  it('has one closed review round with two reviewers on every dossier', () => {
    const rounds = listReviewRounds(db, study.id);
    expect(rounds).toHaveLength(1);
    const round = rounds[0]!.round;
    expect(round.status).toBe('closed');
    const rows = scoresOf(db, round.id);
    const perDossier = new Map<number, Set<number>>();
    for (const r of rows)
      perDossier.set(r.dossierId, (perDossier.get(r.dossierId) ?? new Set()).add(r.reviewerId));
    expect(perDossier.size).toBe(15);
    expect([...perDossier.values()].every((s) => s.size === 2)).toBe(true);
  });

  it('has results with agreement, items below the norm and an improvement plan for them', () => {
    const round = listReviewRounds(db, study.id)[0]!.round;
    const r = groupResultsOf(db, round);
    expect(r.practitioners).toBe(5);
    expect(r.agreement.subjects).toBeGreaterThan(100);
    expect(r.agreement.kappa).not.toBeNull();
    expect(r.belowNorm.length).toBeGreaterThan(0);
    const actions = actionsOf(db, round.id);
    expect(actions.length).toBeGreaterThan(0);
    expect(actions[0]!.itemLineage).toBe(r.belowNorm[0]!.lineage);
  });
});
