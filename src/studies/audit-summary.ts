import { describeProtocol, type ConsensusProtocol } from '../consensus';
import type { Lang } from '../domain';

type Data = Record<string, unknown>;

const words = {
  nl: {
    decided: (round: unknown, d: Data) =>
      `Ronde ${round}: ${d['in']} opgenomen, ${d['out']} weggelaten, ${d['none']} zonder consensus`,
    maxRounds: (n: unknown) => `Hoogstens ${n} rondes.`,
    reason: 'Reden',
    proposed: (d: Data) =>
      `${d['items']} items, ${d['clusters']} clusters (${d['grouping'] === 'phases' ? 'fasen' : 'voorgesteld'}) uit ${d['cases']} casussen`,
    rerun: (d: Data) => `${d['newItems']} nieuwe items en ${d['newEvidence']} keer nieuw bewijs voorgesteld`,
    memberCheck: (d: Data) => `${d['memberCheckId']}: ${d['panellists']} panelleden`,
    round: (n: unknown) => `ronde ${n}`,
    opened: (items: number, invited: unknown) => `${items} items, ${invited} panelleden uitgenodigd`,
    version: (n: string) => `Versie ${n}`,
    decision: { in: 'opnemen', out: 'weglaten', none: 'geen consensus' } as Record<string, string>,
    overrideRemoved: (rule: string) => `Overruling verwijderd (regel: ${rule})`,
  },
  en: {
    decided: (round: unknown, d: Data) =>
      `Round ${round}: ${d['in']} included, ${d['out']} left out, ${d['none']} without consensus`,
    maxRounds: (n: unknown) => `At most ${n} rounds.`,
    reason: 'Reason',
    proposed: (d: Data) =>
      `${d['items']} items, ${d['clusters']} clusters (${d['grouping'] === 'phases' ? 'phases' : 'proposed'}) from ${d['cases']} cases`,
    rerun: (d: Data) => `${d['newItems']} new items and ${d['newEvidence']} new pieces of evidence proposed`,
    memberCheck: (d: Data) => `${d['memberCheckId']}: ${d['panellists']} panellists`,
    round: (n: unknown) => `round ${n}`,
    opened: (items: number, invited: unknown) => `${items} items, ${invited} panellists invited`,
    version: (n: string) => `Version ${n}`,
    decision: { in: 'include', out: 'leave out', none: 'no consensus' } as Record<string, string>,
    overrideRemoved: (rule: string) => `Override removed (rule: ${rule})`,
  },
};

function parse(json: string | null): Data | null {
  if (!json) return null;
  try {
    const v: unknown = JSON.parse(json);
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Data) : null;
  } catch {
    // The log keeps at most 2,000 characters of `after`; the counts are written first, so they survive.
    const d: Data = {};
    for (const m of json.matchAll(/"(\w+)":(\d+)[,}]/g)) d[m[1]!] ??= Number(m[2]);
    return Object.keys(d).length ? d : null;
  }
}

/**
 * The audit log's "what" in the reader's language. Entries the app generates store data (in `after`) and an
 * empty or person-written summary; the sentence is made here. Older entries keep the summary they were written
 * with (the log is append-only).
 */
export function auditSummary(
  row: { action: string; summary: string; after: string | null },
  lang: Lang,
): string {
  const w = words[lang];
  // Standard versions were logged by their label in the researcher's language ("Versie 1 → Versie 2").
  const version = /^(?:Versie|Version) (\d+)(?: → (?:Versie|Version) (\d+))?$/.exec(row.summary.trim());
  if (row.action.startsWith('standard.') && version)
    return version[2] ? `${w.version(version[1]!)} → ${w.version(version[2])}` : w.version(version[1]!);
  const d = parse(row.after);
  if (!d) return row.summary;
  const dec = (x: unknown) => (typeof x === 'string' ? (w.decision[x] ?? x) : '');
  const own = row.summary.trim();
  switch (row.action) {
    case 'decisions.compute':
      return 'round' in d ? w.decided(d['round'], d) : row.summary;
    case 'protocol.save':
    case 'protocol.change': {
      if (own || !('preset' in d)) return row.summary;
      const reason = typeof d['reason'] === 'string' && d['reason'] ? ` ${w.reason}: ${d['reason']}` : '';
      return `${describeProtocol(d as unknown as ConsensusProtocol, lang)} ${w.maxRounds(d['maxRounds'])}${reason}`;
    }
    case 'draft.propose':
      return own || !('items' in d) ? row.summary : w.proposed(d);
    case 'draft.rerun':
      return own || !('newItems' in d) ? row.summary : w.rerun(d);
    case 'round.open':
      return typeof d['itemCount'] === 'number' && 'invited' in d
        ? `${row.summary}: ${w.opened(d['itemCount'], d['invited'])}`
        : row.summary;
    case 'round.member-check':
      return own || !('memberCheckId' in d) ? row.summary : w.memberCheck(d);
    case 'decision.override':
      return typeof d['override'] === 'string' && typeof d['computed'] === 'string'
        ? `${dec(d['computed'])} → ${dec(d['override'])}: ${typeof d['reason'] === 'string' ? d['reason'] : ''}`
        : row.summary;
    case 'decision.override.remove':
      return typeof d['computed'] === 'string' ? w.overrideRemoved(dec(d['computed'])) : row.summary;
  }
  if (row.action.startsWith('round.') && typeof d['round'] === 'number')
    return [w.round(d['round']), own].filter(Boolean).join(': ');
  return row.summary;
}
