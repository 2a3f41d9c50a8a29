import type Database from 'better-sqlite3';
import type { Db } from '../client';

/** Where each item and cluster of an opened round sits among its pages (one page per cluster). */
export interface RoundShape {
  pages: number;
  items: number;
  pageOfItem: Map<number, number>;
  pageOfCluster: Map<number, number>;
}

interface Stmts {
  clusters: Database.Statement;
  items: Database.Statement;
  answered: Database.Statement;
  allocation: Database.Statement;
}

/** An opened round's clusters in page order and the cluster of each item: frozen at opening like its snapshot. */
interface Layout {
  shape: RoundShape;
  clusters: { id: number; number: string }[];
  clusterOfItem: Map<number, string>;
}

const stmtCache = new WeakMap<Database.Database, Stmts>();
const layoutCache = new WeakMap<Database.Database, Map<number, Layout>>();

function stmts(db: Db): Stmts {
  const c = db.$client;
  let s = stmtCache.get(c);
  if (s) return s;
  s = {
    clusters: c.prepare('select id, number from round_clusters where round_id = ? order by position, id'),
    items: c.prepare('select id, cluster_number as clusterNumber from round_items where round_id = ?'),
    answered: c.prepare('select answered as n from participations where id = ?'),
    allocation: c
      .prepare(
        'select round_item_id from round_allocations where round_id = ? and panellist_id = ? order by position',
      )
      .pluck(),
  };
  stmtCache.set(c, s);
  return s;
}

/**
 * The page layout of an opened round. Its snapshot is frozen at opening, so the layout is computed once per
 * round and kept; only call this for rounds that are open or closed.
 */
export function roundShape(db: Db, roundId: number): RoundShape {
  return layoutOf(db, roundId).shape;
}

function layoutOf(db: Db, roundId: number): Layout {
  let perDb = layoutCache.get(db.$client);
  if (!perDb) layoutCache.set(db.$client, (perDb = new Map()));
  const hit = perDb.get(roundId);
  if (hit) return hit;
  const s = stmts(db);
  const clusters = s.clusters.all(roundId) as { id: number; number: string }[];
  const items = s.items.all(roundId) as { id: number; clusterNumber: string }[];
  const pageOfNumber = new Map(clusters.map((k, i) => [k.number, i + 1]));
  const layout: Layout = {
    shape: {
      pages: clusters.length,
      items: items.length,
      pageOfCluster: new Map(clusters.map((k, i) => [k.id, i + 1])),
      pageOfItem: new Map(items.map((it) => [it.id, pageOfNumber.get(it.clusterNumber) ?? 1])),
    },
    clusters,
    clusterOfItem: new Map(items.map((it) => [it.id, it.clusterNumber])),
  };
  perDb.set(roundId, layout);
  return layout;
}

/**
 * The page layout of one panellist's item subset in a round with subsets (allocated at opening): only the
 * clusters that hold their items, in the round's order. One indexed read of the allocation; the rest is the
 * round's cached layout.
 */
export function subsetShape(db: Db, roundId: number, panellistId: number): RoundShape {
  const layout = layoutOf(db, roundId);
  const mine = (stmts(db).allocation.all(roundId, panellistId) as number[]).filter((id) =>
    layout.clusterOfItem.has(id),
  );
  const held = new Set(mine.map((id) => layout.clusterOfItem.get(id)));
  const clusters = layout.clusters.filter((k) => held.has(k.number));
  const pageOf = new Map(clusters.map((k, i) => [k.number, i + 1]));
  return {
    pages: clusters.length,
    items: mine.length,
    pageOfCluster: new Map(clusters.map((k, i) => [k.id, i + 1])),
    pageOfItem: new Map(mine.map((id) => [id, pageOf.get(layout.clusterOfItem.get(id)!) ?? 1])),
  };
}

/**
 * How many items (or clusters, in a coverage round) this panellist has fully answered: a counter on the
 * participation that triggers on the answer tables keep (migration 0004), so no count over the round.
 */
export function answeredCount(db: Db, participationId: number): number {
  return (stmts(db).answered.get(participationId) as { n: number } | undefined)?.n ?? 0;
}
