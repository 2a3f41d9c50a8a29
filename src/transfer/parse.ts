import { buildHandbook } from '../handbook/build';
import { reviveRecords } from '../handbook-data/records';
import { toHandbookInput } from '../handbook-data/to-input';
import { danglingReferences } from './references';
import { READABLE_VERSIONS, StudyDocumentSchema, type StudyDocument } from './schema';

export type ParseResult =
  | { ok: true; doc: StudyDocument }
  | { ok: false; error: 'json' | 'format' | 'version' | 'schema' | 'refs'; details: string[] };

/** Reads an uploaded export: JSON, then the schema version, then the schema, then the references. */
export function parseStudyDocument(text: string): ParseResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: 'json', details: [] };
  }
  // Some other JSON file: one plain sentence beats a list of every field it lacks.
  if (
    data &&
    typeof data === 'object' &&
    !Array.isArray(data) &&
    (data as { format?: unknown }).format !== 'maatstaf-study'
  )
    return { ok: false, error: 'format', details: [] };
  const version = (data as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (
    data &&
    typeof data === 'object' &&
    version !== undefined &&
    !READABLE_VERSIONS.includes(version as number)
  )
    return { ok: false, error: 'version', details: [String(version)] };
  const parsed = StudyDocumentSchema.safeParse(data);
  if (!parsed.success) {
    const details = parsed.error.issues
      .slice(0, 10)
      .map((i) => `${i.path.join('.') || '(document)'}: ${i.message}`);
    return { ok: false, error: 'schema', details };
  }
  const refs = danglingReferences(parsed.data);
  if (refs.length) return { ok: false, error: 'refs', details: refs.slice(0, 10) };
  const records = unreadableRecords(parsed.data);
  if (records.length) return { ok: false, error: 'schema', details: records.slice(0, 10) };
  return { ok: true, doc: parsed.data };
}

/**
 * The frozen handbook records of adopted versions are carried as they are; a hand-edited file whose records no
 * longer make a handbook is refused here rather than failing later on the handbook page.
 */
function unreadableRecords(doc: StudyDocument): string[] {
  const out: string[] = [];
  doc.standardVersions.forEach((v, i) => {
    if (!v.handbookRecords) return;
    try {
      buildHandbook(toHandbookInput(reviveRecords(v.handbookRecords)));
    } catch (err) {
      out.push(`standardVersions.${i}.handbookRecords: ${err instanceof Error ? err.message : String(err)}`);
    }
  });
  return out;
}
