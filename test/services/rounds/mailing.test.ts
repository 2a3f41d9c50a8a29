import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../../db/client';
import { memberChecksOf, publishRoundMemberCheck } from '../../../db/rounds/progress';
import { findRound, updateRound } from '../../../db/rounds/rounds';
import { auditLog, reminders } from '../../../db/schema';
import { closeRound } from '../../../src/services/decisions/close-round';
import {
  copyReminderLinks,
  mailingCsv,
  saveMailTemplate,
  sendMailing,
} from '../../../src/services/rounds/mailing';
import { loadEnv } from '../../../src/env';
import { addPanel, KEY, openedRound, roundsWorld } from '../../rounds/_fixture';

/** From now on every audit insert fails, as a full disk or a broken log would. */
function breakAudit(db: Db) {
  db.run(
    sql.raw(
      "CREATE TRIGGER audit_fails BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'audit down'); END",
    ),
  );
}

async function openRoundWithPanel() {
  const w = await roundsWorld();
  addPanel(w.db, w.studyId);
  const round = openedRound(w.db, w.userId, w.studyId, { kind: 'rating', closesAt: '2031-03-07' });
  const m = (mailing: 'invitation' | 'reminder') => ({
    round: findRound(w.db, w.studyId, round.id)!,
    mailing,
    key: KEY,
    base: 'https://maatstaf.example',
    userId: w.userId,
  });
  return { ...w, round, m };
}

const auditActions = (db: Db, studyId: number) =>
  db
    .select()
    .from(auditLog)
    .where(eq(auditLog.studyId, studyId))
    .all()
    .map((a) => `${a.action} ${a.summary}`);

describe('mailing service', () => {
  it('records a reminder CSV download per recipient together with one audit entry naming channel and count', async () => {
    const w = await openRoundWithPanel();
    const { csv, fileName } = mailingCsv(w.db, w.m('reminder'), 'nl');
    expect(fileName).toBe(`herinnering-ronde-${w.round.number}.csv`);
    expect(csv).toContain('https://maatstaf.example/p/');
    expect(w.db.select().from(reminders).all()).toHaveLength(3);
    expect(auditActions(w.db, w.studyId)).toContain('round.reminder csv: 3');
  });

  it('writes reminders and their audit entry in one transaction: when the audit insert fails nothing is recorded', async () => {
    const w = await openRoundWithPanel();
    breakAudit(w.db);
    expect(() => copyReminderLinks(w.db, w.m('reminder'))).toThrow(/audit down/);
    expect(w.db.select().from(reminders).all()).toHaveLength(0);
  });

  it('records an invitation CSV only in the audit log, not as reminders', async () => {
    const w = await openRoundWithPanel();
    mailingCsv(w.db, w.m('invitation'), 'en');
    expect(w.db.select().from(reminders).all()).toHaveLength(0);
    expect(auditActions(w.db, w.studyId)).toContain('round.invitation csv: 3');
  });

  it('stores a template only when subject and body have text, and keeps it when the audit insert fails', async () => {
    const w = await openRoundWithPanel();
    expect(saveMailTemplate(w.db, w.m('reminder'), ' ', 'Beste {naam}').reminderTemplate).toBe('');
    breakAudit(w.db);
    expect(() => saveMailTemplate(w.db, w.m('reminder'), 'Onderwerp', 'Beste {naam}')).toThrow(/audit down/);
    expect(findRound(w.db, w.studyId, w.round.id)!.reminderTemplate).toBe('');
  });

  it('refuses to send without SMTP configured', async () => {
    const w = await openRoundWithPanel();
    expect(await sendMailing(w.db, loadEnv({}), w.m('invitation'), 'nl', '–')).toEqual({ ok: false });
  });
});

describe('publishRoundMemberCheck', () => {
  it('publishes the summary of a closed round with an audit entry counting the panellists', async () => {
    const w = await openRoundWithPanel();
    closeRound(w.db, w.round.id, w.userId);
    const round = findRound(w.db, w.studyId, w.round.id)!;
    expect(publishRoundMemberCheck(w.db, round, w.userId, 'Samenvatting')).toBeDefined();
    const entry = w.db.select().from(auditLog).where(eq(auditLog.action, 'round.member-check')).get()!;
    expect(JSON.parse(entry.after!)).toMatchObject({ panellists: 3 });
  });

  it('refuses a round that has not closed', async () => {
    const w = await openRoundWithPanel();
    expect(publishRoundMemberCheck(w.db, w.round, w.userId, 'Te vroeg')).toBeUndefined();
    expect(memberChecksOf(w.db, w.round.id)).toHaveLength(0);
  });

  it('writes the member check and its audit entry in one transaction: when the audit insert fails nothing is published', async () => {
    const w = await openRoundWithPanel();
    closeRound(w.db, w.round.id, w.userId);
    breakAudit(w.db);
    const round = findRound(w.db, w.studyId, w.round.id)!;
    expect(() => publishRoundMemberCheck(w.db, round, w.userId, 'Samenvatting')).toThrow(/audit down/);
    expect(memberChecksOf(w.db, w.round.id)).toHaveLength(0);
  });
});

describe('updateRound', () => {
  it('changes nothing when its audit insert fails', async () => {
    const w = await openRoundWithPanel();
    breakAudit(w.db);
    expect(() => updateRound(w.db, w.round, w.userId, { title: 'Nieuw' })).toThrow(/audit down/);
    expect(findRound(w.db, w.studyId, w.round.id)!.title).toBe(w.round.title);
  });
});
