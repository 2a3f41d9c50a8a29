import { serve } from '@hono/node-server';
import { openDb } from '../db/client';
import { closeExpiredRounds, decideAfterGrace } from './services/decisions/close-round';
import { pruneLoginFailures, purgeExpiredSessions } from '../db/auth/users';
import { createApp } from './app';
import { THROTTLE_WINDOW_MS } from './services/auth/accounts';
import { createSetupToken } from './services/auth/setup';
import { loadEnv } from './env';
import { ensureDemo } from './services/demo/seed';

let config: ReturnType<typeof loadEnv>;
try {
  config = loadEnv();
} catch (e) {
  // A configuration mistake is the operator's to fix: the message, not a stack trace.
  console.error((e as Error).message);
  process.exit(1);
}
const db = openDb(config.MAATSTAF_DB);
const base = config.PUBLIC_URL;

if (config.MAATSTAF_DEMO === 'auto') {
  const demo = await ensureDemo(db);
  console.log(`Demo study ready: sign in at ${base}/login as ${demo.email} / ${demo.password}`);
}
const setup = createSetupToken(db);
if (setup)
  console.log(`No researchers yet. Create the first account (link works once): ${base}/setup/${setup}`);

const app = createApp({ db, config });
const server = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST }, (info) => {
  console.log(`Maatstaf listens on ${base} (database ${config.MAATSTAF_DB}, port ${info.port})`);
});

// Rounds close on their closing date even when nobody is looking; stale failed logins are dropped.
const sweep = setInterval(() => {
  try {
    for (const r of closeExpiredRounds(db))
      console.log(`Round ${r.number} (${r.title}) closed on its closing date.`);
    for (const id of decideAfterGrace(db)) console.log(`Round ${id} decided after its grace period.`);
    pruneLoginFailures(db, THROTTLE_WINDOW_MS);
    purgeExpiredSessions(db);
  } catch (e) {
    console.error('closing expired rounds failed', e);
  }
}, 60_000);
sweep.unref();

function shutdown() {
  clearInterval(sweep);
  server.close();
  db.$client.close();
  process.exit(0);
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
