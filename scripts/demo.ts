import { openDb } from '../db/client';
import { ensureDemo } from '../src/services/demo/seed';
import { loadEnv } from '../src/env';

// `npm run demo`: adds the demo researcher and study to the configured database (once).
const config = loadEnv();
const db = openDb(config.MAATSTAF_DB);
const demo = await ensureDemo(db);
console.log(
  demo.created
    ? `Demo study created in ${config.MAATSTAF_DB}. Sign in as ${demo.email} / ${demo.password}`
    : `Demo study already present in ${config.MAATSTAF_DB}. Sign in as ${demo.email} / ${demo.password}`,
);
db.$client.close();
