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
