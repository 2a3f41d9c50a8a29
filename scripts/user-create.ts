import { parseArgs } from 'node:util';
import { openDb } from '../db/client';
import { createUser, EmailTakenError, NewUserSchema } from '../src/services/auth/accounts';
import { loadEnv } from '../src/env';
import { texts, translate } from '../views/i18n';

// `npm run user:create -- --email E --password P --name N [--lang nl|en]`
const { values } = parseArgs({
  options: {
    email: { type: 'string' },
    password: { type: 'string' },
    name: { type: 'string' },
    lang: { type: 'string', default: 'nl' },
  },
});
const parsed = NewUserSchema.safeParse(values);
if (!parsed.success) {
  for (const i of parsed.error.issues)
    console.error(`--${i.path.join('.')}: ${translate(i.message, texts('en'))}`);
  console.error('Usage: npm run user:create -- --email E --password P (at least 10 characters) --name N');
  process.exit(2);
}
const db = openDb(loadEnv().MAATSTAF_DB);
try {
  const user = await createUser(db, { ...parsed.data, lang: values.lang === 'en' ? 'en' : 'nl' });
  console.log(`Created researcher ${user.email} (id ${user.id}).`);
} catch (e) {
  if (e instanceof EmailTakenError) {
    console.error(`A researcher with e-mail ${parsed.data.email} already exists.`);
    process.exit(1);
  }
  throw e;
} finally {
  db.$client.close();
}
