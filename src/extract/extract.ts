import type { Lang } from '../domain';
import { analyseEn } from './analyse-en';
import { analyseNl } from './analyse-nl';
import { detectSource, practitionerUnits } from './genre';
import { generalise } from './generalise';
import { missedSafetyActs } from './safety';
import { detectLang } from '../text';
import { suggestPhases } from './phase';
import { clientNames, type RoleContext } from './roles';
import { isCheckQuestion } from './talk';
import { splitSentences, tokenize } from './segment';
import type { Candidate, ExtractedActivity, ExtractOptions, SourceType } from './types';

const SHORT_TAG =
  /^(klopt dat|is dat goed|toch|oké|ok|right|is that right|does that make sense|goed zo|akkoord)\??$/i;

/**
 * Lists what the practitioner does in a case text, each as a behavioural statement in the present tense
 * with its evidence span(s) and a suggested phase. Pure and synchronous; never throws ([] on bad input).
 */
export function extractActivities(text: string, opts: ExtractOptions = {}): ExtractedActivity[] {
  if (typeof text !== 'string' || !/[\p{L}]/u.test(text)) return [];
  try {
    return run(text, opts);
  } catch {
    return [];
  }
}

function run(text: string, opts: ExtractOptions): ExtractedActivity[] {
  const lang = opts.lang ?? detectLang(text);
  const detected = detectSource(text);
  const source: SourceType = !opts.sourceType || opts.sourceType === 'anders' ? detected : opts.sourceType;
  const ctx: RoleContext = {
    lang,
    clientNames: clientNames(tokenize(text, 0, Math.min(text.length, 3000))),
    addressed: source === 'transcript',
  };
  const analyse = lang === 'en' ? analyseEn : analyseNl;
  const found: Candidate[] = [];
  for (const unit of practitionerUnits(text, source)) {
    let prevInUnit: Candidate | undefined;
    for (const sent of splitSentences(text, unit.start, unit.end)) {
      const said = text.slice(sent.start, sent.end).trim();
      // A confirming tag question or a verbless follow-up belongs to what was just said.
      const check = SHORT_TAG.test(said) || isCheckQuestion(said);
      if (
        prevInUnit &&
        source === 'transcript' &&
        (check || (said.endsWith('?') && !/\s\S+\s\S+\s/.test(said)))
      ) {
        prevInUnit.evidence = { start: prevInUnit.evidence.start, end: sent.end };
        if (check && !/(checkt of dat klopt|checks this)\.$/.test(prevInUnit.text))
          prevInUnit.text = prevInUnit.text.replace(
            /\.$/,
            lang === 'en' ? ' and checks this.' : ' en checkt of dat klopt.',
          );
        continue;
      }
      for (const cand of analyse(sent, ctx, source)) {
        if (!cand.continues) found.push((prevInUnit = cand));
        else if (prevInUnit)
          prevInUnit.evidence = { start: prevInUnit.evidence.start, end: cand.evidence.end };
      }
    }
  }
  const units = practitionerUnits(text, source);
  found.push(...missedSafetyActs(text, units, found, lang));
  found.sort((a, b) => a.evidence.start - b.evidence.start);
  // Every statement is read once more as a general act; what names no act of the practitioner goes.
  for (let i = found.length - 1; i >= 0; i--) {
    const general = generalise(found[i]!.text, lang);
    if (general === null) found.splice(i, 1);
    else found[i]!.text = general;
  }
  if (source === 'dossier') mergeNoteLines(found, practitionerUnits(text, source), lang);
  // Position runs from the first to the last activity found, so headers and closing remarks do not shift it.
  const first = found[0]?.evidence.start ?? 0;
  const len = Math.max(1, (found.at(-1)?.evidence.start ?? 0) - first);
  // The title and the practitioner's first words tell what kind of conversation a transcript is.
  const title = text.slice(0, 300).split('\n').slice(0, 2).join(' ');
  const firstUnit = practitionerUnits(text, source)[0];
  const opening = firstUnit
    ? text.slice(firstUnit.start, Math.min(firstUnit.end, firstUnit.start + 300))
    : '';
  const head = `${title.replace(/\n/g, ' ')}\n${opening.replace(/\n/g, ' ')}`;
  const phases = suggestPhases(
    found.map((c) => ({
      text: `${text.slice(c.evidence.start, c.evidence.end)} ${c.text}`.toLowerCase(),
      position: (c.evidence.start - first) / len,
    })),
    { tags: opts.phaseTags, source, head },
  );
  return found.map((c, i) => ({ text: c.text, phase: phases[i] ?? 'uitvoering', evidence: [c.evidence] }));
}

/** Most words a note line's acts may have together before they stay apart as items. */
const NOTE_WORDS = 16;

/**
 * A dated note line is one act of the practitioner: its clauses ("Huisbezoek met collega. Briefje
 * achtergelaten.") become one statement with the line as evidence, unless that would make it too long to
 * read as one item. Works in place on candidates sorted by position.
 */
function mergeNoteLines(found: Candidate[], lines: { start: number; end: number }[], lang: Lang): void {
  const subject = lang === 'en' ? 'The practitioner ' : 'De hulpverlener ';
  const and = lang === 'en' ? ' and ' : ' en ';
  for (const line of lines) {
    const idx = found
      .map((c, i) => [c, i] as const)
      .filter(([c]) => c.evidence.start >= line.start && c.evidence.end <= line.end)
      .map(([, i]) => i);
    if (idx.length < 2 || idx.length > 3) continue;
    const parts = idx.map((i) => found[i]!.text);
    if (!parts.every((p) => p.startsWith(subject))) continue;
    const bodies = parts.map((p) => p.slice(subject.length).replace(/[.]$/, ''));
    const merged = `${subject}${bodies.slice(0, -1).join(', ')}${and}${bodies.at(-1)}.`;
    if (merged.split(/\s+/).length > NOTE_WORDS) continue;
    const first = found[idx[0]!]!;
    first.text = merged;
    first.evidence = { start: first.evidence.start, end: found[idx.at(-1)!]!.evidence.end };
    for (const i of idx.slice(1).reverse()) found.splice(i, 1);
  }
}
