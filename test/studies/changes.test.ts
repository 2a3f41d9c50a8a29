import { describe, expect, it } from 'vitest';
import { listAudit } from '../../db/audit';
import {
  addMemberByEmail,
  archiveStudy,
  createStudyAudited,
  findStudy,
  listMembers,
  memberRole,
  removeTeamMember,
} from '../../db/studies/studies';
import { studies } from '../../db/schema';
import { createUser } from '../../src/services/auth/accounts';
import { newStudyValues, StudyFormSchema } from '../../src/studies/form';
import { tempDb } from '../_setup';
import { auditDown } from '../_audit-down';

async function setup() {
  const db = tempDb();
  const owner = await createUser(db, {
    email: 'eigenaar@example.org',
    name: 'Eigenaar',
    password: 'geheim-wachtwoord',
  });
  const other = await createUser(db, {
    email: 'collega@example.org',
    name: 'Collega',
    password: 'geheim-wachtwoord',
  });
  const input = StudyFormSchema.parse({ ...newStudyValues('nl'), title: 'AMW standaard' });
  return { db, owner, other, input };
}

describe('study changes in db/studies', () => {
  it('creates a study and its audit entry in one transaction: when the audit insert fails no study is kept', async () => {
    const { db, owner, input } = await setup();
    const study = createStudyAudited(db, owner.id, input);
    expect(listAudit(db, study.id).map((r) => r.action)).toEqual(['study.create']);
    auditDown(db);
    expect(() => createStudyAudited(db, owner.id, input)).toThrow(/audit down/);
    expect(db.select().from(studies).all()).toHaveLength(1);
  });

  it('archives a study with its audit entry, and leaves it unarchived when the audit insert fails', async () => {
    const { db, owner, input } = await setup();
    const study = createStudyAudited(db, owner.id, input);
    archiveStudy(db, study.id, true, owner.id);
    expect(findStudy(db, study.id)!.archivedAt).not.toBeNull();
    archiveStudy(db, study.id, false, owner.id);
    expect(listAudit(db, study.id).map((r) => r.action)).toContain('study.unarchive');
    auditDown(db);
    expect(() => archiveStudy(db, study.id, true, owner.id)).toThrow(/audit down/);
    expect(findStudy(db, study.id)!.archivedAt).toBeNull();
  });

  it('adds a team member by e-mail address with its audit entry, refusing unknown addresses and members', async () => {
    const { db, owner, other, input } = await setup();
    const study = createStudyAudited(db, owner.id, input);
    expect(addMemberByEmail(db, study.id, 'niemand@example.org', 'viewer', owner.id)).toEqual({
      ok: false,
      reason: 'no-such-user',
    });
    expect(addMemberByEmail(db, study.id, other.email, 'viewer', owner.id)).toEqual({ ok: true });
    expect(memberRole(db, study.id, other.id)).toBe('viewer');
    expect(addMemberByEmail(db, study.id, other.email, 'editor', owner.id)).toEqual({
      ok: false,
      reason: 'already-member',
    });
    const entry = listAudit(db, study.id).find((r) => r.action === 'team.add')!;
    // The role is logged; the member's name is joined in while the account exists, never stored in the log.
    expect(entry.summary).toBe('viewer');
    expect(entry.memberName).toBe(other.name);
  });

  it('adds no team member when the audit insert fails', async () => {
    const { db, owner, other, input } = await setup();
    const study = createStudyAudited(db, owner.id, input);
    auditDown(db);
    expect(() => addMemberByEmail(db, study.id, other.email, 'editor', owner.id)).toThrow(/audit down/);
    expect(memberRole(db, study.id, other.id)).toBeUndefined();
  });

  it('removes a member but never the owner, and keeps the member when the audit insert fails', async () => {
    const { db, owner, other, input } = await setup();
    const study = createStudyAudited(db, owner.id, input);
    addMemberByEmail(db, study.id, other.email, 'editor', owner.id);
    expect(removeTeamMember(db, study.id, owner.id, owner.id)).toBe(false);
    auditDown(db);
    expect(() => removeTeamMember(db, study.id, other.id, owner.id)).toThrow(/audit down/);
    expect(listMembers(db, study.id).map((m) => m.userId)).toContain(other.id);
  });

  it('logs the removal of a member with the role it had', async () => {
    const { db, owner, other, input } = await setup();
    const study = createStudyAudited(db, owner.id, input);
    addMemberByEmail(db, study.id, other.email, 'editor', owner.id);
    expect(removeTeamMember(db, study.id, other.id, owner.id)).toBe(true);
    expect(memberRole(db, study.id, other.id)).toBeUndefined();
    const entry = listAudit(db, study.id).find((r) => r.action === 'team.remove')!;
    expect(entry.before).toBe('editor');
  });
});
