import { refText } from './build-standard';
import { fmtDate, fmtNum, fmtShare, joinList } from './format';
import type { HandbookInput, Lang } from './input';
import { b, chapter, h, p, ul, type Block, type TableBlock } from './model';
import type { Texts } from './texts';

const table = (caption: string, header: string[], rows: string[][], numeric?: number[]): TableBlock => ({
  kind: 'table',
  caption,
  header,
  rows,
  ...(numeric ? { numeric } : {}),
});

/** Chapter 2: the audit trail, generated from the recorded study data (CREDES / DELPHISTAR items). */
export function buildMethod(input: HandbookInput, t: Texts, lang: Lang): Block[] {
  const m = input.method;
  const M = t.method;
  const n = (x: number) => fmtNum(x, lang);
  const phaseLabel = (id: string) => input.phases.find((ph) => ph.id === id)?.label ?? id;
  const period = (a: string, z: string) => `${fmtDate(a, lang, 'short')} – ${fmtDate(z, lang, 'short')}`;
  const blocks: Block[] = [...chapter('2', 'verantwoording', t.chapters.method), p(M.introText)];

  blocks.push(h(2, 'casuistiek', `2.1 ${M.cases}`), p(M.casesText(n(m.cases.total))));
  if (m.importedItems) blocks.push(p(M.imported(n(m.importedItems))));
  if (m.cases.bySource.length > 0) {
    const rows = m.cases.bySource.map((s) => [M.sources[s.source] ?? s.source, n(s.count)]);
    blocks.push(table(M.sourceCaption, [...M.sourceHeader], rows, [1]));
  }
  if (m.cases.byPhase.length > 0) {
    const rows = m.cases.byPhase.map((s) => [phaseLabel(s.phase), n(s.count)]);
    blocks.push(
      table(M.phaseCaption, [...M.phaseHeader], rows, [1]),
      p({ text: M.casesPhaseNote, italic: true }),
    );
  }

  const panelTotal = m.panel.reduce((sum, g) => sum + g.count, 0);
  blocks.push(h(2, 'panel', `2.2 ${M.panel}`), p(M.panelText(n(panelTotal), n(m.panel.length))));
  if (m.panel.length > 0) {
    const rows = m.panel.map((g) => [
      g.group,
      n(g.count),
      fmtShare(panelTotal ? g.count / panelTotal : null, lang),
    ]);
    blocks.push(table(M.panelCaption, [...M.panelHeader], rows, [1, 2]));
  }

  const rounds = [...m.rounds].sort((x, y) => x.number - y.number);
  blocks.push(h(2, 'rondes', `2.3 ${M.rounds}`), p(M.roundsText(n(rounds.length))));
  if (rounds.length > 0) {
    const rows = rounds.map((r) => [
      `${r.number}. ${r.title}`,
      r.criteria ? t.record.criteriaKind : M.roundKinds[r.kind],
      period(r.opensAt, r.closesAt),
      n(r.invited),
      n(r.started),
      n(r.completed),
      fmtShare(r.invited ? r.completed / r.invited : null, lang),
    ]);
    blocks.push({
      ...table(M.roundsCaption, M.roundsHeader, rows, [3, 4, 5, 6]),
      widths: [3, 3, 3.6, 2, 1.8, 1.6, 1.6],
    });
    rounds.slice(1).forEach((r, k) => {
      const prev = rounds[k];
      if (prev) blocks.push(p(M.attrition(n(prev.number), n(r.number), n(prev.completed), n(r.completed))));
    });
  }
  // Each statement about the process only where a round shows it happened.
  const R = t.record;
  const roundList = (ns: number[]) =>
    joinList(
      ns.map((x) => M.round(n(x)).toLowerCase()),
      lang,
    );
  const ofKind = (k: string) => rounds.filter((r) => r.kind === k && !r.criteria).map((r) => r.number);
  const onCriteria = rounds.filter((r) => r.criteria).map((r) => r.number);
  if (ofKind('review').length > 0) blocks.push(p(R.reviewHeld(roundList(ofKind('review')))));
  blocks.push(
    p(ofKind('coverage').length > 0 ? R.coverageHeld(roundList(ofKind('coverage'))) : R.coverageNone),
  );
  for (const r of rounds)
    if (r.proposals) {
      const { named, accepted, merged, rejected } = r.proposals;
      const open = named - accepted - merged - rejected;
      const parts = (
        [
          ['accepted', accepted],
          ['merged', merged],
          ['rejected', rejected],
          ['open', open],
        ] as const
      )
        .filter(([, x]) => x > 0)
        .map(([k, x]) => R.proposalOutcomes[k](n(x)));
      blocks.push(
        p(R.proposalsProcessed(M.round(n(r.number)).toLowerCase(), n(named), joinList(parts, lang))),
      );
    }
  const fed = m.feedback.filter((f) => f.items > 0);
  blocks.push(
    p(
      fed.length > 0
        ? R.feedbackGiven(
            joinList(
              fed.map((f) => R.roundItems(M.round(n(f.round)).toLowerCase(), n(f.items))),
              lang,
            ),
          )
        : R.feedbackNone,
    ),
  );
  const byGroup = fed.filter((f) => f.byGroup).map((f) => f.round);
  if (byGroup.length > 0) blocks.push(p(R.feedbackByGroup(roundList(byGroup))));
  // The check of the criteria of the standard comes last, as it did in the study.
  if (onCriteria.length > 0) blocks.push(p(R.criteriaHeld(roundList(onCriteria))));
  for (const r of rounds) if (r.realtime) blocks.push(p(M.realtime(n(r.number))));
  for (const r of rounds)
    if (r.subset)
      blocks.push(p(M.subset(n(r.number), n(r.subset.size), n(r.subset.minPerItem), r.subset.randomOrder)));

  blocks.push(h(2, 'wijzigingen', `2.4 ${M.changes}`), p(M.changesText));
  if (rounds.length > 0) {
    const rows = rounds.map((r) => [
      M.round(n(r.number)),
      ...[r.itemsAdded, r.itemsMerged, r.itemsReworded, r.itemsDropped, r.itemsCarriedForward].map(n),
    ]);
    blocks.push(table(M.changesCaption, M.changesHeader, rows, [1, 2, 3, 4, 5]));
  }

  const changes = m.consensus.changes;
  const timing = m.consensus.timing ?? { when: 'before' };
  const consensusLead =
    timing.when === 'after'
      ? R.consensusAfter(fmtDate(timing.at, lang), M.round(n(timing.round)).toLowerCase())
      : timing.when === 'default'
        ? R.consensusDefault
        : M.consensusText;
  blocks.push(h(2, 'consensus', `2.5 ${M.consensus}`), p(consensusLead), p(m.consensus.description));
  if (changes.length === 0) blocks.push(p(M.consensusUnchanged));
  else {
    blocks.push(p(M.consensusChanged(n(changes.length))));
    const rows = changes.map((c) => [fmtDate(c.at, lang), c.from, c.to, c.reason]);
    blocks.push(table(M.consensusCaption, M.consensusHeader, rows));
  }

  blocks.push(h(2, 'afwijkingen', `2.6 ${M.overrides}`));
  if (m.overrides.length === 0) blocks.push(p(M.overridesNone));
  else {
    const rows = m.overrides.map((o) => [
      `${refText(o.item, t, lang)} ${o.item.text}`,
      R.decisions[o.decision],
      o.reason,
    ]);
    blocks.push(p(M.overridesText), table(M.overridesCaption, M.overridesHeader, rows));
  }

  blocks.push(h(2, 'member-checks', `2.7 ${M.memberChecks}`));
  if (m.memberChecks.length === 0) blocks.push(p(M.memberChecksNone));
  else {
    const rows = m.memberChecks.map((c) => [
      M.round(n(c.round)),
      fmtDate(c.published, lang),
      n(c.agreed),
      n(c.comments),
      c.outcome ?? '',
    ]);
    const checked = [...new Set(m.memberChecks.map((c) => c.round))].sort((a, b) => a - b);
    blocks.push(
      p(R.memberChecksHeld(roundList(checked))),
      table(M.memberChecksCaption, M.memberChecksHeader, rows, [2, 3]),
    );
  }

  blocks.push(h(2, 'afwijkende-standpunten', `2.8 ${M.dissent}`));
  if (m.dissent.length === 0) blocks.push(p(M.dissentNone));
  else {
    blocks.push(p(M.dissentText), {
      kind: 'list',
      ordered: false,
      items: m.dissent.map((d) => [
        b(M.dissentItem(`${refText(d.item, t, lang)} ${d.item.text}`, n(d.count))),
        { text: `${R.dissentStatus[d.status]}. ` },
        {
          text: d.reasons.map((x) => (/[.!?…]["”’)]?$/.test(x.trim()) ? x.trim() : `${x.trim()}.`)).join(' '),
        },
      ]),
    });
  }

  if (input.version.status === 'adopted') {
    const A = m.adoptionConfirmed;
    blocks.push(h(2, 'vaststelling', `2.9 ${R.adoption}`));
    if (A.length === 0) blocks.push(p(R.adoptionClean));
    else
      blocks.push(
        p(R.adoptionConfirmed),
        ul(A.map((w) => (R.adoptionWarnings[w.code] ?? ((x: string) => `${w.code}: ${x}`))(n(w.count)))),
      );
  }
  return blocks;
}
