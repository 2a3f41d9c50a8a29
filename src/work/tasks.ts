import { getPriority } from 'node:os';
import { findPii, pseudonymize } from '../pseudonymize';
import { proposeNew } from '../cluster';
import { buildProposal, extractFromCases } from '../draft/proposal';
import { renderHandbook } from '../handbook-data/render';
import { parsePanelCsv } from '../panel/csv';
import { newLinkSecrets } from '../tokens';
import { readUpload } from '../cases/upload';
import { longCasePreview } from './long-preview';
import { assembleReport } from '../report/assemble';

/**
 * The CPU-heavy pure functions that run in the worker pool instead of on the thread that serves autosaves.
 * Arguments and results cross the thread boundary by structured clone: plain data, Dates, Sets and Maps only.
 */
export const tasks = {
  pseudonymize,
  findPii,
  buildProposal,
  extractFromCases,
  proposeNew,
  renderHandbook,
  parsePanelCsv,
  newLinkSecrets,
  /** A rating round's report from its loaded input (statistics, decisions, groups, stability, attrition). */
  assembleReport,
  /** The pseudonymisation preview of a long case text, found, chosen, signed and rendered (UTF-8 bytes). */
  longCasePreview,
  /** Reading a .docx unpacks and parses XML; the upload's bytes are copied to the worker. */
  readUpload: (name: string, bytes: Uint8Array) =>
    readUpload({
      name,
      size: bytes.byteLength,
      arrayBuffer: async () =>
        bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    }),
  /** The worker thread's nice value (tests check that heavy work gives way to the request thread). */
  priority: () => getPriority(0),
  /** Holds a worker busy for `ms` (tests and the isolation benchmark use it to fill the pool). */
  spin: (ms: number) => {
    const until = Date.now() + ms;
    while (Date.now() < until);
    return ms;
  },
};

export type Tasks = typeof tasks;
export type TaskName = keyof Tasks;
