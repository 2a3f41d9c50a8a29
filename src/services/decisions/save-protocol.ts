import { appendAudit } from '../../../db/audit';
import type { Db } from '../../../db/client';
import { insertProtocol, ratingRoundOpened, type ProtocolRow } from '../../../db/decisions/consensus';
import { listStudyRounds } from '../../../db/report/report';
import type { ConsensusProtocol } from '../../consensus';
import { decideRound } from './decide-round';
import { protocolInForce } from './protocol-in-force';

export interface ProtocolInput {
  protocol: ConsensusProtocol;
  maxRounds: number;
  reason: string;
}

export class ReasonRequired extends Error {}

/**
 * Saves a new version of the study's protocol. Once a rating round has opened a reason is required
 * (throws ReasonRequired without one); closed rating rounds are then decided again, keeping overrides.
 */
export function saveProtocol(db: Db, studyId: number, userId: number, input: ProtocolInput): ProtocolRow {
  const locked = ratingRoundOpened(db, studyId);
  if (locked && !input.reason.trim())
    throw new ReasonRequired('a reason is required once a rating round opened');
  // The raw client's transaction, so that every drizzle call on `db` (and decideRound's raw statements) joins it.
  return db.$client.transaction(() => {
    const t = db;
    const before = protocolInForce(t, studyId);
    const row = insertProtocol(t, studyId, userId, { ...input, reason: input.reason.trim() });
    appendAudit(t, {
      studyId,
      userId,
      action: locked ? 'protocol.change' : 'protocol.save',
      entity: 'protocol',
      entityId: row.id,
      // Data only: the audit page describes the rule in the reader's language (src/studies/audit-summary.ts).
      before: before.isDefault ? null : { ...before.protocol, maxRounds: before.maxRounds },
      after: { ...input.protocol, maxRounds: input.maxRounds, reason: input.reason.trim() },
    });
    if (locked) {
      for (const r of listStudyRounds(t, studyId)) {
        if (r.kind === 'rating' && r.status === 'closed') decideRound(t, r.id, userId);
      }
    }
    return row;
  })();
}
