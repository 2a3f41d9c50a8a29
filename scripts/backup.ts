import { parseArgs } from 'node:util';
import { backupDatabase, copyKey } from '../db/backup';
import { loadEnv } from '../src/env';

// `npm run backup -- --out FILE`: safe while the server runs; writes FILE and FILE.key.
const { values } = parseArgs({ options: { out: { type: 'string' } } });
if (!values.out) {
  console.error('Usage: npm run backup -- --out FILE   (writes FILE and FILE.key)');
  process.exit(2);
}
const config = loadEnv();
const check = await backupDatabase(config.MAATSTAF_DB, values.out);
if (!check.ok) {
  console.error(`Backup failed: ${check.reason}`);
  process.exit(1);
}
const key = copyKey(config.MAATSTAF_KEY_FILE, `${values.out}.key`);
console.log(
  `Backed up ${config.MAATSTAF_DB} to ${values.out} (integrity ok, ${check.migrations} migrations)` +
    (key
      ? ` and the key file to ${values.out}.key.`
      : `; no key file at ${config.MAATSTAF_KEY_FILE} to copy.`),
);
