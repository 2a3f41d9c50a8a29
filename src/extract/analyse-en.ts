import { englishNote } from './notes-en';
import { isAside, isReason } from './rewrite-nl';
import { afterSummaryOpener } from './talk';
import thirdParties from './lexicon/third-parties.json';
import { mapPeople, ROLE_NOUNS, type RoleContext } from './roles';
import { joinTokens, type Sentence, type Tok } from './segment';
import type { Candidate, SourceType } from './types';
import { COORD, classify, splitChunks, type Chunk } from './clauses-en';
import { baseOfParticiple, baseOfPast, pres3 } from './verbs-en';

const SUBJECT = 'The practitioner';
const ADVERB =
  /^(just|first|also|then|always|never|only|still|even|already|often|usually|really|again|immediately|quickly|honestly|later|soon|together|\w+ly)$/;
const AUX_PERFECT = /^(have|has|had|'ve|'d)$/;
const MODAL = /^(could|would|will|should|must|can|might|may|shall)$/;
const FILLER = /^(then|so|well|basically|actually|just)$/;
const NOT_ACTION =
  /^(be|feel|think|know|have|get|receive|worry|hope|wonder|believe|understand|like|love|seem|want|need|notice|realise|realize|see|hear|remember|expect|fear|doubt|mean)$/;

