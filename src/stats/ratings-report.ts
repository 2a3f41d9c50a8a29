import { readCsv } from '../exports/csv';
import type { CometClass } from './agreement';
import { summarizeRatings } from './item-stats';
import { kendallForRound } from './kendall';
import { kendallIncomplete } from './kendall-incomplete';
import { groupAnswers, type Answer } from './round';
import type { Scale } from './scale';

export interface ReportItem {
  item: string;
  n: number;
  cannotJudge: number;
  mean: number | null;
  sd: number | null;
  q1: number | null;
  median: number | null;
  q3: number | null;
  iqr: number | null;
  agreement: number | null;
  comet: CometClass;
  p30: number | null;
  p70: number | null;
  ipr: number | null;
  ipras: number | null;
  di: number | null;
}

export interface RatingsReport {
  items: ReportItem[];
  kendall: { w: number | null; chi2: number | null; df: number | null; p: number | null };
  /** W by Skillings–Mack, which also uses panellists who answered "cannot judge" somewhere (see kendall-incomplete). */
  kendallIncomplete: {
    w: number | null;
    chi2: number | null;
    df: number | null;
    p: number | null;
    m: number;
    n: number;
    ratings: number;
  };
}

/** Reads `item,panellist,value` rows (any column order); empty or `x` = cannot judge. */
export function parseRatingsCsv(text: string, scale: Scale): Answer[] {
  const rows = readCsv(text, { delimiter: ',' });
  const header = (rows[0] ?? []).map((h) => h.trim().toLowerCase());
  const col = (name: string) => header.indexOf(name);
  const [itemCol, panellistCol, valueCol] = [col('item'), col('panellist'), col('value')];
  if (itemCol < 0 || panellistCol < 0 || valueCol < 0) {
    throw new SyntaxError(`header must be item,panellist,value (got "${(rows[0] ?? []).join(',')}")`);
  }
  const seen = new Set<string>();
  const answers: Answer[] = [];
  rows.slice(1).forEach((row, index) => {
    const line = index + 2;
    if (row.length === 1 && row[0]?.trim() === '') return;
    const item = row[itemCol]?.trim() ?? '';
    const panellist = row[panellistCol]?.trim() ?? '';
    const raw = row[valueCol]?.trim() ?? '';
    if (item === '' || panellist === '')
      throw new SyntaxError(`line ${line}: item and panellist are required`);
    const key = JSON.stringify([item, panellist]);
    if (seen.has(key)) throw new SyntaxError(`line ${line}: second rating of item ${item} by ${panellist}`);
    seen.add(key);
    let value: number | null = null;
    if (raw !== '' && raw.toLowerCase() !== 'x') {
      value = Number(raw);
      if (!Number.isInteger(value) || value < scale.min || value > scale.max) {
        throw new RangeError(`line ${line}: value "${raw}" is not on the scale ${scale.min}-${scale.max}`);
      }
    }
    answers.push({ item, panellist, dimension: 'importance', value });
  });
  return answers;
}

/**
 * The `stats` CLI report. `kendall` counts only panellists with a valid rating for every item;
 * `kendallIncomplete` is the Skillings–Mack W over every panellist with at least two valid ratings.
 * COMET is 'none' and IPRAS/DI are null on scales other than 1–9, where those rules are not defined.
 */
export function ratingsReport(text: string, scale: Scale): RatingsReport {
  const grouped = groupAnswers(parseRatingsCsv(text, scale));
  const rows = grouped.ratings.importance ?? [];
  const items = rows.map((row, i): ReportItem => {
    const s = summarizeRatings(row, scale);
    return {
      item: String(grouped.items[i]),
      n: s.n,
      cannotJudge: s.cannotJudge,
      mean: s.mean,
      sd: s.sd,
      q1: s.q1,
      median: s.median,
      q3: s.q3,
      iqr: s.iqr,
      agreement: s.agreement,
      comet: s.comet,
      p30: s.rand.p30,
      p70: s.rand.p70,
      ipr: s.rand.ipr,
      ipras: s.rand.ipras,
      di: s.rand.di,
    };
  });
  const { w, chi2, df, p } = kendallForRound(rows, scale);
  const sm = kendallIncomplete(rows, scale);
  return {
    items,
    kendall: { w, chi2, df, p },
    kendallIncomplete: { w: sm.w, chi2: sm.chi2, df: sm.df, p: sm.p, m: sm.m, n: sm.n, ratings: sm.ratings },
  };
}
