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

/**
 * Keeps the most specific candidate where spans overlap: an e-mail address beats the name inside it.
 * Candidates are taken in order of priority and length; an occupancy map of the text answers whether a
 * span is still free, so the cost grows with the text and the candidates, not with their pairs.
 */
export function resolveOverlaps<T extends Candidate>(candidates: T[]): T[] {
  const ordered = [...candidates].sort(
    (a, b) => PRIORITY[a.kind] - PRIORITY[b.kind] || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const size = candidates.reduce((m, c) => Math.max(m, c.end), 0);
  const taken = new Uint8Array(size);
  const kept: T[] = [];
  for (const c of ordered) {
    if (c.end <= c.start || c.start < 0) continue;
    let free = true;
    for (let i = c.start; i < c.end && free; i++) free = taken[i] === 0;
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Builds the output in one pass from front to back; a span that overlaps the one before it or no longer
 * matches the text is skipped.
 */
export function applyReplacements(text: string, reps: Replacement[]): string {
  const sorted = [...reps].sort((a, b) => a.start - b.start || b.end - a.end);
  const parts: string[] = [];
  let at = 0;
  for (const r of sorted) {
    if (r.start < at || r.end > text.length || r.start >= r.end) continue;
    if (text.slice(r.start, r.end) !== r.original) continue;
    parts.push(text.slice(at, r.start), r.placeholder);
    at = r.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
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
