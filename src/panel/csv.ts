import { readCsv } from '../exports/csv';
import { LIMITS } from '../limits';

export type PanelField = 'name' | 'email' | 'organisation' | 'role' | 'stakeholderGroup';

const HEADERS: Record<string, PanelField> = {
  naam: 'name',
  name: 'name',
  'volledige naam': 'name',
  'full name': 'name',
  email: 'email',
  'e-mail': 'email',
  'e-mailadres': 'email',
  emailadres: 'email',
  'email address': 'email',
  'e-mail address': 'email',
  mail: 'email',
  organisatie: 'organisation',
  organisation: 'organisation',
  organization: 'organisation',
  instelling: 'organisation',
  rol: 'role',
  role: 'role',
  functie: 'role',
  stakeholdergroep: 'stakeholderGroup',
  'stakeholder group': 'stakeholderGroup',
  stakeholder: 'stakeholderGroup',
  groep: 'stakeholderGroup',
  group: 'stakeholderGroup',
  belanghebbendengroep: 'stakeholderGroup',
};

export interface PanelRowInput {
  name: string;
  email: string | null;
  organisation: string;
  role: string;
  stakeholderGroup: string;
}

/** Error codes are i18n keys of the panel namespace. */
export type RowError = 'errName' | 'errEmail' | 'errDuplicateFile' | 'errDuplicatePanel' | 'errTooLong';

export interface ImportRow {
  /** Line number in the file as a spreadsheet shows it (the header is row 1). */
  row: number;
  input: PanelRowInput;
  errors: RowError[];
}

export type ImportParse =
  | { ok: true; rows: ImportRow[]; unknownHeaders: string[] }
  | { ok: false; error: 'errCsvEmpty' | 'errCsvNoName' | 'errCsvTooManyRows' };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function validEmail(email: string): boolean {
  return email.length <= 254 && EMAIL.test(email);
}

/**
 * Reads a panel CSV (Dutch or English headers) and checks every row: missing name, invalid e-mail, an e-mail
 * that appears twice in the file or is already in the panel. Rows with errors are reported, never half-imported.
 */
export function parsePanelCsv(
  text: string,
  existingEmails: Iterable<string> = [],
  maxRows = LIMITS.csvRows,
): ImportParse {
  const rows = readCsv(text, { lenient: true });
  const header = rows.shift();
  if (!header || header.every((h) => !h.trim())) return { ok: false, error: 'errCsvEmpty' };
  const map = header.map((h) => HEADERS[h.trim().toLowerCase().replace(/\s+/g, ' ')]);
  if (!map.includes('name')) return { ok: false, error: 'errCsvNoName' };
  const unknownHeaders = header
    .filter((_, i) => !map[i])
    .map((h) => h.trim())
    .filter(Boolean);
  const blank = (cells: string[]) => cells.every((f) => !f.trim());
  if (rows.filter((cells) => !blank(cells)).length > maxRows)
    return { ok: false, error: 'errCsvTooManyRows' };
  const inPanel = new Set([...existingEmails].map((e) => e.toLowerCase()));
  const seen = new Set<string>();
  const out: ImportRow[] = rows.flatMap((cells, i) => {
    if (blank(cells)) return [];
    const get = (f: PanelField) => {
      const idx = map.indexOf(f);
      return idx < 0 ? '' : (cells[idx] ?? '').trim();
    };
    const email = get('email');
    const input: PanelRowInput = {
      name: get('name'),
      email: email || null,
      organisation: get('organisation'),
      role: get('role'),
      stakeholderGroup: get('stakeholderGroup'),
    };
    const errors: RowError[] = [];
    if (!input.name) errors.push('errName');
    if (
      [input.name, input.organisation, input.role, input.stakeholderGroup].some((v) => v.length > LIMITS.line)
    )
      errors.push('errTooLong');
    if (email) {
      const key = email.toLowerCase();
      if (!validEmail(email)) errors.push('errEmail');
      else if (inPanel.has(key)) errors.push('errDuplicatePanel');
      else if (seen.has(key)) errors.push('errDuplicateFile');
      seen.add(key);
    }
    return [{ row: i + 2, input, errors }];
  });
  return { ok: true, rows: out, unknownHeaders };
}
