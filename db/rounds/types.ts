import type { roundClusters, roundItems, rounds } from '../schema';

/**
 * Row and result types shared by the round query modules, here so that a module `rounds.ts` imports (pools,
 * snapshot) need not import it back.
 */
export type Round = typeof rounds.$inferSelect;
export type RoundItem = typeof roundItems.$inferSelect;
export type RoundCluster = typeof roundClusters.$inferSelect;

/** The outcome of processing a review suggestion or a proposed activity between rounds. */
export type ProcessResult = { ok: true } | { ok: false; error: 'notFound' | 'done' | 'stale' | 'noText' };
