import { kindPlaceholder, personNumber, personPlaceholder } from './lang';
import type { Candidate, Lang, PiiKind, Replacement } from './types';

const PRIORITY: Record<PiiKind, number> = {
  email: 0,
  iban: 1,
  bsn: 2,
  idnumber: 2,
  phone: 3,
  birthdate: 4,
  postcode: 5,
  address: 6,
  name: 7,
};

/** Keeps the most specific candidate where spans overlap: an e-mail address beats the name inside it. */
export function resolveOverlaps<T extends Candidate>(candidates: T[]): T[] {
  const ordered = [...candidates].sort(
    (a, b) => PRIORITY[a.kind] - PRIORITY[b.kind] || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const kept: T[] = [];
  for (const c of ordered) {
    if (c.end > c.start && !kept.some((k) => c.start < k.end && c.end > k.start)) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Replaces the spans back to front so earlier offsets stay valid; overlapping or stale spans are skipped. */
export function applyReplacements(text: string, reps: Replacement[]): string {
  const sorted = [...reps].sort((a, b) => b.start - a.start);
  let out = text;
  let limit = text.length;
  for (const r of sorted) {
    if (r.start < 0 || r.end > limit || r.start >= r.end) continue;
    if (text.slice(r.start, r.end) !== r.original) continue;
    out = out.slice(0, r.start) + r.placeholder + out.slice(r.end);
    limit = r.start;
  }
  return out;
}

const isPersonPlaceholder = (p: string): boolean => personNumber(p) !== undefined;

/**
 * Adds a span the researcher selected. A name that is already replaced elsewhere keeps that person's
 * placeholder; a new name gets the next free number. Replacements it overlaps are dropped.
 */
export function addManual(
  text: string,
  reps: Replacement[],
  span: { start: number; end: number; kind: PiiKind },
  lang: Lang = 'nl',
): Replacement[] {
  const original = text.slice(span.start, span.end);
  const rest = reps.filter((r) => r.end <= span.start || r.start >= span.end);
  let placeholder: string;
  if (span.kind === 'name') {
    const same = reps.find((r) => r.kind === 'name' && r.original === original);
    const next = Math.max(0, ...reps.map((r) => personNumber(r.placeholder) ?? 0)) + 1;
    placeholder = same?.placeholder ?? personPlaceholder(next, false, lang);
  } else {
    placeholder = kindPlaceholder(span.kind, lang);
  }
  const added: Replacement = { start: span.start, end: span.end, original, placeholder, kind: span.kind };
  return [...rest, added].sort((a, b) => a.start - b.start);
}

/**
 * Closes gaps in person numbering after the researcher removed replacements, in order of first mention;
 * the client keeps number 1 if still present. Call it only when the user asks, so numbers do not shift.
 */
export function renumber(reps: Replacement[]): Replacement[] {
  const map = new Map<string, string>();
  let n = reps.some((r) => /^\[CLI[EË]NT 1\]$/.test(r.placeholder)) ? 1 : 0;
  for (const r of [...reps].sort((a, b) => a.start - b.start)) {
    if (!isPersonPlaceholder(r.placeholder) || map.has(r.placeholder)) continue;
    if (/^\[CLI[EË]NT/.test(r.placeholder)) map.set(r.placeholder, r.placeholder.replace(/\d+/, '1'));
    else map.set(r.placeholder, r.placeholder.replace(/\d+/, String(++n)));
  }
  return reps.map((r) => ({ ...r, placeholder: map.get(r.placeholder) ?? r.placeholder }));
}
