import type { Cluster, EvidenceCount, Item, Suggestion } from '../../db/draft/draft';
import type { ClusterView } from '../../views/pages/draft/page';
import type { SuggestionView } from '../../views/pages/draft/suggestions';
import type { ClusterOption, ItemView } from '../../views/pages/draft/types';
import { catalogueWording } from './catalogue-wording';
import { itemFlags } from './flags';
import { draftTree } from './tree';

export interface DraftModel {
  clusters: ClusterView[];
  unclustered: ItemView[];
  removed: ItemView[];
  options: ClusterOption[];
  itemNo: Map<number, string>;
  activeCount: number;
  byId: Map<number, ItemView>;
}

/** Turns the loaded rows into what the editor shows: numbered items grouped by cluster and sub-aspect. */
export function draftModel(
  clusters: Cluster[],
  items: Item[],
  evidence: Map<number, EvidenceCount>,
): DraftModel {
  const tree = draftTree(clusters, items);
  const byId = new Map<number, ItemView>();
  const view = (it: Item): ItemView => {
    const ev = evidence.get(it.id);
    const v: ItemView = {
      id: it.id,
      text: it.text,
      clusterId: it.clusterId,
      phaseId: it.phaseId,
      status: it.status,
      mergedInto: it.mergedInto,
      version: it.version,
      position: it.position,
      number: tree.itemNo.get(it.id) ?? `#${it.id}`,
      links: ev?.links ?? 0,
      cases: ev?.cases ?? 0,
      flags: itemFlags(it.text),
      catalogue: catalogueWording(it.text),
    };
    byId.set(it.id, v);
    return v;
  };
  return {
    clusters: tree.clusters.map((c) => ({
      ...c,
      items: c.items.map(view),
      subs: c.subs.map((s) => ({ ...s, items: s.items.map(view) })),
    })),
    unclustered: tree.unclustered.map(view),
    removed: tree.removed.map(view),
    options: tree.options,
    itemNo: tree.itemNo,
    activeCount: tree.itemNo.size,
    byId,
  };
}

export function suggestionViews(
  rows: Suggestion[],
  itemNo: Map<number, string>,
  caseTitle: Map<number, string>,
): SuggestionView[] {
  return rows.map((s) => ({
    id: s.id,
    kind: s.kind,
    text: s.text,
    itemNumber: s.itemId === null ? undefined : (itemNo.get(s.itemId) ?? `#${s.itemId}`),
    cases: [...new Set(s.evidence.map((e) => caseTitle.get(e.caseId) ?? `#${e.caseId}`))],
  }));
}

/** One item as a view, numbered within the whole draft (for a row swapped in after a save). */
export function itemView(model: DraftModel, id: number): ItemView | undefined {
  return model.byId.get(id);
}
