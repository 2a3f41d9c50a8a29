import { compareNumbers } from '../draft/numbering';
import { criticality, type Scale } from '../stats';
import type { DecidedItem, PlannedCluster, PlannedItem } from './types';

export interface PlanLabels {
  /** Label of the sub-aspect for items placed directly in a cluster. */
  general: string;
  /** Label of the cluster for items that were never clustered. */
  unclustered: string;
}

/**
 * Groups the decided items into clusters and sub-aspects as the panel last saw them, in the draft's order
 * (`draftNumber`; items rated in different rounds have incomparable round positions), with criticality and
 * the 2×2 class from the medians. Items without a cluster go to one last cluster; items placed directly in a
 * cluster to a "general" sub-aspect, because the handbook always lists items under a sub-aspect.
 * Lineages are derived from the draft item and the labels, so planning twice gives the same identities.
 */
export function planStandard(
  items: readonly DecidedItem[],
  importanceScale: Scale,
  labels: PlanLabels,
): PlannedCluster[] {
  const clusters = new Map<string, PlannedCluster & { number: string }>();
  const sorted = [...items].sort(
    (a, b) =>
      compareNumbers(a.draftNumber ?? '', b.draftNumber ?? '') ||
      compareNumbers(a.clusterNumber || '999', b.clusterNumber || '999') ||
      compareNumbers(a.subAspectNumber ?? '0', b.subAspectNumber ?? '0') ||
      a.position - b.position,
  );
  for (const it of sorted) {
    const clusterLabel = it.clusterLabel.trim() || labels.unclustered;
    const key = `${it.clusterNumber}|${clusterLabel}`;
    let cluster = clusters.get(key);
    if (!cluster) {
      cluster = {
        label: clusterLabel,
        lineage: `cluster-${clusters.size + 1}-${slug(clusterLabel)}`,
        subAspects: [],
        number: it.clusterNumber,
      };
      clusters.set(key, cluster);
    }
    const subLabel = it.subAspectLabel?.trim() || labels.general;
    let sub = cluster.subAspects.find((s) => s.label === subLabel);
    if (!sub) {
      sub = {
        label: subLabel,
        lineage: `${cluster.lineage}/${cluster.subAspects.length + 1}-${slug(subLabel)}`,
        items: [],
      };
      cluster.subAspects.push(sub);
    }
    sub.items.push(planItem(it, importanceScale));
  }
  return [...clusters.values()].map(({ number: _n, ...c }) => c);
}

function planItem(it: DecidedItem, importanceScale: Scale): PlannedItem {
  const crit = criticality(it.importanceMedian, it.frequencyMedian, importanceScale);
  return {
    lineage: `item-${it.refId}`,
    sourceItemId: it.refId,
    text: it.text,
    phaseId: it.phaseId,
    normUnit: 'dossiers',
    evidenceSource: 'dossier',
    importanceMedian: it.importanceMedian,
    frequencyMedian: it.frequencyMedian,
    criticality: crit.score,
    criticalityClass: crit.grid,
  };
}

function slug(s: string): string {
  return (
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40) || 'x'
  );
}
