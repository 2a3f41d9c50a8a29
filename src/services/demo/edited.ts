import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { appendAudit } from '../../../db/audit';
import { loadDraft } from '../../../db/draft/draft';
import { addCluster } from '../../../db/draft/clusters';
import { mergeItems } from '../../../db/draft/items';
import { changeItem, insertItem } from '../../../db/draft/versions';
import { clusters, items } from '../../../db/schema';
import { EDITED, PANEL_ADDED, type EditedItem } from './edited-standard';

export type { DemoCriteria, EditedCluster, EditedItem } from './edited-standard';

const editedItems = () => [...EDITED.flatMap((c) => c.subAspects.flatMap((s) => s.items)), ...PANEL_ADDED];
const stem = (s: string) => s.replace(/[.,]?\s*$/, '').toLowerCase();

/** The edited activity an item text stems from (also after a panel's reformulation that adds words). */
export function editedItemFor(text: string): EditedItem | undefined {
  const t = text.toLowerCase();
  return editedItems().find((x) => [x.text, x.reworded ?? x.text].some((w) => t.startsWith(stem(w))));
}

/** Where an activity stands in the edited standard (the panel's additions last); for ordering a version. */
export function editedOrder(text: string): number {
  const x = editedItemFor(text);
  const i = x ? editedItems().indexOf(x) : -1;
  return i < 0 ? Number.MAX_SAFE_INTEGER : i;
}

/**
 * The researcher's editorial pass over the proposed draft: the edited clusters and sub-aspects are made, each
 * edited activity takes over the extracted activities of its phase that say the same (merged, so their case
 * evidence stays with it), extracted activities left over are removed with a reason, and the emptied clusters
 * of the proposal go. Every change is a recorded item version.
 */
export function editDraft(db: Db, studyId: number, userId: number): void {
  const d = loadDraft(db, studyId);
  const oldClusters = d.clusters.map((c) => c.id);
  const free = new Map(d.items.filter((x) => x.status === 'active').map((x) => [x.id, x]));
  const actor = { userId, reason: 'redactie: in gedragstermen en ingedeeld naar aspecten van de hulp' };
  for (const c of EDITED) {
    const top = addCluster(db, studyId, null, c.label);
    for (const s of c.subAspects) {
      const sub = addCluster(db, studyId, top.id, s.label);
      for (const [position, x] of s.items.entries()) {
        const hits = [...free.values()]
          .filter((i) => i.phaseId === x.phase && x.match.test(i.text))
          .slice(0, 6);
        for (const h of hits) free.delete(h.id);
        let id: number;
        if (hits.length > 1) {
          const res = mergeItems(
            db,
            studyId,
            hits[0]!.id,
            new Map(hits.map((h) => [h.id, h.version])),
            x.text,
            actor,
          );
          if (!res.ok) throw new Error(`demo: merging ${hits.map((h) => h.id).join(', ')} failed`);
          id = res.target.id;
        } else if (hits.length === 1) {
          const res = changeItem(db, studyId, hits[0]!.id, undefined, { text: x.text }, 'edit', actor);
          if (!res.ok) throw new Error(`demo: editing ${hits[0]!.id} failed`);
          id = res.item.id;
        } else {
          id = insertItem(
            db,
            studyId,
            { text: x.text, clusterId: sub.id, phaseId: x.phase, origin: 'manual' },
            actor,
          ).id;
        }
        changeItem(
          db,
          studyId,
          id,
          undefined,
          { clusterId: sub.id, phaseId: x.phase, position },
          'move',
          actor,
        );
      }
    }
  }
  for (const x of free.values())
    changeItem(db, studyId, x.id, undefined, { status: 'deleted' }, 'delete', {
      userId,
      reason: 'redactie: één gebeurtenis uit één casus, geen algemene handeling',
    });
  // The proposal's clusters are empty now (their items were merged, moved or removed).
  const stillUsed = db
    .select({ id: items.clusterId })
    .from(items)
    .where(and(eq(items.studyId, studyId), eq(items.status, 'active')))
    .all()
    .map((r) => r.id);
  const empty = oldClusters.filter((id) => !stillUsed.includes(id));
  if (empty.length) db.delete(clusters).where(inArray(clusters.id, empty)).run();
  appendAudit(db, {
    studyId,
    userId,
    action: 'draft.edit',
    entity: 'study',
    entityId: studyId,
    summary: `redactie: ${editedItems().length - PANEL_ADDED.length} handelingen in ${EDITED.length} clusters`,
  });
}
