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
  /** A single-line field: title, label, name, e-mail, organisation, role. */
  line: 300,
  /** One item or criterion text. */
  item: 2000,
  /** A comment, reason, instruction or other free text. */
  note: 10_000,
  /** Time budget of one heavy task in the worker pool (pseudonymisation, extraction, a handbook). */
  taskSeconds: 60,
  /** Rows in an uploaded panel CSV. */
  csvRows: 20_000,
} as const;
