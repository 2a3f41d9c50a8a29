import { fmtNum, slug } from './format';
import type { HandbookInput, Lang, StandardItem } from './input';
import { b, chapter, h, p, type Block } from './model';
import type { Texts } from './texts';

/** Items that belong to the standard; the panel's "drop" class is reported but not assessed. */
export const inStandard = (item: StandardItem) => item.class !== 'drop';

export function normText(item: StandardItem, t: Texts, lang: Lang): string {
  if (item.norm.text?.trim()) return item.norm.text.trim();
  const unit = t.standard.units[item.norm.unit] ?? item.norm.unit;
  if (item.norm.percentage >= 100) return t.standard.normAll(unit);
  return t.standard.normText(fmtNum(item.norm.percentage, lang), unit);
}

function itemBlocks(item: StandardItem, input: HandbookInput, t: Texts, lang: Lang): Block[] {
  const S = t.standard;
  const phase = input.phases.find((ph) => ph.id === item.phase)?.label ?? item.phase;
  const fields: [string, string][] = [
    [S.fields.criterion, item.criterion],
    [S.fields.norm, normText(item, t, lang)],
    [S.fields.phase, phase],
    [S.fields.source, S.sources[item.evidenceSource] ?? item.evidenceSource],
  ];
  if (item.criticality !== null) {
    const v = S.criticality(
      fmtNum(item.criticality, lang),
      fmtNum(item.importanceMedian, lang),
      fmtNum(item.frequencyMedian, lang),
    );
    fields.push([S.fields.criticality, v]);
  }
  if (item.class) fields.push([S.fields.class, S.classes[item.class]]);
  if (item.explanation?.trim()) fields.push([S.fields.explanation, item.explanation.trim()]);
  const blocks: Block[] = [
    { kind: 'paragraph', role: 'item', runs: [b(`${item.number} `), { text: item.text }] },
    { kind: 'fields', fields },
  ];
  if (item.rubric.length > 0) {
    blocks.push(p({ text: S.rubric, italic: true }), {
      kind: 'list',
      ordered: false,
      items: item.rubric.map((d, k) => [b(`${S.level(String(k + 1))}: `), { text: d }]),
    });
  }
  return blocks;
}

/** Chapter 4: the standard per cluster and sub-aspect. */
export function buildStandard(input: HandbookInput, t: Texts, lang: Lang): Block[] {
  const S = t.standard;
  const all = input.clusters.flatMap((c) => c.subAspects.flatMap((s) => s.items));
  const kept = all.filter(inStandard);
  const blocks: Block[] = [
    ...chapter('4', 'standaard', t.chapters.standard),
    p(S.introText(fmtNum(kept.length, lang), fmtNum(input.clusters.length, lang))),
    {
      kind: 'table',
      caption: S.overviewCaption,
      header: [...S.overviewHeader],
      rows: input.clusters.map((c) => [
        S.cluster(c.number, c.title),
        fmtNum(c.subAspects.length, lang),
        fmtNum(
          c.subAspects.reduce((sum, s) => sum + s.items.filter(inStandard).length, 0),
          lang,
        ),
      ]),
      widths: [6, 2, 1],
      numeric: [1, 2],
    },
  ];
  for (const cluster of input.clusters) {
    blocks.push(h(2, `cluster-${slug(cluster.number)}`, S.cluster(cluster.number, cluster.title)));
    if (cluster.description?.trim()) blocks.push(p(cluster.description.trim()));
    for (const sub of cluster.subAspects) {
      blocks.push(h(3, `deelaspect-${slug(sub.number)}`, `${sub.number} ${sub.title}`));
      for (const item of sub.items.filter(inStandard)) blocks.push(...itemBlocks(item, input, t, lang));
    }
  }
  const dropped = all.filter((x) => !inStandard(x));
  if (dropped.length > 0) {
    blocks.push(h(2, 'niet-opgenomen', S.dropped), p(S.droppedText), {
      kind: 'list',
      ordered: false,
      items: dropped.map((x) => [b(`${x.number} `), { text: x.text }]),
    });
  }
  return blocks;
}
