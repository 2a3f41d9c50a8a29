import { z } from 'zod';
import type { ConsensusProtocol } from '../consensus';

const band = z.union([
  z.literal('top'),
  z.literal('bottom'),
  z.object({ from: z.number().int(), to: z.number().int() }),
]);
const base = { decideOn: z.enum(['importance', 'frequency', 'both']), countIncomplete: z.boolean() };

/** The engine's protocol type as stored in protocols.config. */
export const storedProtocolSchema = z.discriminatedUnion('preset', [
  z.object({ ...base, preset: z.literal('comet') }),
  z.object({ ...base, preset: z.literal('rand') }),
  z.object({
    ...base,
    preset: z.literal('percent'),
    thresholdPercent: z.number(),
    iqrBound: z.boolean(),
    out: z.boolean(),
  }),
  z.object({
    ...base,
    preset: z.literal('custom'),
    thresholdPercent: z.number(),
    agreementBand: band,
    maxIqr: z.number().nullable(),
    maxDi: z.number().nullable(),
    out: z.object({ thresholdPercent: z.number(), band }).nullable(),
  }),
]);

/** A stored config read back; null when it is not a protocol (the default then applies). */
export function parseStoredProtocol(config: unknown): ConsensusProtocol | null {
  const parsed = storedProtocolSchema.safeParse(config);
  return parsed.success ? (parsed.data as ConsensusProtocol) : null;
}
