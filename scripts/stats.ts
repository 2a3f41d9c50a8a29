/**
 * Item statistics for a CSV of ratings: `npm run --silent stats -- --scale 1-9 FILE`.
 * Input header `item,panellist,value` (any column order, quoted fields allowed); an empty value or `x`
 * means "cannot judge"; a second rating of the same item by the same panellist is an error.
 * Output: one JSON object {items: [...], kendall: {w, chi2, df, p}, kendallIncomplete: {w, chi2, df, p, m, n,
 * ratings}} (kendall over complete panellists; kendallIncomplete by Skillings–Mack), unrounded; quartiles and P30/P70 by
 * R type 7; agreement = percent of valid ratings in the top band (7–9 on 1–9, 4–5 on 1–5).
 * On scales other than 1–9 the COMET rule does not apply (comet is "none") and IPRAS/DI are null,
 * because their constants assume the 1–9 scale; P30, P70 and IPR are still given.
 * Errors go to stderr with exit code 1.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ratingsReport } from '../src/stats/ratings-report';
import { parseScale } from '../src/stats/scale';

const usage = 'usage: npm run --silent stats -- [--scale 1-9] FILE.csv  (header: item,panellist,value)';

try {
  const { values, positionals } = parseArgs({
    options: { scale: { type: 'string', default: '1-9' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
  });
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    process.exit(0);
  }
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new Error(usage);
  const scale = parseScale(values.scale);
  const report = ratingsReport(readFileSync(file, 'utf8'), scale);
  process.stdout.write(`${JSON.stringify(report)}\n`);
} catch (error) {
  process.stderr.write(`stats: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
