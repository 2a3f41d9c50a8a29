import { readFileSync } from 'node:fs';
import { extractActivities, type ExtractOptions } from '../src/extract';

import { LANGS, SOURCE_TYPES as SOURCES } from '../src/domain';

function fail(message: string): never {
  process.stderr.write(
    `extract: ${message}\nusage: npm run --silent extract -- FILE [--lang nl|en] [--source ${SOURCES.join('|')}]\n`,
  );
  process.exit(1);
}

const args = process.argv.slice(2);
const opts: ExtractOptions = {};
let file: string | undefined;
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  if (a === '--lang') {
    const v = args[++i];
    if (!LANGS.includes(v as (typeof LANGS)[number])) fail(`--lang must be one of ${LANGS.join(', ')}`);
    opts.lang = v as (typeof LANGS)[number];
  } else if (a === '--source') {
    const v = args[++i];
    if (!SOURCES.includes(v as (typeof SOURCES)[number]))
      fail(`--source must be one of ${SOURCES.join(', ')}`);
    opts.sourceType = v as (typeof SOURCES)[number];
  } else if (a.startsWith('--')) fail(`unknown option ${a}`);
  else if (file) fail('only one FILE');
  else file = a;
}
if (!file) fail('missing FILE');

let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch (e) {
  fail(`cannot read ${file}: ${(e as Error).message}`);
}
process.stdout.write(JSON.stringify({ activities: extractActivities(text, opts) }) + '\n');
