import { findProtocolRow, DEFAULT_MAX_ROUNDS, type ProtocolInForce } from '../../../db/decisions/consensus';
import type { Db } from '../../../db/client';
import { DEFAULT_PROTOCOL, type ConsensusProtocol } from '../../consensus';
import { parseStoredProtocol } from '../../decisions/protocol-schema';

/** The protocol in force for a study: the newest saved version, else COMET on importance with 3 rounds. */
export function protocolInForce(db: Db, studyId: number): ProtocolInForce {
  const row = findProtocolRow(db, studyId);
  const stored: ConsensusProtocol | null = row ? parseStoredProtocol(row.config) : null;
  if (!row || !stored) {
    return {
      protocol: DEFAULT_PROTOCOL,
      maxRounds: DEFAULT_MAX_ROUNDS,
      id: null,
      isDefault: true,
      reason: '',
      createdAt: null,
    };
  }
  return {
    protocol: stored,
    maxRounds: row.maxRounds,
    id: row.id,
    isDefault: false,
    reason: row.reason,
    createdAt: row.createdAt,
  };
}
