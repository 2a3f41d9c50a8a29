import { z } from 'zod';
import { itemFlags } from '../draft/flags';

/** What the model answered, checked for shape only. */
const Answer = z.object({
  statements: z
    .array(
      z.object({
        text: z.string(),
        phase: z.string().nullish(),
        evidence: z
          .array(
            z.object({
              quote: z.string().nullish(),
              start: z.number().int().nullish(),
              end: z.number().int().nullish(),
            }),
          )
          .default([]),
      }),
    )
    .default([]),
});

export interface CheckedStatement {
  text: string;
  phaseId: string | null;
  evidence: { start: number; end: number }[];
}

export interface CheckResult {
  kept: CheckedStatement[];
  /** Statements dropped because their evidence is not in the case or their wording is flagged. */
  dropped: number;
}

/** The JSON object in a reply, also when the model wrapped it in a ```json fence or a sentence. */
export function parseAnswer(content: string): z.infer<typeof Answer> | undefined {
  const from = content.indexOf('{');
  const to = content.lastIndexOf('}');
  if (from < 0 || to < from) return undefined;
  try {
    const parsed = Answer.safeParse(JSON.parse(content.slice(from, to + 1)));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The span of one piece of evidence in the case: the offsets if they hold the quote, else the quote's
 * only occurrence; offsets without a quote must lie inside the text. Anything else is not evidence.
 */
function locate(
  text: string,
  e: { quote?: string | null; start?: number | null; end?: number | null },
): { start: number; end: number } | undefined {
  const quote = e.quote?.trim();
  const { start, end } = e;
  const inside = start != null && end != null && start >= 0 && end <= text.length && start < end;
  if (quote) {
    if (inside && text.slice(start, end).trim() === quote) return { start, end };
    const at = text.indexOf(quote);
    if (at >= 0 && text.indexOf(quote, at + 1) < 0) return { start: at, end: at + quote.length };
    return undefined;
  }
  return inside ? { start, end } : undefined;
}

/**
 * Puts what a language model proposed through the same checks as the rule-based engine: every piece of
 * evidence must lie in the case text, and the statement must raise none of the draft editor's flags.
 */
export function checkAnswer(
  caseText: string,
  answer: z.infer<typeof Answer>,
  phaseIds: ReadonlySet<string>,
): CheckResult {
  const kept: CheckedStatement[] = [];
  let dropped = 0;
  for (const s of answer.statements) {
    const text = s.text.replace(/\s+/g, ' ').trim();
    const evidence = s.evidence.map((e) => locate(caseText, e));
    const ok =
      text.length >= 10 &&
      itemFlags(text).length === 0 &&
      evidence.length > 0 &&
      evidence.every((e) => e !== undefined);
    if (!ok) {
      dropped++;
      continue;
    }
    const phaseId = s.phase && phaseIds.has(s.phase) ? s.phase : null;
    kept.push({ text, phaseId, evidence: evidence.filter((e) => e !== undefined) });
  }
  return { kept, dropped };
}
