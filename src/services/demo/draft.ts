import type { Db } from '../../../db/client';
import { appendAudit } from '../../../db/audit';
import { countItems, loadDraft } from '../../../db/draft/draft';
import { renameCluster } from '../../../db/draft/clusters';
import { mergeItems } from '../../../db/draft/items';
import { changeItem } from '../../../db/draft/versions';
import { findStudy } from '../../../db/studies/studies';
import { inline, proposeDraft } from '../draft/run-extraction';
import { editDraft } from './edited';

/**
 * Proposes the demo draft from the demo cases, then makes a few edits a researcher would make (a sharper
 * wording, two near-duplicates merged, a clearer cluster name) so the history pages have something to show,
 * and finally the editorial pass that turns the proposal into the edited draft the panel sees ({@link editDraft}).
 * Does nothing when the study already has a draft.
 */
export async function seedDraft(db: Db, studyId: number, userId: number): Promise<void> {
  const study = findStudy(db, studyId);
  if (!study || countItems(db, studyId) > 0) return;
  // Inline: the demo is seeded at start, before any request could wait on it.
  const res = await proposeDraft(db, study, userId, 'rubrics', inline);
  if (res.kind !== 'proposed') return;
  const d = loadDraft(db, studyId);
  const byEvidence = [...d.items].sort(
    (a, b) => (d.evidence.get(b.id)?.cases ?? 0) - (d.evidence.get(a.id)?.cases ?? 0),
  );

  const first = byEvidence[0];
  if (first) {
    const text = first.text.replace(/\.$/, '') + ' en legt de afspraak schriftelijk vast.';
    changeItem(db, studyId, first.id, first.version, { text }, 'edit', {
      userId,
      reason: 'concreter in gedragstermen (teambespreking)',
    });
  }

  // Two items of one cluster that say nearly the same: merged into the one with more evidence.
  const pair = d.clusters
    .map((c) => d.items.filter((i) => i.clusterId === c.id && i.id !== first?.id))
    .find((list) => list.length >= 2);
  if (pair) {
    const [keep, other] = pair as [(typeof pair)[number], (typeof pair)[number]];
    mergeItems(
      db,
      studyId,
      keep.id,
      new Map([
        [keep.id, keep.version],
        [other.id, other.version],
      ]),
      keep.text,
      {
        userId,
        reason: 'zelfde handeling, andere woorden',
      },
    );
    appendAudit(db, {
      studyId,
      userId,
      action: 'item.merge',
      entity: 'item',
      entityId: keep.id,
      summary: `#${other.id} → #${keep.id}`,
    });
  }

  const cluster = d.clusters.find((c) => c.parentId === null);
  if (cluster) {
    renameCluster(db, studyId, cluster.id, 'Kennismaken en de hulpvraag verhelderen');
    appendAudit(db, {
      studyId,
      userId,
      action: 'cluster.rename',
      entity: 'cluster',
      entityId: cluster.id,
      summary: `${cluster.label} → Kennismaken en de hulpvraag verhelderen`,
    });
  }
  editDraft(db, studyId, userId);
}
