import { describe, expect, it } from 'vitest';
import { listAudit } from '../../db/audit';
import { studies } from '../../db/schema';
import { exportStudy } from '../../db/transfer/export';
import { importStudyFile } from '../../src/services/transfer/import';
import { tempDb } from '../_setup';
import { auditDown } from '../_audit-down';
import { adoptedFixture } from '../handbook-data/_version';

async function exported() {
  const db = tempDb();
  const f = await adoptedFixture(db);
  return { db, f, text: JSON.stringify(exportStudy(db, f.study.id)) };
}

describe('importStudyFile', () => {
  it('imports the file as a new study with one audit entry naming the file and what it held', async () => {
    const { db, f, text } = await exported();
    const res = importStudyFile(db, f.user.id, { name: 'studie.json', text }, (t) => `${t} (kopie)`);
    if (!res.ok) throw new Error(res.error);
    expect(res.study.title).toBe(`${f.study.title} (kopie)`);
    const [entry] = listAudit(db, res.study.id);
    expect(entry!.action).toBe('study.import');
    expect(entry!.summary).toMatch(/^studie\.json: \d+ cases, \d+ rounds, \d+ standard versions$/);
  });

  it('refuses a file that is not JSON and stores nothing', async () => {
    const { db, f } = await exported();
    expect(importStudyFile(db, f.user.id, { name: 'x.json', text: '{' }, (t) => t)).toEqual({
      ok: false,
      error: 'json',
      details: [],
    });
    expect(db.select().from(studies).all()).toHaveLength(1);
  });

  it('writes the study and its audit entry in one transaction: when the audit insert fails nothing is imported', async () => {
    const { db, f, text } = await exported();
    auditDown(db);
    const res = importStudyFile(db, f.user.id, { name: 'studie.json', text }, (t) => t);
    expect(res.ok).toBe(false);
    expect(db.select().from(studies).all()).toHaveLength(1);
  });
});
