import { criterionText, normText, refText } from './build-standard';
import { fmtNum, fmtShare, slug } from './format';
import type { DimensionStats, HandbookInput, Lang, StandardItem } from './input';
import { chapter, h, ol, p, type Block, type ChecklistRow } from './model';
import type { Texts } from './texts';

/** Items per phase in the order of `input.phases`; items with an unknown phase go last, under "other". */
export function itemsByPhase(input: HandbookInput, otherLabel: string) {
  const items = input.clusters.flatMap((c) => c.subAspects.flatMap((s) => s.items));
  const known = new Set(input.phases.map((ph) => ph.id));
  const groups = input.phases.map((ph) => ({
    id: ph.id,
    label: ph.label,
    items: items.filter((x) => x.phase === ph.id),
  }));
  groups.push({ id: 'overige', label: otherLabel, items: items.filter((x) => !known.has(x.phase)) });
  return groups.filter((g) => g.items.length > 0);
}

function checklistRow(item: StandardItem, t: Texts, lang: Lang): ChecklistRow {
  const S = t.standard;
  const mark =
    item.class === 'critical'
      ? ` ${t.appendix.critical}`
      : item.class === 'optional'
        ? ` ${t.appendix.optional}`
        : '';
  return {
    title: `${item.number} ${item.text}${mark}`,
    lines: [
      [S.fields.criterion, criterionText(item, t)],
      [S.fields.norm, normText(item, t, lang)],
      [S.fields.source, S.sources[item.evidenceSource] ?? item.evidenceSource],
    ],
  };
}

const med = (d: DimensionStats, lang: Lang) =>
  d.median === null ? '–' : `${fmtNum(d.median, lang)} (${fmtNum(d.iqr, lang)})`;

export function buildAppendices(input: HandbookInput, t: Texts, lang: Lang): Block[] {
  const A = t.appendix;
  const R = t.record;
  const blocks: Block[] = [...chapter('', 'bijlage-a', t.chapters.appChecklists), p(A.checklistsText)];
  itemsByPhase(input, t.standard.otherPhase).forEach((g, k) => {
    blocks.push(h(2, `scorelijst-${slug(g.id)}`, `A.${k + 1} ${g.label}`), p({ text: A.formFields }));
    // One form per cluster within the phase, in the order of the standard.
    for (const c of input.clusters) {
      const rows = c.subAspects.flatMap((s) => s.items).filter((x) => g.items.includes(x));
      if (rows.length === 0) continue;
      blocks.push({
        kind: 'checklist',
        caption: R.checklistClusterCaption(g.label, t.standard.cluster(c.number, c.title)),
        header: A.checklistHeader,
        rows: rows.map((x) => checklistRow(x, t, lang)),
      });
    }
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
      header: R.statsHeader,
      rows: r.rows.map((row) => [
        `${refText(row.item, t, lang)} ${row.item.text}`,
        R.pair(fmtNum(row.importance.n, lang), fmtNum(row.frequency.n, lang)),
        med(row.importance, lang),
        fmtShare(row.agreement, lang),
        med(row.frequency, lang),
        R.pair(fmtNum(row.importance.cannotJudge, lang), fmtNum(row.frequency.cannotJudge, lang)),
        A.decisions[row.decision] ?? row.decision,
      ]),
      widths: [7, 1.4, 1.4, 1.2, 1.4, 1.4, 2],
      numeric: [1, 2, 3, 4, 5],
    });
  });
  return blocks;
}
