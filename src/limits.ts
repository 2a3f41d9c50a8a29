/**
 * Every size limit in one place, so the edge, the forms and the messages that name them agree. They bound the
 * work one request can cause; the numbers are far above anything a real study needs.
 */
export const LIMITS = {
  /**
   * Fields in one form or query string. No form of ours has more (the largest is a selection of a few hundred
   * items), and it keeps any list of ids far below SQLite's 32,766 variables per statement.
   */
  formFields: 5000,
  /** Uploaded file (.txt, .md, .docx, .csv, .json), in bytes. */
  uploadBytes: 5 * 1024 * 1024,
  /** A .docx unpacks to at most this much, counted from the zip's central directory before unpacking. */
  docxUnpackedBytes: 30 * 1024 * 1024,
  /** Entries in a .docx zip. */
  docxEntries: 2000,
  /** Characters of one case text (pasted or extracted from a file). */
  caseText: 5_000_000,
  /** Case texts longer than this get their pseudonymisation preview rendered in the worker pool. */
  inlinePreview: 100_000,
  /** A single-line field: title, label, name, e-mail, organisation, role. */
  line: 300,
  /** One item or criterion text. */
  item: 2000,
  /** A comment, reason, instruction or other free text. */
  note: 10_000,
  /** A longer text: an invitation or reminder e-mail, an information letter, a member-check summary. */
  letter: 20_000,
  /** Time budget of one heavy task in the worker pool (pseudonymisation, extraction, a handbook). */
  taskSeconds: 60,
  /** Rows in an uploaded panel CSV. */
  csvRows: 20_000,
} as const;

/**
 * The fields of a hand-parsed form that are longer than their limit, each with that limit. Forms parsed by zod
 * use `.max(LIMITS.…)` instead; both end in the same message beside the field (common.errTooLong), through
 * `limitErrors` and the shared validator hook in src/http/validate.ts.
 */
export function overLimits<K extends string>(
  values: Partial<Record<K, string>>,
  maxes: Record<K, number>,
): Partial<Record<K, number>> {
  const out: Partial<Record<K, number>> = {};
  for (const k of Object.keys(maxes) as K[]) {
    const v = values[k];
    if (typeof v === 'string' && v.length > maxes[k]) out[k] = maxes[k];
  }
  return out;
}
