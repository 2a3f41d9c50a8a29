import { findAssistSettings, knownTexts, storeAssistRun } from '../../../db/draft/assist';
import { caseTexts } from '../../../db/cases/cases';
import type { Db } from '../../../db/client';
import type { Study } from '../../../db/studies/studies';
import { AssistError, chatCompletion, type AssistFailure } from '../../assist/client';
import { assistMessages, PROMPT_VERSION } from '../../assist/prompt';
import { checkAnswer, parseAnswer } from '../../assist/verify';
import { normalise } from '../../draft/proposal';

export type AssistOutcome =
  | { kind: 'off' }
  | { kind: 'noCases' }
  | { kind: 'failed'; failure: AssistFailure }
  | { kind: 'suggested'; items: number; dropped: number };

/**
 * Asks the study's language model for statements per case and stores what passes the checks as open
 * suggestions. Only the stored case text (pseudonymised on the way in) is sent, never titles or names.
 * A failure stops the run, stores nothing and is written to the audit log with the model and prompt version.
 */
export async function runAssist(
  db: Db,
  study: Study,
  userId: number,
  opts: { timeoutMs: number },
): Promise<AssistOutcome> {
  const settings = findAssistSettings(db, study.id);
  if (!settings?.enabled) return { kind: 'off' };
  const cases = caseTexts(db, study.id);
  if (cases.length === 0) return { kind: 'noCases' };
  const startedAt = new Date();
  const phaseIds = new Set(study.phases.map((p) => p.id));
  const seen = new Set(knownTexts(db, study.id).map(normalise));
  const list: {
    text: string;
    phaseId: string | null;
    evidence: { caseId: number; start: number; end: number }[];
  }[] = [];
  let dropped = 0;
  const run = (failure?: string) => ({
    model: settings.model,
    promptVersion: PROMPT_VERSION,
    startedAt,
    ms: Math.round(Date.now() - startedAt.getTime()),
    cases: cases.length,
    dropped,
    failure,
  });
  try {
    for (const c of cases) {
      const content = await chatCompletion(settings, assistMessages(c.text, study.lang, study.phases), {
        timeoutMs: opts.timeoutMs,
      });
      const answer = parseAnswer(content);
      if (!answer) throw new AssistError('format', 'no statements JSON in the reply');
      const checked = checkAnswer(c.text, answer, phaseIds);
      dropped += checked.dropped;
      for (const s of checked.kept) {
        if (seen.has(normalise(s.text))) continue;
        seen.add(normalise(s.text));
        list.push({ ...s, evidence: s.evidence.map((e) => ({ caseId: c.id, ...e })) });
      }
    }
  } catch (e) {
    if (!(e instanceof AssistError)) throw e;
    storeAssistRun(db, study.id, userId, [], run(`${e.kind} (${e.detail})`));
    return { kind: 'failed', failure: e.kind };
  }
  const items = storeAssistRun(db, study.id, userId, list, run());
  return { kind: 'suggested', items, dropped };
}
