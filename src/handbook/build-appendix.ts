import { inStandard } from './build-standard';
import { fmtNum, fmtShare, slug } from './format';
import type { HandbookInput, Lang, StandardItem } from './input';
import { chapter, h, ol, p, type Block } from './model';
import type { Texts } from './texts';

/** Items per phase in the order of `input.phases`; items with an unknown phase go last, under "other". */
export function itemsByPhase(input: HandbookInput, otherLabel: string) {
  const items = input.clusters.flatMap((c) => c.subAspects.flatMap((s) => s.items)).filter(inStandard);
  const known = new Set(input.phases.map((ph) => ph.id));
  const groups = input.phases.map((ph) => ({
    id: ph.id,
    label: ph.label,
    items: items.filter((x) => x.phase === ph.id),
  }));
  groups.push({ id: 'overige', label: otherLabel, items: items.filter((x) => !known.has(x.phase)) });
  return groups.filter((g) => g.items.length > 0);
}

function checklistRow(item: StandardItem, t: Texts): string {
  const mark =
    item.class === 'critical'
      ? ` ${t.appendix.critical}`
      : item.class === 'optional'
        ? ` ${t.appendix.optional}`
        : '';
  return `${item.number} ${item.criterion}${mark}`;
}

export function buildAppendices(input: HandbookInput, t: Texts, lang: Lang): Block[] {
  const A = t.appendix;
  const blocks: Block[] = [...chapter('', 'bijlage-a', t.chapters.appChecklists), p(A.checklistsText)];
  itemsByPhase(input, t.standard.otherPhase).forEach((g, k) => {
    blocks.push(h(2, `scorelijst-${slug(g.id)}`, `A.${k + 1} ${g.label}`), p({ text: A.formFields }), {
      kind: 'checklist',
      caption: A.checklistCaption(g.label),
      header: A.checklistHeader,
      rows: g.items.map((x) => checklistRow(x, t)),
    });
  });

  blocks.push(...chapter('', 'bijlage-b', t.chapters.appReport), p(A.reportText), ol(A.reportItems), {
    kind: 'table',
    caption: A.reportTableCaption,
    header: A.reportTableHeader,
    rows: input.clusters.map((c) => [t.standard.cluster(c.number, c.title), '', '', '']),
    widths: [4, 2, 2, 4],
  });

  blocks.push(...chapter('', 'bijlage-c', t.chapters.appStats), p(A.statsText));
  const rounds = [...input.appendix.itemStats].sort((x, y) => x.round - y.round);
  if (rounds.length === 0) blocks.push(p(A.statsNone));
  rounds.forEach((r, k) => {
    blocks.push(h(2, `statistieken-ronde-${r.round}`, `C.${k + 1} ${A.statsRound(fmtNum(r.round, lang))}`), {
      kind: 'table',
      caption: A.statsCaption(fmtNum(r.round, lang)),
      header: A.statsHeader,
      rows: r.rows.map((row) => [
        row.number,
        row.text,
        fmtNum(row.median, lang),
        fmtNum(row.iqr, lang),
        fmtShare(row.agreement, lang),
        A.decisions[row.decision] ?? row.decision,
      ]),
      widths: [1, 6, 1.4, 0.9, 3, 2.6],
      numeric: [2, 3, 4],
    });
  });
  return blocks;
}
