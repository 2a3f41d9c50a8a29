import { randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { appendAudit } from '../audit';
import type { Db } from '../client';
import { emailTaken, type Panellist } from './panel';
import {
  coverageAnswers,
  memberCheckResponses,
  panellists,
  participations,
  proposedActivities,
  ratingAnswers,
  reminders,
  reviewAnswers,
  studies,
} from '../schema';

/**
 * The panellist's own steps (consent, stopping) and the researcher's duties towards them (edit, erase, export
 * everything stored). Every change runs with its audit entry in one transaction; the log names the pseudonym,
 * never a name or address.
 */

const one = (db: Db, studyId: number, id: number) =>
  db
    .select()
    .from(panellists)
    .where(and(eq(panellists.studyId, studyId), eq(panellists.id, id)))
    .get();

/** Records that the panellist agreed to the information letter (once; later calls change nothing). */
export function recordConsent(db: Db, studyId: number, panellistId: number, now = new Date()): boolean {
  return db.transaction((tx) => {
    const t = tx as unknown as Db;
    const p = one(t, studyId, panellistId);
    if (!p || p.consentedAt || p.withdrawnAt) return false;
    t.update(panellists).set({ consentedAt: now }).where(eq(panellists.id, p.id)).run();
    appendAudit(t, {
      studyId,
      userId: null,
      action: 'panellist.consent',
      entity: 'panellist',
      entityId: p.id,
      summary: p.pseudonym,
    });
    return true;
  });
}

/** The panellist stops taking part through their own link: no answers are accepted afterwards. */
export function withdrawPanellist(db: Db, studyId: number, panellistId: number, now = new Date()): boolean {
  return db.transaction((tx) => {
    const t = tx as unknown as Db;
    const p = one(t, studyId, panellistId);
    if (!p || p.withdrawnAt) return false;
    t.update(panellists).set({ withdrawnAt: now }).where(eq(panellists.id, p.id)).run();
    appendAudit(t, {
      studyId,
      userId: null,
      action: 'panellist.withdraw',
      entity: 'panellist',
      entityId: p.id,
      summary: p.pseudonym,
    });
    return true;
  });
}

export type PanellistDetails = Pick<
  Panellist,
  'name' | 'email' | 'organisation' | 'role' | 'stakeholderGroup'
>;

/**
 * Corrects a panellist's details; the log names the fields that changed, not their values. Refused when a
 * changed e-mail address is already on the panel.
 */
export function editPanellist(
  db: Db,
  studyId: number,
  panellistId: number,
  details: PanellistDetails,
  userId: number,
): Panellist | 'duplicateEmail' | undefined {
  return db.transaction((tx) => {
    const t = tx as unknown as Db;
    const p = one(t, studyId, panellistId);
    if (!p || p.erasedAt) return undefined;
    const email = details.email?.toLowerCase();
    if (email && email !== (p.email ?? '').toLowerCase() && emailTaken(t, studyId, email))
      return 'duplicateEmail';
    const changed = (Object.keys(details) as (keyof PanellistDetails)[]).filter((k) => details[k] !== p[k]);
    const after = t.update(panellists).set(details).where(eq(panellists.id, p.id)).returning().get();
    if (changed.length)
      appendAudit(t, {
        studyId,
        userId,
        action: 'panellist.update',
        entity: 'panellist',
        entityId: p.id,
        summary: `${p.pseudonym}: ${changed.join(', ')}`,
      });
    return after;
  });
}

export type AnswersChoice = 'keep' | 'remove';

/**
 * Erases a panellist. `keep`: name, e-mail, organisation and role are wiped, the link stops working for good,
 * and the answers stay under the pseudonym. `remove`: the panellist and everything they answered are deleted.
 * The choice and the reason (already free of personal details) are logged.
 */
export function erasePanellist(
  db: Db,
  studyId: number,
  panellistId: number,
  choice: AnswersChoice,
  reason: string,
  userId: number,
): boolean {
  return db.transaction((tx) => {
    const t = tx as unknown as Db;
    const p = one(t, studyId, panellistId);
    if (!p) return false;
    if (choice === 'remove') t.delete(panellists).where(eq(panellists.id, p.id)).run();
    else {
      const now = new Date();
      t.update(panellists)
        .set({
          name: '',
          email: null,
          organisation: '',
          role: '',
          // A random hash no token can have: the old link is dead and cannot be derived again.
          tokenHash: `erased-${randomBytes(16).toString('hex')}`,
          revokedAt: p.revokedAt ?? now,
          erasedAt: now,
        })
        .where(eq(panellists.id, p.id))
        .run();
      // A failed delivery's message can hold the address.
      t.update(reminders).set({ error: null }).where(eq(reminders.panellistId, p.id)).run();
    }
    appendAudit(t, {
      studyId,
      userId,
      action: 'panellist.erase',
      entity: 'panellist',
      entityId: p.id,
      summary: `${p.pseudonym}: answers ${choice === 'keep' ? 'kept' : 'removed'}`,
      after: { answers: choice, reason },
    });
    return true;
  });
}

/** Everything stored about one panellist, for a request to see one's data (AVG art. 15). No link secrets. */
export function panellistRecord(db: Db, studyId: number, panellistId: number) {
  const p = one(db, studyId, panellistId);
  if (!p) return undefined;
  const { tokenSalt: _s, tokenHash: _h, ...person } = p;
  return {
    panellist: person,
    participations: db.select().from(participations).where(eq(participations.panellistId, p.id)).all(),
    ratingAnswers: db.select().from(ratingAnswers).where(eq(ratingAnswers.panellistId, p.id)).all(),
    reviewAnswers: db.select().from(reviewAnswers).where(eq(reviewAnswers.panellistId, p.id)).all(),
    coverageAnswers: db.select().from(coverageAnswers).where(eq(coverageAnswers.panellistId, p.id)).all(),
    proposedActivities: db
      .select()
      .from(proposedActivities)
      .where(eq(proposedActivities.panellistId, p.id))
      .all(),
    memberCheckResponses: db
      .select()
      .from(memberCheckResponses)
      .where(eq(memberCheckResponses.panellistId, p.id))
      .all(),
    reminders: db.select().from(reminders).where(eq(reminders.panellistId, p.id)).all(),
  };
}

/** What the information letter names, for the panellist's first page. */
export function letterFacts(db: Db, studyId: number) {
  return db
    .select({
      title: studies.title,
      lang: studies.lang,
      infoLetter: studies.infoLetter,
      contact: studies.contact,
      ethicsRef: studies.ethicsRef,
      retentionUntil: studies.retentionUntil,
    })
    .from(studies)
    .where(eq(studies.id, studyId))
    .get();
}
