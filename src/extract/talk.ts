import type { Lang } from '../domain';
import type { Tok } from './segment';

// Openers of a reflective summary, a basic conversation technique: what follows is the practitioner's
// summary of what the client said, not a statement of their own.
const SUMMARY_NL =
  /^(?:dus\s+)?(?:als\s+ik\s+(?:het|je|jou|jullie|u)\s+goed\s+(?:begrijp|hoor|volg)|het\s+klinkt\s+(?:alsof|als)|wat\s+ik\s+(?:hoor|begrijp)(?:\s+is)?|(?:dus\s+)?(?:je|jij|u|jullie)\s+(?:zegt|bedoelt)|samengevat|kortom|met\s+andere\s+woorden|even\s+samenvatten)\b[\s,:]*/i;
const SUMMARY_EN =
  /^(?:so\s+)?(?:if\s+i\s+understand\s+(?:you|this|that|it)\s+(?:correctly|right)|it\s+sounds\s+(?:like|as\s+if|as\s+though)|what\s+i(?:'m|\s+am)\s+hearing\s+is|(?:so\s+)?you(?:'re|\s+are)\s+saying|in\s+other\s+words|to\s+sum\s+up|let\s+me\s+sum\s+up)\b[\s,:]*/i;

/**
 * The tokens after a reflective-summary opener ("Als ik het goed begrijp, …", "It sounds like …"), or
 * undefined when the sentence does not open with one.
 */
export function afterSummaryOpener(toks: Tok[], lang: Lang): Tok[] | undefined {
  // Matched on the tokens joined by single spaces, so the opener can be counted off in tokens.
  const said = toks.map((t) => t.l).join(' ');
  const m = (lang === 'nl' ? SUMMARY_NL : SUMMARY_EN).exec(said);
  if (!m) return undefined;
  let used = 0;
  let k = 0;
  while (k < toks.length && used + toks[k]!.l.length <= m[0].length) used += toks[k++]!.l.length + 1;
  const rest = toks.slice(k);
  return rest.some((t) => t.word) ? rest : undefined;
}

const CHECK =
  /^(?:(?:heb|begrijp|zie|hoor|zeg|snap|vat)\s+ik\s+(?:het|dat|je|jou|u|jullie)\s+(?:zo\s+)?(?:goed|juist)(?:\s+samen)?|(?:klopt|is)\s+(?:dat|het)(?:\s+zo)?(?:\s+(?:goed|juist))?|(?:did|do|have)\s+i\s+(?:get|got|understand|hear)\s+(?:that|this|it|you)\s+(?:right|correctly)|is\s+that\s+(?:right|correct|ok|okay))\s*\?$/i;

/** A short question that checks whether the practitioner understood: "Heb ik dat goed?", "Is that right?". */
export function isCheckQuestion(said: string): boolean {
  return CHECK.test(said.trim());
}
