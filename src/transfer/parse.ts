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
  return { ok: true, doc: parsed.data };
}
