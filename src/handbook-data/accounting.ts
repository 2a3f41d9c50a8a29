import type { MethodAccounting, RoundAccount } from '../handbook';
import { DEFAULT_PROTOCOL, describeProtocol, type ConsensusProtocol } from '../consensus';
import type { HandbookRecords } from './records';

const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : '');

const decisionWords = {
  nl: {
    in: 'Opnemen',
    out: 'Niet opnemen',
    none: 'Geen consensus',
    by: 'besluit onderzoekers',
    agreed: (a: number, n: number) => `${a} van ${n} akkoord`,
  },
  en: {
    in: 'Include',
    out: 'Leave out',
    none: 'No consensus',
    by: 'researchers’ decision',
    agreed: (a: number, n: number) => `${a} of ${n} agreed`,
  },
};

/** The researchers' decision as the handbook shows it, e.g. "Opnemen (besluit onderzoekers)". */
export function overrideLabel(decision: 'in' | 'out' | 'none', lang: 'nl' | 'en'): string {
  const w = decisionWords[lang];
  return `${w[decision]} (${w.by})`;
}

function countBy<T>(xs: readonly T[], key: (x: T) => string): { key: string; count: number }[] {
  const m = new Map<string, number>();
  for (const x of xs) m.set(key(x), (m.get(key(x)) ?? 0) + 1);
  return [...m].map(([k, count]) => ({ key: k, count }));
}

/** What processing a round did to the draft: per category the number of distinct draft items. */
function changesOf(r: HandbookRecords, roundId: number) {
  const sets = {
    added: new Set<number>(),
    merged: new Set<number>(),
    reworded: new Set<number>(),
    dropped: new Set<number>(),
  };
  for (const ch of r.itemChanges) {
    if (ch.roundId !== roundId) continue;
    const a = ch.action.toLowerCase();
    if (a === 'create' || a.startsWith('add') || a === 'split') sets.added.add(ch.itemId);
    else if (a.startsWith('merge') && (ch.status === 'merged' || a === 'merge-proposal'))
      sets.merged.add(ch.itemId);
    else if (a === 'delete' || a === 'drop' || a === 'remove' || ch.status === 'deleted')
      sets.dropped.add(ch.itemId);
    else if (a.includes('reword') || a.includes('edit') || a === 'text' || a === 'merge')
      sets.reworded.add(ch.itemId);
  }
  return sets;
}

function roundAccounts(r: HandbookRecords): RoundAccount[] {
  const held = r.rounds.filter((x) => x.status !== 'draft').sort((a, b) => a.number - b.number);
  const refsOf = (id: number) => new Set(r.roundRefs.filter((x) => x.roundId === id).map((x) => x.refId));
  return held.map((round, k) => {
    const ch = changesOf(r, round.id);
    const next = held[k + 1];
    const nextRefs = next ? refsOf(next.id) : new Set<number>();
    const carried = next ? [...refsOf(round.id)].filter((id) => nextRefs.has(id)).length : 0;
    return {
      number: round.number,
      kind: round.kind,
      title: round.title,
      opensAt: round.opensAt ?? iso(round.openedAt),
      closesAt: round.closesAt ?? iso(round.closedAt),
      invited: round.invited,
      started: round.started,
      completed: round.completed,
      itemsAdded: ch.added.size,
      itemsMerged: ch.merged.size,
      itemsReworded: ch.reworded.size,
      itemsDropped: ch.dropped.size,
      itemsCarriedForward: carried,
      ...(round.pool ? { subset: round.pool } : {}),
      ...(round.realtime ? { realtime: true } : {}),
    };
  });
}

function consensusOf(r: HandbookRecords): MethodAccounting['consensus'] {
  const lang = r.study.lang;
  const describe = (cfg: Record<string, unknown>) =>
    describeProtocol(cfg as unknown as ConsensusProtocol, lang);
  const history = [...r.protocols].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  const last = history[history.length - 1];
  return {
    description: last ? describe(last.config) : describeProtocol(DEFAULT_PROTOCOL, lang),
    changes: history.slice(1).map((p, k) => ({
      at: iso(p.createdAt),
      reason: p.reason,
      from: describe(history[k]!.config),
      to: describe(p.config),
    })),
  };
}

/** Chapter 2 of the handbook, generated from the records: nothing in it is typed by hand. */
export function methodAccounting(r: HandbookRecords): MethodAccounting {
  const roundNo = new Map(r.rounds.map((x) => [x.id, x.number]));
  const finalOf = new Map(r.decisions.map((d) => [d.roundItemId, d.override ?? d.computed]));
  const itemLabel = new Map(r.decisions.map((d) => [d.roundItemId, `${d.number} ${d.text}`]));
  const dissentItems = new Map<number, string[]>();
  for (const d of r.dissent) {
    if (finalOf.get(d.roundItemId) !== 'in') continue;
    dissentItems.set(d.roundItemId, [...(dissentItems.get(d.roundItemId) ?? []), d.reason]);
  }
  return {
    cases: {
      total: r.cases.length,
      bySource: countBy(r.cases, (c) => c.sourceType).map(({ key, count }) => ({ source: key, count })),
      byPhase: countBy(
        r.cases.flatMap((c) => c.phaseTags),
        (p) => p,
      ).map(({ key, count }) => ({ phase: key, count })),
    },
    panel: countBy(
      r.panel,
      (p) => p.stakeholderGroup.trim() || (r.study.lang === 'en' ? 'No group' : 'Geen groep'),
    ).map(({ key, count }) => ({ group: key, count })),
    rounds: roundAccounts(r),
    ...(r.importedItems ? { importedItems: r.importedItems } : {}),
    consensus: consensusOf(r),
    overrides: r.decisions
      .filter((d) => d.override !== null && d.override !== d.computed)
      .map((d) => ({
        item: `${d.number} ${d.text}`,
        decision: decisionWords[r.study.lang][d.override!],
        reason: d.overrideReason ?? '',
      })),
    memberChecks: r.memberChecks.map((m) => ({
      round: roundNo.get(m.roundId) ?? 0,
      published: iso(m.publishedAt),
      agreed: m.agreed,
      comments: m.comments,
      outcome: decisionWords[r.study.lang].agreed(m.agreed, m.agreed + m.disagreed),
    })),
    dissent: [...dissentItems].map(([id, reasons]) => ({
      item: itemLabel.get(id) ?? '',
      count: reasons.length,
      reasons: reasons.filter((x) => x.trim()),
    })),
  };
}
