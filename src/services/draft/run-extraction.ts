import type { Db } from '../../../db/client';
import { appendAudit } from '../../../db/audit';
import { caseTexts } from '../../../db/cases/cases';
import { countItems, loadDraft, spansSeen } from '../../../db/draft/draft';
import { insertSuggestions, storeProposal } from '../../../db/draft/proposal';
import type { Study } from '../../../db/studies/studies';
import { proposeNew } from '../../cluster';
import { pool } from '../../work/pool';
import {
  buildProposal,
  extractFromCases,
  filterSuggestions,
  normalise,
  SeenSpans,
  type Grouping,
  type Proposal,
} from '../../draft/proposal';

export type ProposeOutcome =
  | { kind: 'noCases' }
  | { kind: 'exists' }
  | { kind: 'noActivities'; emptyCases: number[] }
  | { kind: 'proposed'; items: number; clusters: number; subAspects: number; emptyCases: number[] };

/** Where extraction and clustering run: the worker pool for requests, the same functions inline for the demo. */
export interface Engines {
  buildProposal: (...a: Parameters<typeof buildProposal>) => Proposal | Promise<Proposal>;
  extractFromCases: (
    ...a: Parameters<typeof extractFromCases>
  ) => ReturnType<typeof extractFromCases> | Promise<ReturnType<typeof extractFromCases>>;
  proposeNew: (
    ...a: Parameters<typeof proposeNew>
  ) => ReturnType<typeof proposeNew> | Promise<ReturnType<typeof proposeNew>>;
}

export const inline: Engines = { buildProposal, extractFromCases, proposeNew };
export const inPool: Engines = {
  buildProposal: (...a) => pool().run('buildProposal', a),
  extractFromCases: (...a) => pool().run('extractFromCases', a),
  proposeNew: (...a) => pool().run('proposeNew', a),
};

/** Proposes the first draft from all the study's cases and stores it (refused once a draft exists). */
export async function proposeDraft(
  db: Db,
  study: Study,
  userId: number,
  grouping: Grouping,
  engines: Engines = inPool,
): Promise<ProposeOutcome> {
  if (countItems(db, study.id) > 0) return { kind: 'exists' };
  const cases = caseTexts(db, study.id);
  if (cases.length === 0) return { kind: 'noCases' };
  const proposal = await engines.buildProposal(cases, { lang: study.lang, grouping, phases: study.phases });
  if (proposal.items.length === 0) return { kind: 'noActivities', emptyCases: proposal.emptyCases };
  return db.transaction((t): ProposeOutcome => {
    const tx = t as unknown as Db;
    // Someone may have proposed a draft while this one was computed.
    if (countItems(tx, study.id) > 0) return { kind: 'exists' };
    const stored = storeProposal(tx, study.id, proposal, { userId });
    appendAudit(tx, {
      studyId: study.id,
      userId,
      action: 'draft.propose',
      entity: 'draft',
      after: { items: stored.items, clusters: stored.clusters, grouping, cases: cases.length },
    });
    return { kind: 'proposed', ...stored, emptyCases: proposal.emptyCases };
  });
}

export type RerunOutcome =
  { kind: 'noCases' } | { kind: 'suggested'; newItems: number; newEvidence: number; emptyCases: number[] };

/**
 * Runs extraction again over all cases and stores only what is new as open suggestions: activities like an
 * active item become evidence suggestions for it, the rest new-item suggestions. Nothing already linked,
 * suggested or rejected comes back, and no item is changed.
 */
export async function rerunExtraction(
  db: Db,
  study: Study,
  userId: number,
  engines: Engines = inPool,
): Promise<RerunOutcome> {
  const cases = caseTexts(db, study.id);
  if (cases.length === 0) return { kind: 'noCases' };
  const { acts, emptyCases } = await engines.extractFromCases(cases, study.lang);
  const active = loadDraft(db, study.id).items.filter((i) => i.status === 'active');
  const proposals = await engines.proposeNew(
    active.map((i) => ({ id: i.id, text: i.text })),
    acts,
    { lang: study.lang },
  );
  const textOf = new Map(active.map((i) => [i.id, i.text]));
  // What was already seen is read in the transaction that stores the suggestions, so two runs at once cannot
  // both suggest the same span.
  return db.transaction((t): RerunOutcome => {
    const tx = t as unknown as Db;
    const seen = spansSeen(tx, study.id);
    const list = filterSuggestions(
      {
        newItems: proposals.newItems,
        newEvidence: proposals.newEvidence.map((e) => ({ ...e, text: textOf.get(e.itemId) ?? '' })),
      },
      new SeenSpans(seen.spans),
      new Set(seen.rejectedTexts.map(normalise)),
    );
    insertSuggestions(tx, study.id, list);
    const newItems = list.filter((s) => s.kind === 'new-item').length;
    appendAudit(tx, {
      studyId: study.id,
      userId,
      action: 'draft.rerun',
      entity: 'draft',
      after: { newItems, newEvidence: list.length - newItems },
    });
    return { kind: 'suggested', newItems, newEvidence: list.length - newItems, emptyCases };
  });
}
