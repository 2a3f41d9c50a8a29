/**
 * Peer-review compliance and agreement for a CSV of scores: `npm run --silent compliance -- FILE`.
 * Input header `reviewer,practitioner,dossier,item,score` (any column order, quoted fields allowed); score is
 * one of voldaan, deels, niet, nvt. Output: one JSON object {items, practitioners, overall, agreement},
 * compliance in percent (unrounded) over every score given, n.v.t. left out, null where nothing is
 * applicable; agreement over practitioner+dossier+item combinations scored by exactly two reviewers.
 * A relative FILE is read from the folder npm was started in. Errors go to stderr with exit code 1.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { complianceReport, parseReviewCsv } from '../src/compliance';

const usage =
  'usage: npm run --silent compliance -- FILE.csv  (header: reviewer,practitioner,dossier,item,score)';

/** The file's text; a relative path is taken from the folder `npm run` was started in (INIT_CWD). */
function readText(file: string): string {
  const path = resolve(process.env.INIT_CWD ?? process.cwd(), file);
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a folder'
          : code === 'EACCES'
            ? 'permission denied'
            : error instanceof Error
              ? error.message
              : String(error);
    throw new Error(`cannot read ${path}: ${why}`);
  }
}

try {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${usage}\n`);
    process.exit(0);
  }
  if (args.length !== 1) throw new Error(usage);
  const report = complianceReport(parseReviewCsv(readText(args[0]!)));
  process.stdout.write(`${JSON.stringify(report)}\n`);
} catch (error) {
  process.stderr.write(`compliance: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
