import { appendAudit } from '../../../db/audit';
import type { Db } from '../../../db/client';
import { loadDraft } from '../../../db/draft/draft';
import { criteriaOf } from '../../../db/draft/item-import';
import { createVersionFromPlan, StandardError, type StandardVersion } from '../../../db/standard/standard';
import { lastDecisions, validRatings } from '../../../db/standard/source';
import type { Study } from '../../../db/studies/studies';
import { numberDraft } from '../../draft/numbering';
import { medianOf } from '../../standard/medians';
import { planStandard } from '../../standard/plan';

/**
 * A draft standard from every item whose final decision is "in" (from the last closed rating round that
 * rated it), in the draft's order, with medians, criticality and 2×2 class. Throws StandardError('nothing-decided') when there is
 * nothing to build from.
 */
export function createFromDecisions(db: Db, study: Study, userId: number): StandardVersion {
  const decided = lastDecisions(db, study.id).filter((d) => d.final === 'in');
  const ratings = validRatings(
    db,
    decided.map((d) => d.roundItemId),
  );
  const draft = loadDraft(db, study.id);
  const { itemNo } = numberDraft(draft.clusters, draft.items);
  const plan = planStandard(
    decided.map((d) => {
      const r = ratings.get(d.roundItemId) ?? { importance: [], frequency: [] };
      return {
        ...d,
        draftNumber: itemNo.get(d.refId),
        importanceMedian: medianOf(r.importance, study.importanceScale),
        frequencyMedian: medianOf(r.frequency, study.frequencyScale),
      };
    }),
    study.importanceScale,
    study.lang === 'en'
      ? { general: 'General', unclustered: 'Other activities' }
      : { general: 'Algemeen', unclustered: 'Overige handelingen' },
  );
  if (plan.length === 0) throw new StandardError('nothing-decided', 'no decided items');
  const imported = criteriaOf(db, study.id);
  for (const it of plan.flatMap((c) => c.subAspects.flatMap((s) => s.items))) {
    const crit = imported.get(it.sourceItemId);
    if (crit)
      Object.assign(
        it,
        crit.normPercentage === null
          ? { criterion: crit.criterion }
          : { criterion: crit.criterion, normPercentage: crit.normPercentage, normUnit: crit.normUnit },
      );
  }
  return createVersionFromPlan(db, study.id, userId, plan);
}

/**
 * A researcher starts the standard from the decisions: the draft of `createFromDecisions` and its audit entry
 * in one transaction. `label` names the version in the audit summary.
 */
export function draftFromDecisions(
  db: Db,
  study: Study,
  userId: number,
  label: (n: number) => string,
): StandardVersion {
  return db.transaction((tx) => {
    const t = tx as unknown as Db;
    const v = createFromDecisions(t, study, userId);
    appendAudit(t, {
      studyId: study.id,
      userId,
      action: 'standard.create',
      entity: 'standard_version',
      entityId: v.id,
      summary: label(v.number),
    });
    return v;
  });
}
