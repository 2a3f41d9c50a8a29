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
}

const stmtCache = new WeakMap<Database.Database, Stmts>();
const shapeCache = new WeakMap<Database.Database, Map<number, RoundShape>>();

function stmts(db: Db): Stmts {
  const c = db.$client;
  let s = stmtCache.get(c);
  if (s) return s;
  s = {
    clusters: c.prepare('select id, number from round_clusters where round_id = ? order by position, id'),
    items: c.prepare('select id, cluster_number as clusterNumber from round_items where round_id = ?'),
    answered: c.prepare('select answered as n from participations where id = ?'),
  };
  stmtCache.set(c, s);
  return s;
}

/**
 * The page layout of an opened round. Its snapshot is frozen at opening, so the layout is computed once per
 * round and kept; only call this for rounds that are open or closed.
 */
export function roundShape(db: Db, roundId: number): RoundShape {
  let perDb = shapeCache.get(db.$client);
  if (!perDb) shapeCache.set(db.$client, (perDb = new Map()));
  const hit = perDb.get(roundId);
  if (hit) return hit;
  const s = stmts(db);
  const clusters = s.clusters.all(roundId) as { id: number; number: string }[];
  const items = s.items.all(roundId) as { id: number; clusterNumber: string }[];
  const pageOfNumber = new Map(clusters.map((k, i) => [k.number, i + 1]));
  const shape: RoundShape = {
    pages: clusters.length,
    items: items.length,
    pageOfCluster: new Map(clusters.map((k, i) => [k.id, i + 1])),
    pageOfItem: new Map(items.map((it) => [it.id, pageOfNumber.get(it.clusterNumber) ?? 1])),
  };
  perDb.set(roundId, shape);
  return shape;
}

/**
 * How many items (or clusters, in a coverage round) this panellist has fully answered: a counter on the
 * participation that triggers on the answer tables keep (migration 0004), so no count over the round.
 */
export function answeredCount(db: Db, participationId: number): number {
  return (stmts(db).answered.get(participationId) as { n: number } | undefined)?.n ?? 0;
}
