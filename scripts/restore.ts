import { existsSync } from 'node:fs';
import { restoreDatabase, copyKey } from '../db/backup';
import { loadEnv } from '../src/env';

// `npm run restore -- FILE`: stop the server first. Checks FILE, keeps the current database beside it, and
// restores FILE.key as the key file when it is there.
const file = process.argv[2];
if (!file || file.startsWith('-')) {
  console.error('Usage: npm run restore -- FILE   (a file made by npm run backup; stop the server first)');
  process.exit(2);
}
const config = loadEnv();
const result = await restoreDatabase(file, config.MAATSTAF_DB);
if (!result.ok) {
  console.error(`Not restored: ${result.reason}`);
  process.exit(1);
}
if (result.kept) console.log(`The previous database is kept as ${result.kept}.`);
if (existsSync(`${file}.key`)) {
  if (existsSync(config.MAATSTAF_KEY_FILE))
    copyKey(config.MAATSTAF_KEY_FILE, `${config.MAATSTAF_KEY_FILE}.before-restore`);
  copyKey(`${file}.key`, config.MAATSTAF_KEY_FILE);
  console.log(`Restored the key file to ${config.MAATSTAF_KEY_FILE}.`);
} else
  console.log(`No ${file}.key beside the backup; the key file ${config.MAATSTAF_KEY_FILE} is left as it is.`);
console.log(`Restored ${file} to ${config.MAATSTAF_DB} (integrity ok, ${result.migrations} migrations).`);
