import type { Phase } from '../../db/schema';
import { LIMITS } from '../limits';

export type ItemField = 'cluster' | 'subAspect' | 'phase' | 'wording' | 'criterion' | 'norm';

const HEADERS: Record<string, ItemField> = {
  cluster: 'cluster',
  rubriek: 'cluster',
  rubric: 'cluster',
  'sub-aspect': 'subAspect',
  subaspect: 'subAspect',
  'sub aspect': 'subAspect',
  deelaspect: 'subAspect',
  'deel-aspect': 'subAspect',
  phase: 'phase',
  fase: 'phase',
  wording: 'wording',
  formulering: 'wording',
  item: 'wording',
  handeling: 'wording',
  activiteit: 'wording',
  activity: 'wording',
  tekst: 'wording',
  text: 'wording',
  criterion: 'criterion',
  criterium: 'criterion',
  norm: 'norm',
};

/** Error codes are keys of the itemImport i18n namespace. */
export type ItemRowError =
  | 'errWording'
  | 'errTooLong'
  | 'errFormula'
  | 'errEncoding'
  | 'errPhase'
  | 'errNorm'
  | 'errSubWithoutCluster'
  | 'errDuplicateFile'
  | 'errDuplicateDraft';

export interface ItemRowInput {
  cluster: string;
  subAspect: string;
  /** The phase id of the study, or null when the row names no phase. */
  phaseId: string | null;
  wording: string;
  criterion: string;
  normPercentage: number | null;
  normUnit: string;
}

export interface ItemImportRow {
  /** Row number as a spreadsheet shows it (the header is row 1). */
  row: number;
  input: ItemRowInput;
  /** The phase as written in the file, for the preview. */
  phaseText: string;
  normText: string;
  errors: ItemRowError[];
}

export type ItemImportParse =
  | { ok: true; rows: ItemImportRow[]; unknownHeaders: string[] }
  | { ok: false; error: 'errEmpty' | 'errNoWording' };

/** The limits of the draft's own forms, so an imported item can be edited and saved again as it is. */
const MAX_WORDING = LIMITS.item;
const MAX_LABEL = LIMITS.line;
const MAX_CRITERION = LIMITS.item;

/**
 * A cell a spreadsheet would run as a formula ("=…", "@…", "+A1", "-SUM(…)") or one holding a formula's
 * error value: not an item's words. "- De hulpverlener …" (a dash, then a space) is a list dash and passes.
 */
const FORMULA = /^(?:[=@]|[+-][=A-Za-z(]|#(?:REF!|VALUE!|NAME\?|DIV\/0!|N\/A|NULL!|NUM!))/;

const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

/** "80", "80%", "≥ 80% van de dossiers", "80% of files": a whole percentage 0–100 and the unit after it. */
export function parseNorm(text: string): { percentage: number; unit: string } | undefined {
  const m = /^(?:≥|>=)?\s*(\d{1,3})\s*%?\s*(?:(?:van de|van|of the|of)\s+)?(.*)$/i.exec(text.trim());
  if (!m) return undefined;
  const percentage = Number(m[1]);
  if (percentage > 100) return undefined;
  const unit = m[2]!.trim();
  return { percentage, unit: unit || 'dossiers' };
}

/** A phase named by its id or its label, in any letter case. */
function phaseOf(text: string, phases: readonly Phase[]): string | null | undefined {
  const key = norm(text);
  if (!key) return null;
  return phases.find((p) => p.id.toLowerCase() === key || norm(p.label) === key)?.id;
}

/**
 * Reads an item table (first row headers, Dutch or English) and checks every row: no wording, a phase the study
 * does not have, a norm that is no percentage, a sub-aspect without cluster, text too long, the same wording
 * twice in the file or already in the draft. Blank rows are skipped. Nothing is stored here.
 */
export function parseItemTable(
  table: readonly (readonly string[])[],
  phases: readonly Phase[],
  existingWordings: Iterable<string> = [],
): ItemImportParse {
  const [header, ...rows] = table;
  if (!header || header.every((h) => !h.trim())) return { ok: false, error: 'errEmpty' };
  const map = header.map((h) => HEADERS[norm(h)]);
  if (!map.includes('wording')) return { ok: false, error: 'errNoWording' };
  const unknownHeaders = header
    .filter((_, i) => !map[i])
    .map((h) => h.trim())
    .filter(Boolean);
  const inDraft = new Set([...existingWordings].map(norm));
  const seen = new Set<string>();
  const out = rows.flatMap((cells, i): ItemImportRow[] => {
    if (cells.every((f) => !f.trim())) return [];
    const get = (f: ItemField) => {
      const idx = map.indexOf(f);
      return idx < 0 ? '' : (cells[idx] ?? '').trim().replace(/\s+/g, ' ');
    };
    const errors: ItemRowError[] = [];
    const wording = get('wording');
    const phaseText = get('phase');
    const phaseId = phaseOf(phaseText, phases);
    const normText = get('norm');
    const parsedNorm = normText ? parseNorm(normText) : undefined;
    const input: ItemRowInput = {
      cluster: get('cluster'),
      subAspect: get('subAspect'),
      phaseId: phaseId ?? null,
      wording,
      criterion: get('criterion'),
      normPercentage: parsedNorm?.percentage ?? null,
      normUnit: parsedNorm?.unit ?? 'dossiers',
    };
    if (!wording) errors.push('errWording');
    if (
      wording.length > MAX_WORDING ||
      input.cluster.length > MAX_LABEL ||
      input.subAspect.length > MAX_LABEL ||
      input.criterion.length > MAX_CRITERION ||
      input.normUnit.length > MAX_LABEL
    )
      errors.push('errTooLong');
    const texts = [input.cluster, input.subAspect, wording, input.criterion, normText];
    if (texts.some((x) => FORMULA.test(x))) errors.push('errFormula');
    if (texts.some((x) => x.includes('\uFFFD'))) errors.push('errEncoding');
    if (phaseId === undefined) errors.push('errPhase');
    if (normText && !parsedNorm) errors.push('errNorm');
    if (input.subAspect && !input.cluster) errors.push('errSubWithoutCluster');
    if (wording) {
      const key = norm(wording);
      if (inDraft.has(key)) errors.push('errDuplicateDraft');
      else if (seen.has(key)) errors.push('errDuplicateFile');
      seen.add(key);
    }
    return [{ row: i + 2, input, phaseText, normText, errors }];
  });
  return { ok: true, rows: out, unknownHeaders };
}
