/**
 * Peer-review compliance and agreement for a CSV of scores: `npm run --silent compliance -- FILE`.
 * Input header `reviewer,practitioner,dossier,item,score` (any column order, quoted fields allowed); score is
 * one of voldaan, deels, niet, nvt. Output: one JSON object {items, practitioners, overall, agreement},
 * compliance in percent (unrounded) over every score given, n.v.t. left out, null where nothing is
 * applicable; agreement over practitioner+dossier+item combinations scored by exactly two reviewers.
 * Errors go to stderr with exit code 1.
 */
import { readFileSync } from 'node:fs';
import { complianceReport, parseReviewCsv } from '../src/compliance';

const usage =
  'usage: npm run --silent compliance -- FILE.csv  (header: reviewer,practitioner,dossier,item,score)';

try {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${usage}\n`);
    process.exit(0);
  }
  if (args.length !== 1) throw new Error(usage);
  const report = complianceReport(parseReviewCsv(readFileSync(args[0]!, 'utf8')));
  process.stdout.write(`${JSON.stringify(report)}\n`);
} catch (error) {
  process.stderr.write(`compliance: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
