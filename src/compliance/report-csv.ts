import { readCsv } from '../exports/csv';
import { agreement, type Agreement } from './agreement';
import { tally, tallyBy } from './compliance';
import { isScore, SCORES, type Score } from './scores';

export interface ReviewScore {
  reviewer: string;
  practitioner: string;
  dossier: string;
  item: string;
  score: Score;
}

export interface ComplianceReport {
  items: { item: string; scored: number; applicable: number; compliance: number | null }[];
  practitioners: { practitioner: string; applicable: number; compliance: number | null }[];
  overall: { applicable: number; compliance: number | null };
  agreement: Agreement;
}

const COLUMNS = ['reviewer', 'practitioner', 'dossier', 'item', 'score'] as const;

/** The separator of the first non-empty line: `,` as the CLI documents, `;` or tab as spreadsheets write it. */
function delimiterOf(text: string): ',' | ';' | '\t' {
  const first =
    text
      .replace(/^\uFEFF/, '')
      .split(/\r\n|\n|\r/)
      .find((l) => l.trim() !== '') ?? '';
  const count = (s: string) => first.split(s).length;
  return count(';') > count(',') && count(';') >= count('\t') ? ';' : count('\t') > count(',') ? '\t' : ',';
}

const blank = (row: readonly string[]) => row.every((f) => f.trim() === '');

/**
 * Reads `reviewer,practitioner,dossier,item,score` rows (any column order, header case-insensitive, fields
 * trimmed, score case-insensitive; `,` or else `;` or tab; empty lines skipped, before the header too). An
 * empty file, a missing column, a score outside voldaan/deels/niet/nvt, an empty field, or a second score of
 * the same practitioner+dossier+item by the same reviewer is an error naming the line.
 */
export function parseReviewCsv(text: string): ReviewScore[] {
  const rows = readCsv(text, { delimiter: delimiterOf(text) });
  const start = rows.findIndex((row) => !blank(row));
  if (start < 0) throw new SyntaxError(`the file is empty (expected the header ${COLUMNS.join(',')})`);
  const header = rows[start]!.map((h) => h.trim().toLowerCase());
  const cols = COLUMNS.map((c) => header.indexOf(c));
  const lacking = COLUMNS.filter((_, i) => cols[i]! < 0);
  if (lacking.length) {
    throw new SyntaxError(
      `header must be ${COLUMNS.join(',')}: it lacks ${lacking.join(', ')} (got "${rows[start]!.join(',')}")`,
    );
  }
  const seen = new Set<string>();
  const scores: ReviewScore[] = [];
  rows.slice(start + 1).forEach((row, index) => {
    const line = start + index + 2;
    if (blank(row)) return;
    const [reviewer, practitioner, dossier, item, raw] = cols.map((c) => row[c]?.trim() ?? '') as [
      string,
      string,
      string,
      string,
      string,
    ];
    const missing = COLUMNS.filter((_, i) => [reviewer, practitioner, dossier, item, raw][i] === '');
    if (missing.length) throw new SyntaxError(`line ${line}: ${missing.join(', ')} missing`);
    const score = raw.toLowerCase();
    if (!isScore(score))
      throw new RangeError(`line ${line}: score "${raw}" is not one of ${SCORES.join(', ')}`);
    const key = JSON.stringify([reviewer, practitioner, dossier, item]);
    if (seen.has(key)) {
      throw new SyntaxError(
        `line ${line}: second score by ${reviewer} of item ${item} in dossier ${dossier} of ${practitioner}`,
      );
    }
    seen.add(key);
    scores.push({ reviewer, practitioner, dossier, item, score });
  });
  return scores;
}

/** The `compliance` CLI report: unrounded percentages, items and practitioners in order of first appearance. */
export function complianceReport(scores: readonly ReviewScore[]): ComplianceReport {
  const items = [
    ...tallyBy(
      scores,
      (s) => s.item,
      (s) => s.score,
    ),
  ].map(([item, t]) => ({
    item,
    scored: t.scored,
    applicable: t.applicable,
    compliance: t.compliance,
  }));
  const practitioners = [
    ...tallyBy(
      scores,
      (s) => s.practitioner,
      (s) => s.score,
    ),
  ].map(([practitioner, t]) => ({
    practitioner,
    applicable: t.applicable,
    compliance: t.compliance,
  }));
  const all = tally(scores.map((s) => s.score));
  return {
    items,
    practitioners,
    overall: { applicable: all.applicable, compliance: all.compliance },
    agreement: agreement(
      scores.map((s) => ({
        reviewer: s.reviewer,
        subject: JSON.stringify([s.practitioner, s.dossier, s.item]),
        score: s.score,
      })),
    ),
  };
}
