import { fmtNum, slug } from './format';
import type { HandbookInput, ItemRef, Lang, StandardItem } from './input';
import { b, chapter, h, p, type Block } from './model';
import type { Texts } from './texts';

/**
 * The norm in words. A norm nobody set is said to be missing, never printed as a 100% norm; "geen norm"
 * stated by the team is printed as such.
 */
export function normText(item: StandardItem, t: Texts, lang: Lang): string {
  if (item.norm.none) return t.record.normNone;
  if (item.norm.text?.trim()) return item.norm.text.trim();
  if (item.norm.percentage === null) return t.record.normMissing;
  const unit = t.standard.units[item.norm.unit] ?? item.norm.unit;
  if (item.norm.percentage >= 100) return t.standard.normAll(unit);
  return t.standard.normText(fmtNum(item.norm.percentage, lang), unit);
}

export const criterionText = (item: StandardItem, t: Texts) =>
  item.criterion.trim() || t.record.criterionMissing;

/** An item's number as a round showed it, with its number in the standard first when it has one. */
export function refText(ref: ItemRef, t: Texts, lang: Lang): string {
  const inRound = t.record.roundRef(fmtNum(ref.round, lang), ref.roundNumber);
  if (ref.number === null) return inRound;
  return ref.number === ref.roundNumber ? ref.number : `${ref.number} (${inRound})`;
}

function itemBlocks(item: StandardItem, input: HandbookInput, t: Texts, lang: Lang): Block[] {
  const S = t.standard;
  const phase = input.phases.find((ph) => ph.id === item.phase)?.label ?? (item.phase || S.noPhase);
  const fields: [string, string][] = [
    [S.fields.criterion, criterionText(item, t)],
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
  const blocks: Block[] = [
    ...chapter('4', 'standaard', t.chapters.standard),
    p(S.introText(fmtNum(all.length, lang), fmtNum(input.clusters.length, lang))),
    {
      kind: 'table',
      caption: S.overviewCaption,
      header: [...S.overviewHeader],
      rows: input.clusters.map((c) => [
        S.cluster(c.number, c.title),
        fmtNum(c.subAspects.length, lang),
        fmtNum(
          c.subAspects.reduce((sum, s) => sum + s.items.length, 0),
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
      for (const item of sub.items) blocks.push(...itemBlocks(item, input, t, lang));
    }
  }
  // Only what the recorded decisions kept out; the 2×2 class never takes an item out of the standard.
  if (input.excluded.length > 0) {
    const R = t.record.excludedReasons;
    blocks.push(h(2, 'niet-opgenomen', S.dropped), p(t.record.excludedText), {
      kind: 'list',
      ordered: false,
      items: input.excluded.map((x) => [
        b(`${refText(x.item, t, lang)} `),
        { text: `${x.item.text} ` },
        { text: `(${x.override ? R[`override-${x.decision}`] : R[x.decision]})`, italic: true },
      ]),
    });
  }
  return blocks;
}
