import { COORD, splitChunks, classify, type Chunk } from './clauses-en';
import { mapPeople, type RoleContext } from './roles';
import { joinTokens, type Sentence, type Tok } from './segment';
import type { Candidate } from './types';
import { baseOfParticiple, baseOfPast, isIrregularForm, pres3 } from './verbs-en';

const OTHER_SUBJ = /^(he|she|they|you|it|there|client|mr|mrs|ms|mum|dad|mother|father|daughter|son|gp|ot)$/;
const NOT_NOTE_VERB = /^(be|have|feel|seem|need|want)$/;
const AFTER_PARTICIPLE = /^(with|to|for|at|on|in|and|over|via|as|:|\.|;|,)$/;
const CONTACT = /^(phone|ring|call|text|email|e-mail)$/;

/** A subjectless past verb opening a note: "Phoned her daughter …", "Went through the plan …". */
function verbFirst(toks: Tok[]): string | null {
  const w = toks.find((t) => t.word);
  if (!w || w !== toks[0] || !/^\p{Lu}\p{Ll}/u.test(w.s)) return null;
  const base = baseOfPast(w.l);
  if (!base || w.l === base || NOT_NOTE_VERB.test(base)) return null;
  // "Went" is irregular; a regular form must end in -ed to be a past, and the base must be a known verb shape.
  if (!/ed$/.test(w.l) && !isIrregularForm(w.l)) return null;
  return base;
}

/** A noun phrase followed by a participle: "Support plan agreed with her", "Case closed". */
function nounParticiple(toks: Tok[]): { at: number; base: string } | null {
  const words = toks.filter((t) => t.word);
  for (let i = 1; i < Math.min(words.length, 4); i++) {
    const t = words[i]!;
    const base = /ed$/.test(t.l) || isIrregularForm(t.l) ? baseOfParticiple(t.l) : null;
    if (!base || base === t.l || NOT_NOTE_VERB.test(base)) continue;
    if (words.slice(0, i).some((w) => OTHER_SUBJ.test(w.l) || COORD.test(w.l))) return null;
    const next = toks[toks.indexOf(t) + 1];
    if (next && !AFTER_PARTICIPLE.test(next.l)) return null;
    return { at: toks.indexOf(t), base };
  }
  return null;
}

function finish(words: string[]): string {
  const s = joinTokens(words.filter(Boolean))
    .replace(/\s+([,.;:!?])/g, '$1')
    .replace(/[,;:.?!\s]+$/, '')
    .trim();
  return s ? s + '.' : s;
}

/**
 * An English file note written without a subject ("Phoned her daughter the same day", "Support plan agreed
 * with her"), as the practitioner's activity. Continues until a clause with its own subject or a colon list.
 */
export function englishNote(sent: Sentence, ctx: RoleContext): Candidate | null {
  const chunks = splitChunks(sent.toks).map((t, i) => classify(t, i === 0));
  const head = chunks[0];
  if (!head || chunks.some((c) => c.kind === 'P')) return null;
  const base = verbFirst(head.toks);
  const np = base ? null : nounParticiple(head.toks);
  if (!base && !np) return null;
  const kept: Chunk[] = [head];
  // After a colon come the items or findings: evidence for the activity, but no part of its wording.
  const cited: Chunk[] = [head];
  let listing = false;
  for (const c of chunks.slice(1)) {
    const prev = cited.at(-1)!;
    const w0 = c.toks.find((t) => t.word);
    if (prev.toks.at(-1)?.s === ';' || (c.kind === 'O' && w0 && OTHER_SUBJ.test(w0.l))) break;
    listing ||= prev.toks.at(-1)?.s === ':';
    cited.push(c);
    if (!listing) kept.push(c);
  }
  const words: string[] = [];
  kept.forEach((c, i) => {
    // A name alone between commas addresses or names someone ("her daughter, Anne,"): not part of the item.
    if (c.kind === 'LIST' && c.toks.every((t) => !t.word || /^\p{Lu}/u.test(t.s))) return;
    const mapped = mapPeople(c.toks, ctx, true);
    if (i === 0 && base) {
      const obj = c.toks[1]?.l ?? '';
      const contact = CONTACT.test(base) && /^(him|her|them|the|his|their|mr|mrs|ms)$|'s$/.test(obj);
      mapped[0] = contact ? 'contacts' : pres3(base);
    } else if (i === 0 && np) {
      // "Care Act assessment started": a capital on the next word shows a name, which keeps its capitals.
      const named = /^\p{Lu}/u.test(mapped[1] ?? '');
      const np0 = mapped.slice(0, np.at).map((w, k) => (k === 0 && !named ? w.toLowerCase() : w));
      // "File closed" → "closes the file": a bare singular noun phrase gets the article notes leave out.
      const bare =
        !/^(the|a|an|his|her|their|its|this|that|these|those|my|our|your|all|some|any|no|each|every|\d.*)$/i.test(
          np0[0] ?? '',
        ) && !/[^s]s$/.test(mapped[np.at - 1] ?? '');
      mapped.splice(0, np.at + 1, pres3(np.base), ...(bare ? ['the'] : []), ...np0);
    } else if (c.kind === 'ELL') {
      const k = c.toks.findIndex((t) => t.word && !COORD.test(t.l));
      const b = k >= 0 ? baseOfPast(c.toks[k]!.l) : null;
      if (b) mapped[k] = pres3(b);
    }
    words.push(...mapped);
  });
  const span = cited.flatMap((c) => c.toks.filter((t) => t.word));
  return {
    text: finish(['The practitioner', ...words]),
    evidence: { start: span[0]!.start, end: span.at(-1)!.end },
  };
}
