import { describe, expect, it } from 'vitest';
import { listAudit } from '../../../db/audit';
import { countItems, openSuggestions } from '../../../db/draft/draft';
import { findStudy } from '../../../db/studies/studies';
import { inline, proposeDraft, rerunExtraction } from '../../../src/services/draft/run-extraction';
import { addCase, CASE_A, CASE_B, CASE_NEW } from '../../draft/routes-helpers';
import { createStudyVia, signedIn, testApp } from '../../_setup';

async function world() {
  const { app, db } = testApp();
  const { agent, userId } = await signedIn(app, db);
  const studyId = await createStudyVia(agent);
  addCase(db, studyId, userId, 'Casus A', CASE_A);
  addCase(db, studyId, userId, 'Casus B', CASE_B);
  return { db, study: findStudy(db, studyId)!, userId };
}

const breakAudit = (db: ReturnType<typeof testApp>['db']) =>
  db.$client.exec(
    "CREATE TEMP TRIGGER audit_down BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'audit down'); END",
  );

describe('running extraction on a study', () => {
  it('stores the proposed draft and its audit entry together; when the audit insert fails no draft is stored', async () => {
    const { db, study, userId } = await world();
    breakAudit(db);
    await expect(proposeDraft(db, study, userId, 'rubrics', inline)).rejects.toThrow(/audit down/);
    expect(countItems(db, study.id)).toBe(0);
    db.$client.exec('DROP TRIGGER audit_down');
    const res = await proposeDraft(db, study, userId, 'rubrics', inline);
    expect(res.kind).toBe('proposed');
    expect(countItems(db, study.id)).toBeGreaterThan(0);
    expect(listAudit(db, study.id).map((e) => e.action)).toContain('draft.propose');
  });

  it('stores new suggestions and their audit entry together; when the audit insert fails none are stored', async () => {
    const { db, study, userId } = await world();
    await proposeDraft(db, study, userId, 'rubrics', inline);
    addCase(db, study.id, userId, 'Casus C', CASE_NEW);
    breakAudit(db);
    await expect(rerunExtraction(db, study, userId, inline)).rejects.toThrow(/audit down/);
    expect(openSuggestions(db, study.id)).toHaveLength(0);
    db.$client.exec('DROP TRIGGER audit_down');
    const res = await rerunExtraction(db, study, userId, inline);
    expect(res.kind === 'suggested' && res.newItems + res.newEvidence).toBeGreaterThan(0);
    expect(openSuggestions(db, study.id).length).toBeGreaterThan(0);
  });
});
