import { classify, isFileNote, splitChunks, type Chunk } from './clauses-nl';
import { mapPeople, type RoleContext } from './roles';
import { rewriteGroup, rewriteNote, rewriteSub, tidy } from './rewrite-nl';
import { joinTokens, type Sentence } from './segment';
import { asDatClause } from './statement-nl';
import { passiveAct } from './passive-nl';
import { afterSummaryOpener } from './talk';
import type { Candidate, SourceType } from './types';
import { PARTICLES } from './lexicon-nl';
import { finiteToPres3, isKnownVerbForm } from './verbs-nl';

// Verbs of feeling, knowing and receiving: "ik vond het belangrijk" is context, not an activity.
const NOT_ACTION =
  /^(vindt|denkt|voelt|hoopt|vreest|twijfelt|snapt|begrijpt|weet|schaamt|schrikt|merkt|verwacht|gelooft|krijgt|ontvangt|kent|ziet|hoort|lijkt|blijkt|mist|baalt|is|heeft|wordt|twijfelt|houdt|zit|ligt|staat)$/;
const PLEASANTRY =
  /^(fijn|leuk|goed|dank|bedankt|hallo|hoi|dag|goedemorgen|goedemiddag|welkom|oké|ok|okay|prima|mooi|hm+|nou|ja|nee|sorry)$/;

const DOES_THAT = /^(dat|dit|zo) (doe|doen|deed|deden) (ik|we|wij)( \S+)?$/;

const SPEECH = /^(zei|zeiden|zegt|vertelde|vertelt|vroeg|vraagt|antwoordde|riep|schreef|zuchtte|reageerde)$/;

// "mogen we binnen": without a verb to go with it, "mogen" is permission given, something received.
const isInfinitive = (w: string) =>
  /en$/.test(w) &&
  [w, ...PARTICLES.filter((p) => w.startsWith(p)).map((p) => w.slice(p.length))].some(isKnownVerbForm);

function isFeelingOrState(text: string): boolean {
  const verb = text.split(' ')[2] ?? '';
  if (verb === 'mag')
    return !text
      .split(/[\s,.]+/)
      .slice(3)
      .some(isInfinitive);
  return NOT_ACTION.test(verb) || /\bzich( daar| er)? zorgen\b/.test(text);
}

function span(chunks: Chunk[]): { start: number; end: number } {
  const words = chunks.flatMap((c) => c.toks.filter((t) => t.word || t.s === ')' || t.s === '?'));
  return { start: words[0]!.start, end: words.at(-1)!.end };
}

/** Finds the practitioner's activities in one Dutch sentence. */
export function analyseNl(sent: Sentence, ctx: RoleContext, source: SourceType): Candidate[] {
  // "Dat doen we ook." only confirms the act just told: it adds to that act's evidence, not a new item.
  const said = sent.toks.filter((t) => t.word).map((t) => t.l);
  if (said.length <= 5 && DOES_THAT.test(said.join(' ')))
    return [{ text: '', evidence: { start: sent.start, end: sent.end }, continues: true }];
  const chunks = splitChunks(sent.toks).map((toks, i) => classify(toks, i === 0));
  const talk = source === 'transcript';
  const out: Candidate[] = [];
  let group: Chunk[] = [];
  let lead: Chunk[] = [];
  let mainSeen = false;
  let note = false;
  const flush = () => {
    if (group.length) {
      const intro = /^De hulpverlener is \p{Lu}[\p{L}-]*( \p{Lu}[\p{L}-]*)*(,|\.|$| van )/u;
      let text = note ? rewriteNote(group, ctx) : rewriteGroup(group, lead, ctx);
      // "Ik ben Noor, van het maatschappelijk werk" introduces oneself; the name is no part of the item.
      if (intro.test(text)) text = 'De hulpverlener stelt zich voor.';
      // In talk a short "Dat begrijp ik" acknowledges; it is no activity of its own.
      const short = group.flatMap((c) => c.toks).filter((t) => t.word).length <= 3;
      if (note || (talk && !(short && isFeelingOrState(text))) || !isFeelingOrState(text))
        out.push({ text, evidence: span(lead.concat(group)) });
    }
    group = [];
    lead = [];
    note = false;
  };
  let quoting = false;
  chunks.forEach((c, i) => {
    // "Hij zei: ik praat weer met mensen" — after someone else's speech verb, "ik" is not the practitioner.
    if (quoting) return;
    if (c.kind === 'O' && c.toks.at(-1)?.s === ':' && c.toks.some((t) => SPEECH.test(t.l))) {
      flush();
      quoting = true;
      return;
    }
    // A note may open with a verbless heading ("Kennismaking, uitgelegd wat …"): the note starts after it.
    const opening = i === 0 || (!group.length && chunks.slice(0, i).every((x) => x.kind === 'LIST'));
    if (opening && source === 'dossier' && !chunks.some((x) => x.kind === 'P') && isFileNote(c)) {
      note = true;
      group.push(c);
      mainSeen = true;
      return;
    }
    // In a note, "…; zegt de afspraak vergeten te zijn" has the client as its left-out subject.
    const afterSemicolon = chunks[i - 1]?.toks.at(-1)?.s === ';';
    if (note && afterSemicolon && c.kind === 'ELL' && /t$/.test(c.toks.find((t) => t.word)?.l ?? '')) {
      flush();
      mainSeen = true;
      return;
    }
    if (c.kind === 'P') {
      // In a narrative each clause with its own subject is its own activity; in talk and notes it stays one.
      if (group.length && (note || source === 'verslag' || source === 'interview')) flush();
      group.push(c);
      mainSeen = true;
    } else if (c.kind === 'O') {
      flush();
      mainSeen = true;
    } else if (group.length) group.push(c);
    else if (!mainSeen && c.kind === 'SUB') lead.push(c);
  });
  flush();
  if (!out.length && talk) {
    const said = speechAct(sent, chunks, ctx);
    if (said) out.push(said);
  }
  if (!out.length && !talk) {
    const act = passiveAct(sent, ctx);
    if (act) out.push(act);
  }
  return out;
}

