import type { ItemRef, MethodAccounting, RoundAccount } from '../handbook';
import { DEFAULT_PROTOCOL, describeProtocol, type ConsensusProtocol } from '../consensus';
import type { HandbookRecords } from './records';

const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : '');

const decisionWords = {
  nl: { agreed: (a: number, n: number) => `${a} van ${n} akkoord` },
  en: { agreed: (a: number, n: number) => `${a} of ${n} agreed` },
};

type MakeRef = (roundId: number, refId: number, roundNumber: string, text: string) => ItemRef;

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

/**
 * Items a rating round put to the panel again after an earlier rating round had rated them: with feedback on
 * the group's previous answers (the rating form shows it for exactly these items).
 */
function representedIn(r: HandbookRecords, round: HandbookRecords['rounds'][number]): number {
  if (round.kind !== 'rating') return 0;
  const earlier = new Set(
    r.rounds
      .filter((x) => x.kind === 'rating' && x.status === 'closed' && x.number < round.number)
      .map((x) => x.id),
  );
  const before = new Set(r.roundRefs.filter((x) => earlier.has(x.roundId)).map((x) => x.refId));
  return r.roundRefs.filter((x) => x.roundId === round.id && before.has(x.refId)).length;
}

function roundAccounts(r: HandbookRecords): RoundAccount[] {
  const held = r.rounds.filter((x) => x.status !== 'draft').sort((a, b) => a.number - b.number);
  const refsOf = (id: number) => new Set(r.roundRefs.filter((x) => x.roundId === id).map((x) => x.refId));
  return held.map((round, k) => {
    const ch = changesOf(r, round.id);
    // Carried forward: rated here without a decision in or out, and rated again in the next rating round.
    const next = held.slice(k + 1).find((x) => x.kind === 'rating');
    const undecided = new Set(
      r.decisions
        .filter((d) => d.roundId === round.id && (d.override ?? d.computed) === 'none')
        .map((d) => d.refId),
    );
    const nextRefs = next ? refsOf(next.id) : new Set<number>();
    const carried = round.kind === 'rating' ? [...undecided].filter((id) => nextRefs.has(id)).length : 0;
    const proposed = (r.proposals ?? []).filter((x) => x.roundId === round.id);
    const outcomes = (o: string) => proposed.filter((x) => x.outcome === o).length;
    return {
      number: round.number,
      kind: round.kind,
      ...(round.subject === 'criteria' ? { criteria: true } : {}),
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
      ...(proposed.length
        ? {
            proposals: {
              named: proposed.length,
              accepted: outcomes('accepted'),
              merged: outcomes('merged'),
              rejected: outcomes('rejected'),
            },
          }
        : {}),
    };
  });
}

function consensusOf(r: HandbookRecords): MethodAccounting['consensus'] {
  const lang = r.study.lang;
  const describe = (cfg: Record<string, unknown>) =>
    describeProtocol(cfg as unknown as ConsensusProtocol, lang);
  const history = [...r.protocols].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  const last = history[history.length - 1];
  const firstRating = r.rounds
    .filter((x) => x.kind === 'rating' && x.openedAt)
    .sort((a, b) => a.openedAt!.getTime() - b.openedAt!.getTime())[0];
  const first = history[0];
  const timing: MethodAccounting['consensus']['timing'] = !first
    ? { when: 'default' }
    : firstRating && first.createdAt.getTime() > firstRating.openedAt!.getTime()
      ? { when: 'after', at: iso(first.createdAt), round: firstRating.number }
      : { when: 'before' };
  return {
    timing,
    description: last ? describe(last.config) : describeProtocol(DEFAULT_PROTOCOL, lang),
    changes: history.slice(1).map((p, k) => ({
      at: iso(p.createdAt),
      reason: p.reason,
      from: describe(history[k]!.config),
      to: describe(p.config),
    })),
  };
}

/** Every recorded principled objection, per round item, with where the draft item ended up. */
function dissentOf(r: HandbookRecords, ref: MakeRef, numberOf: Map<number, string>) {
  const roundNo = new Map(r.rounds.map((x) => [x.id, x.number]));
  const byRoundItem = new Map(r.decisions.map((d) => [d.roundItemId, d]));
  const lastFinal = new Map<number, 'in' | 'out' | 'none'>();
  for (const d of [...r.decisions].sort(
    (a, b) => (roundNo.get(a.roundId) ?? 0) - (roundNo.get(b.roundId) ?? 0),
  ))
    lastFinal.set(d.refId, d.override ?? d.computed);
  const groups = new Map<number, string[]>();
  for (const d of r.dissent) groups.set(d.roundItemId, [...(groups.get(d.roundItemId) ?? []), d.reason]);
  const rated = new Map(r.ratings.map((a) => [a.roundItemId, a]));
  const out: MethodAccounting['dissent'] = [];
  for (const [id, reasons] of groups) {
    const d = byRoundItem.get(id);
    const a = rated.get(id);
    const src = d ?? (a ? { roundId: a.roundId, refId: a.refId, number: a.number, text: a.text } : undefined);
    if (!src) continue;
    const final = lastFinal.get(src.refId) ?? 'none';
    out.push({
      item: ref(src.roundId, src.refId, src.number, src.text),
      count: reasons.length,
      reasons: reasons.filter((x) => x.trim()),
      status: numberOf.has(src.refId) ? 'in' : final === 'none' ? 'none' : 'out',
    });
  }
  return out.sort(
    (x, y) => x.item.round - y.item.round || x.item.roundNumber.localeCompare(y.item.roundNumber),
  );
}

/** Chapter 2 of the handbook, generated from the records: nothing in it is typed by hand. */
export function methodAccounting(
  r: HandbookRecords,
  ref: MakeRef,
  numberOf: Map<number, string>,
): MethodAccounting {
  const roundNo = new Map(r.rounds.map((x) => [x.id, x.number]));
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
        item: ref(d.roundId, d.refId, d.number, d.text),
        decision: d.override!,
        reason: d.overrideReason ?? '',
      })),
    feedback: r.rounds
      .filter((x) => x.kind === 'rating' && x.status !== 'draft')
      .sort((a, b) => a.number - b.number)
      .map((x) => ({
        round: x.number,
        items: representedIn(r, x),
        ...(x.feedbackByGroup ? { byGroup: true } : {}),
      })),
    memberChecks: r.memberChecks.map((m) => ({
      round: roundNo.get(m.roundId) ?? 0,
      published: iso(m.publishedAt),
      agreed: m.agreed,
      comments: m.comments,
      outcome: decisionWords[r.study.lang].agreed(m.agreed, m.agreed + m.disagreed),
    })),
    dissent: dissentOf(r, ref, numberOf),
    adoptionConfirmed: r.version.adoptionConfirmed ?? [],
  };
}
