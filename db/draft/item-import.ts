import { and, eq } from 'drizzle-orm';
import { appendAudit } from '../audit';
import type { Db } from '../client';
import type { Cluster } from './draft';
import { addCluster } from './clusters';
import { insertItem } from './versions';
import { clusters, itemCriteria, items } from '../schema';

export interface ImportItem {
  cluster: string;
  subAspect: string;
  phaseId: string | null;
  wording: string;
  criterion: string;
  normPercentage: number | null;
  normUnit: string;
}

export interface ImportSource {
  kind: 'csv' | 'xlsx' | 'standard' | 'qdc';
  fileName: string;
}

/** Wordings of the draft's active items, to refuse duplicates before anything is stored. */
export function activeWordings(db: Db, studyId: number): string[] {
  return db
    .select({ text: items.text })
    .from(items)
    .where(and(eq(items.studyId, studyId), eq(items.status, 'active')))
    .all()
    .map((r) => r.text);
}

/**
 * Adds checked rows to the draft in one transaction: clusters and sub-aspects are found by label (letter case
 * ignored) or created, each row becomes an item with origin 'import' and its first version, criterion and norm
 * are kept beside it, and one audit entry names the file. Any failure rolls the whole import back.
 */
export function importItems(
  db: Db,
  studyId: number,
  rows: readonly ImportItem[],
  source: ImportSource,
  userId: number,
): { items: number; clusters: number } {
  return db.transaction((t) => {
    const tx = t as unknown as Db;
    const known = tx.select().from(clusters).where(eq(clusters.studyId, studyId)).all();
    let created = 0;
    const find = (label: string, parentId: number | null): Cluster => {
      const key = label.toLowerCase();
      const hit = known.find((c) => c.parentId === parentId && c.label.toLowerCase() === key);
      if (hit) return hit;
      const c = addCluster(tx, studyId, parentId, label);
      known.push(c);
      created++;
      return c;
    };
    const reason = `import: ${source.fileName}`;
    for (const r of rows) {
      const top = r.cluster ? find(r.cluster, null) : undefined;
      const target = top && r.subAspect ? find(r.subAspect, top.id) : top;
      const item = insertItem(
        tx,
        studyId,
        { text: r.wording, clusterId: target?.id ?? null, phaseId: r.phaseId, origin: 'import' },
        { userId, reason },
      );
      if (r.criterion || r.normPercentage !== null)
        tx.insert(itemCriteria)
          .values({
            itemId: item.id,
            criterion: r.criterion,
            normPercentage: r.normPercentage,
            normUnit: r.normUnit,
          })
          .run();
    }
    appendAudit(tx, {
      studyId,
      userId,
      action: 'items.import',
      entity: 'study',
      entityId: studyId,
      summary: `${source.fileName} (${source.kind}): ${rows.length} items, ${created} new clusters`,
    });
    return { items: rows.length, clusters: created };
  });
}

/** Criterion and norm that came with imported items, by item id. */
export function criteriaOf(db: Db, studyId: number) {
  const rows = db
    .select({
      itemId: itemCriteria.itemId,
      criterion: itemCriteria.criterion,
      normPercentage: itemCriteria.normPercentage,
      normUnit: itemCriteria.normUnit,
    })
    .from(itemCriteria)
    .innerJoin(items, eq(items.id, itemCriteria.itemId))
    .where(eq(items.studyId, studyId))
    .all();
  return new Map(rows.map((r) => [r.itemId, r]));
}

/** How many draft items (any status) came from an import, for the handbook's accounting. */
export function importedItemCount(db: Db, studyId: number): number {
  return db
    .select({ id: items.id })
    .from(items)
    .where(and(eq(items.studyId, studyId), eq(items.origin, 'import')))
    .all().length;
}
