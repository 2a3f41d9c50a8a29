import { and, eq, ne } from 'drizzle-orm';
import { appendAudit } from '../audit';
import type { Db } from '../client';
import { insertSuggestions } from './proposal';
import type { Span } from './items';
import { assistSettings, items, suggestions } from '../schema';

export type AssistSettings = typeof assistSettings.$inferSelect;

export function findAssistSettings(db: Db, studyId: number): AssistSettings | undefined {
  return db.select().from(assistSettings).where(eq(assistSettings.studyId, studyId)).get();
}

export interface AssistSettingsInput {
  enabled: boolean;
  endpoint: string;
  model: string;
  /** A new key; undefined keeps the stored one. */
  apiKey?: string | undefined;
  removeKey?: boolean | undefined;
}

/** What the audit log may show of the settings: never the key itself, only whether one is set. */
const visible = (s: AssistSettings | undefined) =>
  s && { enabled: s.enabled, endpoint: s.endpoint, model: s.model, hasKey: !!s.apiKey };

/** Stores the study's assist settings and their audit entry in one transaction. */
export function saveAssistSettings(
  db: Db,
  studyId: number,
  userId: number,
  input: AssistSettingsInput,
): void {
  db.transaction((tx) => {
    const t = tx as unknown as Db;
    const before = findAssistSettings(t, studyId);
    const apiKey = input.removeKey ? null : (input.apiKey ?? before?.apiKey ?? null);
    const row = {
      studyId,
      enabled: input.enabled,
      endpoint: input.endpoint,
      model: input.model,
      apiKey,
      updatedAt: new Date(),
    };
    t.insert(assistSettings)
      .values(row)
      .onConflictDoUpdate({ target: assistSettings.studyId, set: row })
      .run();
    appendAudit(t, {
      studyId,
      userId,
      action: 'assist.settings',
      entity: 'study',
      entityId: studyId,
      summary: `${input.enabled ? 'aan' : 'uit'}: ${input.model} @ ${input.endpoint}`,
      before: visible(before),
      after: visible({ ...row }),
    });
  });
}

/** Texts a suggestion from the model must not repeat: active items and open or rejected suggestions. */
export function knownTexts(db: Db, studyId: number): string[] {
  const active = db
    .select({ text: items.text })
    .from(items)
    .where(and(eq(items.studyId, studyId), eq(items.status, 'active')))
    .all();
  const suggested = db
    .select({ text: suggestions.text })
    .from(suggestions)
    .where(and(eq(suggestions.studyId, studyId), ne(suggestions.status, 'accepted')))
    .all();
  return [...active, ...suggested].map((r) => r.text);
}

export interface AssistRun {
  model: string;
  promptVersion: string;
  startedAt: Date;
  ms: number;
  cases: number;
  dropped: number;
  failure?: string | undefined;
}

/** Stores the model's checked proposals as open new-item suggestions with the run's audit entry, in one transaction. */
export function storeAssistRun(
  db: Db,
  studyId: number,
  userId: number,
  list: { text: string; phaseId: string | null; evidence: Span[] }[],
  run: AssistRun,
): number {
  return db.transaction((tx) => {
    const t = tx as unknown as Db;
    const n = insertSuggestions(
      t,
      studyId,
      list.map((s) => ({ kind: 'new-item' as const, itemId: null, ...s })),
    );
    appendAudit(t, {
      studyId,
      userId,
      action: run.failure ? 'draft.assist.failed' : 'draft.assist',
      entity: 'draft',
      summary: `${run.model} · ${run.promptVersion} · ${run.ms} ms · ${n} voorstellen${run.failure ? ` · ${run.failure}` : ''}`,
      after: { ...run, startedAt: run.startedAt.toISOString(), suggestions: n },
    });
    return n;
  });
}
