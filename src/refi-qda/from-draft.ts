import type { Coding } from '../../db/draft/refi-qda';
import type { QdaCode, QdaProject } from './export';

/**
 * The draft as REFI-QDA codes and sources: clusters hold their sub-aspects and items, items without a cluster
 * stand on their own; each case text is a source and each evidence span a selection coded with its item.
 * Keys include the study id so GUIDs differ between studies and stay the same between exports.
 */
export function draftProject(
  studyId: number,
  title: string,
  d: Coding,
  phaseLabel: (id: string) => string | undefined,
  exportedAt = new Date(),
): QdaProject {
  const itemCode = (i: Coding['items'][number]): QdaCode => ({
    key: `${studyId}/item/${i.id}`,
    name: i.text,
    codable: true,
    description: i.phaseId ? phaseLabel(i.phaseId) : undefined,
    children: [],
  });
  const itemsIn = (clusterId: number) => d.items.filter((i) => i.clusterId === clusterId).map(itemCode);
  const clusterCode = (c: Coding['clusters'][number]): QdaCode => ({
    key: `${studyId}/cluster/${c.id}`,
    name: c.label,
    codable: false,
    children: [...itemsIn(c.id), ...d.clusters.filter((s) => s.parentId === c.id).map(clusterCode)],
  });
  const known = new Set(d.clusters.map((c) => c.id));
  const codes = [
    ...d.clusters.filter((c) => c.parentId === null).map(clusterCode),
    ...d.items.filter((i) => i.clusterId === null || !known.has(i.clusterId)).map(itemCode),
  ];
  const sources = d.cases.map((k) => ({
    key: `${studyId}/case/${k.id}`,
    name: k.title,
    text: k.text,
    selections: d.evidence
      .filter((e) => e.caseId === k.id)
      .map((e) => ({
        key: `${studyId}/evidence/${e.id}`,
        start: e.start,
        end: e.end,
        codeKey: `${studyId}/item/${e.itemId}`,
      })),
  }));
  return { name: title, codes, sources, exportedAt };
}
