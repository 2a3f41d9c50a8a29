import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { listPanellists } from '../../../db/panel/panel';
import { poolOf } from '../../../db/rounds/pools';
import {
  invitationRecipients,
  memberChecksOf,
  participationRows,
  reminderHistory,
  reminderRecipients,
} from '../../../db/rounds/progress';
import { isRealtime } from '../../../db/rounds/realtime';
import { findRound, roundItemsOf, type Round } from '../../../db/rounds/rounds';
import { selectionView } from '../../services/rounds/selection';
import type { FieldErrors } from '../../../views/components/form';
import { Dashboard } from '../../../views/pages/rounds/dashboard';
import { Invitations } from '../../../views/pages/rounds/invitations';
import { PoolForm } from '../../../views/pages/rounds/pool';
import { RealtimeForm } from '../../../views/pages/rounds/realtime';
import { Reminders } from '../../../views/pages/rounds/reminders';
import { RoundPage } from '../../../views/pages/rounds/show';
import { page } from '../../http/render';
import type { StudyEnv } from '../../http/study-access';
import { smtpConfigured } from '../../mail/transport';
import { tallyParticipation } from '../../rounds/progress';
import { mailTemplate } from '../../rounds/mail-merge';
import { letterGaps } from '../../panel/info-letter';
import { findProtocolRow } from '../../../db/decisions/consensus';

/** The round page and the parts every round route answers with; the route modules import this, not each other. */
export type C = Context<StudyEnv>;

export function roundOf(c: C): Round {
  const round = findRound(c.var.db, c.var.study.id, Number(c.req.param('roundId')));
  if (!round) throw new HTTPException(404);
  return round;
}

/** A template form refused with 422: the subject and body as entered (cut to their limit) and the messages. */
export interface TemplateEntry {
  subject: string;
  body: string;
  errors: FieldErrors;
}

export interface ReminderExtra {
  links?: { pseudonym: string; url: string }[];
  result?: string;
  entered?: TemplateEntry;
}

const settingsValues = (r: Round) => ({
  title: r.title,
  instructions: r.instructions,
  opensAt: r.opensAt ?? '',
  closesAt: r.closesAt ?? '',
  askRelevance: r.askRelevance ? '1' : '',
  feedbackByGroup: r.feedbackByGroup ? '1' : '',
  graceHours: String(r.graceHours),
});

export function dashboard(c: C, round: Round) {
  const { total, groups } = tallyParticipation(participationRows(c.var.db, round.id));
  return (
    <Dashboard
      t={c.var.t}
      url={`/studies/${c.var.study.id}/rounds/${round.id}/progress`}
      live={round.status === 'open'}
      total={total}
      groups={groups}
    />
  );
}

function invitationSection(c: C, round: Round, result?: string, entered?: TemplateEntry) {
  const tpl = mailTemplate(round, 'invitation', c.var.study.lang);
  return (
    <Invitations
      t={c.var.t}
      csrf={c.var.csrf}
      base={`/studies/${c.var.study.id}/rounds/${round.id}`}
      recipients={invitationRecipients(c.var.db, round.id).length}
      smtp={smtpConfigured(c.var.config)}
      subject={entered?.subject ?? tpl.subject}
      body={entered?.body ?? tpl.body}
      errors={entered?.errors}
      result={result}
    />
  );
}

function reminderSection(c: C, round: Round, extra: ReminderExtra = {}) {
  const tpl = mailTemplate(round, 'reminder', c.var.study.lang);
  return (
    <Reminders
      t={c.var.t}
      csrf={c.var.csrf}
      base={`/studies/${c.var.study.id}/rounds/${round.id}`}
      pending={reminderRecipients(c.var.db, round.id).length}
      smtp={smtpConfigured(c.var.config)}
      subject={extra.entered?.subject ?? tpl.subject}
      body={extra.entered?.body ?? tpl.body}
      errors={extra.entered?.errors}
      history={reminderHistory(c.var.db, round.id)}
      links={extra.links}
      result={extra.result}
    />
  );
}

/** The round page; `extra` carries a notice, an error, or a reminder result / link list. */
export function showRound(
  c: C,
  round: Round,
  extra: {
    notice?: string;
    error?: string;
    errors?: FieldErrors;
    values?: Record<string, string>;
    memberCheck?: { summary: string; error: string };
    /** A refused selection: the ticked items and the reason as entered, with the message for the reason. */
    selection?: { ids: number[]; reason: string; error: string };
    reminders?: ReminderExtra;
    /** The result of sending or saving the invitation. */
    invitation?: string;
    invitationEntered?: TemplateEntry;
    pool?: { values: Record<string, string>; errors: FieldErrors };
  } = {},
  status: 200 | 422 | 409 = 200,
) {
  const { db, study, t } = c.var;
  let selection;
  if (round.status === 'draft' && round.subject === 'items') {
    const sel = selectionView(db, round, extra.selection?.ids);
    selection = {
      groups: sel.groups,
      total: sel.all.length,
      chosen: sel.chosen,
      carriedFrom: sel.carried && sel.decidedRounds.length ? sel.decidedRounds : null,
      reason: extra.selection?.reason ?? '',
      reasonError: extra.selection?.error,
    };
  }
  return page(
    c,
    round.title,
    <RoundPage
      t={t}
      csrf={c.var.csrf}
      study={study}
      round={round}
      canEdit={c.var.role !== 'viewer'}
      letterGaps={round.status === 'draft' ? letterGaps(study) : undefined}
      noProtocol={round.status === 'draft' && round.kind === 'rating' && !findProtocolRow(db, study.id)}
      notice={extra.notice}
      error={extra.error}
      errors={extra.errors}
      values={extra.values ?? settingsValues(round)}
      selection={selection}
      snapshot={round.status === 'draft' ? [] : roundItemsOf(db, round.id)}
      dashboard={round.status === 'draft' ? undefined : dashboard(c, round)}
      reminders={
        round.status === 'open' && c.var.role !== 'viewer' ? (
          <>
            {invitationSection(c, round, extra.invitation, extra.invitationEntered)}
            {reminderSection(c, round, extra.reminders)}
          </>
        ) : undefined
      }
      checks={memberChecksOf(db, round.id)}
      memberCheck={extra.memberCheck}
      pool={
        round.kind === 'rating' && round.status === 'draft' && c.var.role !== 'viewer' ? (
          <>
            <RealtimeForm
              t={t}
              csrf={c.var.csrf}
              action={`/studies/${study.id}/rounds/${round.id}/realtime`}
              on={isRealtime(db, round.id)}
            />
            <PoolForm
              t={t}
              csrf={c.var.csrf}
              action={`/studies/${study.id}/rounds/${round.id}/pool`}
              pool={poolOf(db, round.id)}
              items={selection?.chosen.size ?? 0}
              panel={listPanellists(db, study.id).filter((p) => !p.revokedAt).length}
              values={extra.pool?.values}
              errors={extra.pool?.errors}
            />
          </>
        ) : undefined
      }
    />,
    { status, wide: true },
  );
}
