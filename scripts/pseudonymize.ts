import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { pseudonymize } from '../src/pseudonymize';

function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { names: { type: 'string' }, lang: { type: 'string' } },
  });
  const file = positionals[0];
  if (!file) throw new Error('usage: pseudonymize FILE [--names "A,B"] [--lang nl|en]');
  const lang = values.lang;
  if (lang !== undefined && lang !== 'nl' && lang !== 'en')
    throw new Error(`--lang must be nl or en, not ${lang}`);
  const names = (values.names ?? '')
    .split(',')
    .map((n) => n.trim())
    .filter(Boolean);
  const text = readFileSync(file, 'utf8');
  process.stdout.write(JSON.stringify({ text: pseudonymize(text, { names, lang }).text }) + '\n');
}

try {
  main();
} catch (e) {
  process.stderr.write(`pseudonymize: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
}