const ACK = /^(begrijp|snap|zie|hoor|weet|herken)$/;
const WH = /^(wat|wie|waar|hoe|wanneer|waarom|welke|welk|hoeveel|hoelang|waarover|waarmee)$/;

/** In a conversation everything the practitioner says is acting: questions become "vraagt …", the rest "zegt: …". */
function speechAct(sent: Sentence, chunks: Chunk[], ctx: RoleContext): Candidate | null {
  const words = sent.toks.filter((t) => t.word);
  if (
    !words.length ||
    (words.length <= 10 && words.slice(0, 3).some((w) => PLEASANTRY.test(w.l)) && sent.toks.at(-1)?.s !== '?')
  )
    return null;
  if (words.length <= 2 && sent.toks.at(-1)?.s !== '?') return null;
  // "Dat begrijp ik", "Ik snap het": acknowledging what the client said, not an activity of its own.
  if (words.length <= 3 && sent.toks.at(-1)?.s !== '?' && words.some((w) => ACK.test(w.l))) return null;
  const mapped = mapPeople(sent.toks, ctx, false);
  const question = sent.toks.at(-1)?.s === '?';
  const toks = sent.toks;
  const firstIdx = toks.findIndex((t) => t.word);
  let text: string;
  if (question) {
    const wh = WH.test(toks[firstIdx]!.l);
    const vi = wh ? firstIdx + 1 : firstIdx;
    const verb = toks[vi];
    const subj = mapped[vi + 1];
    if (verb?.word && subj && /^de cliënt/.test(subj)) {
      const v = /cliënten$/.test(subj) ? mapped[vi]! : finiteToPres3(verb.l);
      mapped[vi] = subj;
      mapped[vi + 1] = v.toLowerCase();
    }
    // Indirect question order: the finite verb goes before a closing infinitive ("wat de cliënt als eerste wil regelen").
    const lastWord = toks.findLastIndex((t) => t.word);
    if (
      wh &&
      verb?.word &&
      lastWord > vi + 2 &&
      /en$/.test(toks[lastWord]!.l) &&
      mapped[vi] !== toks[vi]?.s
    ) {
      const v = mapped[vi + 1]!;
      mapped.splice(vi + 1, 1);
      mapped.splice(lastWord - 1, 0, v);
    }
    const body = mapped.filter((w, i) => w && toks[i]?.s !== '?' && w !== '?');
    if (body[0]) body[0] = wh ? body[0].toLowerCase() : body[0];
    text = wh
      ? `De hulpverlener vraagt ${joinTokens(body)}`
      : `De hulpverlener vraagt of ${joinTokens(body.map((w, i) => (i === 0 ? w.toLowerCase() : w)))}`;
  } else {
    const summary = afterSummaryOpener(toks, 'nl');
    const parts = summary ? splitChunks(summary).map((t, i) => classify(t, i === 0)) : chunks;
    const body = parts.flatMap((c) => rewriteSub(c, ctx)).filter(Boolean);
    if (summary)
      return {
        text: tidy(`De hulpverlener vat samen: ${joinTokens(body)}`),
        evidence: { start: sent.start, end: sent.end },
      };
    // What is said becomes an activity only as a recognisable act: informing or explaining, or naming what
    // concerns the client; fragments, invitations, verdicts and loose reasons are no act of their own.
    const stated = asDatClause(toks);
    // An invitation or a loose reason carries on the act said just before it ("Neem me mee in één ochtend").
    if (stated.kind === 'imperative' || stated.kind === 'dependent')
      return { text: '', evidence: { start: sent.start, end: sent.end }, continues: true };
    if (!stated.clause) return null;
    const words = splitChunks(stated.clause)
      .map((t, i) => classify(t, i === 0))
      .flatMap((c) => rewriteSub(c, ctx))
      .filter(Boolean);
    text = `De hulpverlener ${stated.aboutClient ? 'benoemt' : 'legt uit'} ${joinTokens(words)}`;
  }
  return { text: tidy(text), evidence: { start: sent.start, end: sent.end } };
}