function mainVerb(toks: Tok[], s: number, e: number): { verb: string; base: string; drop: number[] } {
  const subj = toks[s]!.l;
  let i = e + 1;
  while (toks[i] && ADVERB.test(toks[i]!.l) && toks[i + 1]?.word) i++;
  const v = toks[i];
  const contracted = subj.includes("'") ? subj.split("'")[1] : '';
  if (contracted === 'd' && v && /^have$/.test(v.l)) return { verb: 'would have', base: 'would', drop: [i] };
  if ((contracted === 've' || contracted === 'd') && v) {
    const base = baseOfParticiple(v.l) ?? v.l;
    return { verb: pres3(base), base, drop: [i] };
  }
  if (!v?.word) return { verb: '', base: '', drop: [] };
  if (AUX_PERFECT.test(v.l)) {
    let j = i + 1;
    while (toks[j] && ADVERB.test(toks[j]!.l)) j++;
    const part = toks[j] ? baseOfParticiple(toks[j]!.l) : null;
    if (part && toks[j]!.l !== 'to') return { verb: pres3(part), base: part, drop: [i, j] };
    if (toks[j]?.l === 'to') return { verb: 'has', base: 'must', drop: [i] };
    return { verb: 'has', base: 'have', drop: [i] };
  }
  if (/^(didn't|did)$/.test(v.l)) {
    const neg = v.l === "didn't" || toks[i + 1]?.l === 'not';
    const k = toks[i + 1]?.l === 'not' ? i + 2 : i + 1;
    const base = toks[k]?.l ?? 'do';
    return neg
      ? { verb: 'does not', base, drop: [i, ...(k === i + 2 ? [i + 1] : [])] }
      : { verb: 'does', base, drop: [i] };
  }
  if (MODAL.test(v.l) || /n't$/.test(v.l)) {
    const m = v.l
      .replace(/^could/, 'can')
      .replace(/^couldn't/, 'cannot')
      .replace(/^wouldn't/, 'would not');
    return { verb: m, base: toks[i + 1]?.l ?? m, drop: [i] };
  }
  const base = baseOfPast(v.l) ?? v.l.replace(/^am$/, 'be');
  // Phoning, ringing or texting someone is, in behavioural terms, contacting them.
  const obj = toks[i + 1]?.l ?? '';
  if (
    /^(phone|ring|call|text|email|e-mail)$/.test(base) &&
    /^(him|her|them|the|his|their|mr|mrs|ms)$|'s$/.test(obj)
  ) {
    return { verb: 'contacts', base, drop: [i] };
  }
  return { verb: pres3(base), base, drop: [i] };
}

function rewriteMain(
  c: Chunk,
  ctx: RoleContext,
  sentStart: number,
  inGroup: boolean,
  question: boolean,
): { words: string[]; base: string } {
  const toks = c.toks;
  const s = c.subj ?? 0;
  const words = mapPeople(toks, ctx, true);
  const e = c.subjEnd ?? s;
  const main = mainVerb(toks, s, e);
  const { base, drop } = main;
  let verb = main.verb;
  // "Shall we write down …?" proposes an action.
  if (s > 0 && /^(shall|should|can|could|will|would)$/.test(toks[s - 1]!.l) && question) {
    words[s - 1] = '';
    verb = `proposes to ${base}`;
  }
  for (const d of drop) words[d] = '';
  for (let i = s + 1; i <= e; i++) words[i] = '';
  words[s] = `${SUBJECT.toLowerCase()} ${verb}`;
  toks.forEach((t, i) => {
    if ((i < s && COORD.test(t.l) && i === 0 && !inGroup) || FILLER.test(t.l)) words[i] = '';
  });
  const first = words.findIndex(Boolean);
  if (first >= 0 && first < s && toks[first]!.start === sentStart)
    words[first] = words[first]!.replace(/^\p{Lu}(?=\p{Ll})/u, (m) => m.toLowerCase());
  // "We" is the practitioner with the client, unless the sentence names the partner ("together with the
  // school we …", "we … with the police"): then "we" is the practitioner and that partner keeps its role.
  const partner = namesPartnerEn(words);
  if (/^we/.test(toks[s]!.l) && !words.join(' ').includes('client') && !partner) {
    const tog = words.indexOf('together');
    if (tog >= 0) words[tog] = 'together with the client';
    else words[s] += ' with the client';
  }
  return { words, base };
}

const MEETING_EN = /^(meeting|appointment|conversation|call|contact|session|visit|review)s?$/i;
const THIRD_EN = new Set(thirdParties.en.map((p) => p.replace(/^the /, '')));
/** Whether the words name a partner after "with": a person by role or name, or an organisation. */
function namesPartnerEn(parts: string[]): boolean {
  const words = parts.filter(Boolean).join(' ').split(/\s+/);
  return words.some((w, i) => {
    // "a meeting with the school": the partner of the meeting, not of "we".
    if (!/^with$/i.test(w) || MEETING_EN.test(words[i - 1] ?? '')) return false;
    let k = i + 1;
    if (/^(the|a|an|his|her|their|my|our)$/i.test(words[k] ?? '')) k++;
    const n = words[k] ?? '';
    if (n === 'the' || /^client/.test(n)) return false;
    return /^\p{Lu}/u.test(n) || ROLE_NOUNS.test(n) || THIRD_EN.has(n.toLowerCase());
  });
}

function rewriteEllipsis(c: Chunk, ctx: RoleContext): string[] {
  const words = mapPeople(c.toks, ctx, true);
  const i = c.toks.findIndex((t) => t.word && !COORD.test(t.l) && !ADVERB.test(t.l));
  const base = i >= 0 ? baseOfPast(c.toks[i]!.l) : null;
  if (base && i >= 0) words[i] = pres3(base);
  return words;
}

function rewriteSub(c: Chunk, ctx: RoleContext): string[] {
  const words = mapPeople(c.toks, ctx, false);
  c.toks.forEach((t, i) => {
    if (words[i] !== t.s) return;
    if (t.l === 'was') words[i] = 'is';
    else if (t.l === 'were') words[i] = 'are';
    else if (t.l === 'had' && c.toks[i + 1] && baseOfParticiple(c.toks[i + 1]!.l)) words[i] = 'has';
  });
  return words;
}

function span(chunks: Chunk[]): { start: number; end: number } {
  const words = chunks.flatMap((c) => c.toks.filter((t) => t.word));
  return { start: words[0]!.start, end: words.at(-1)!.end };
}

function finish(words: string[]): string {
  let s = joinTokens(words.filter(Boolean))
    .replace(/\s+([,.;:!?])/g, '$1')
    .replace(/[,;:.?!\s]+$/, '')
    .trim();
  s = s.replace(/^\p{Ll}/u, (m) => m.toUpperCase());
  return s ? s + '.' : s;
}

/** Finds the practitioner's activities in one English sentence. */
export function analyseEn(sent: Sentence, ctx: RoleContext, source: SourceType): Candidate[] {
  if (source === 'dossier') {
    const note = englishNote(sent, ctx);
    if (note) return [note];
  }
  const chunks = splitChunks(sent.toks).map((t, i) => classify(t, i === 0));
  const out: Candidate[] = [];
  let group: Chunk[] = [];
  let lead: Chunk[] = [];
  let words: string[] = [];
  let feeling = false;
  let mainSeen = false;
  const flush = () => {
    if (group.length && (source === 'transcript' || !feeling))
      out.push({
        text: finish([...lead.filter((c) => !isReason(c)).flatMap((c) => rewriteSub(c, ctx)), ...words]),
        evidence: span(lead.concat(group)),
      });
    group = [];
    lead = [];
    words = [];
    feeling = false;
  };
  let quoting = false;
  chunks.forEach((c, i) => {
    if (quoting) return;
    if (
      c.kind === 'O' &&
      c.toks.at(-1)?.s === ':' &&
      c.toks.some((t) => /^(said|says|told|asked|replied|answered|shouted|wrote)$/.test(t.l))
    ) {
      flush();
      quoting = true;
      return;
    }
    if (group.length && isAside(c, chunks[i - 1]!)) return void group.push(c);
    if (c.kind === 'P') {
      const main = rewriteMain(c, ctx, sent.start, group.length > 0, sent.toks.at(-1)?.s === '?');
      if (!group.length) feeling = NOT_ACTION.test(main.base);
      group.push(c);
      words.push(...main.words);
      mainSeen = true;
    } else if (c.kind === 'O') {
      flush();
      mainSeen = true;
    } else if (group.length) {
      group.push(c);
      words.push(...(c.kind === 'ELL' ? rewriteEllipsis(c, ctx) : rewriteSub(c, ctx)));
    } else if (!mainSeen && c.kind === 'SUB') lead.push(c);
  });
  flush();
  if (!out.length && source === 'transcript') {
    const body = mapPeople(sent.toks, ctx, false).filter(Boolean);
    const question = sent.toks.at(-1)?.s === '?';
    const polite = /^(thanks|thank|hello|hi|welcome|good|great|ok|okay|right|sorry|nice|lovely|bye)$/i.test(
      body[0] ?? '',
    );
    const summary = question ? undefined : afterSummaryOpener(sent.toks, 'en');
    if (summary)
      out.push({
        text: finish(['The practitioner summarises:', ...mapPeople(summary, ctx, false)]),
        evidence: { start: sent.start, end: sent.end },
      });
    else if (body.length > 2 && !(polite && !question))
      out.push({
        text: finish([question ? 'The practitioner asks:' : 'The practitioner says:', ...body]),
        evidence: { start: sent.start, end: sent.end },
      });
  }
  return out;
}
