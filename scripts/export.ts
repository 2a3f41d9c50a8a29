import { existsSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { openDb } from '../db/client';
import { loadHandbookRecords } from '../src/services/standard/handbook-records';
import { listVersions } from '../db/standard/standard';
import { findStudy } from '../db/studies/studies';
import { loadEnv } from '../src/env';
import { HANDBOOK_FORMATS, isHandbookFormat, renderHandbook, toHandbookInput } from '../src/handbook-data';

const USAGE = 'usage: npm run export -- --study ID --version N --format html|pdf|docx|md --out FILE';

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

let args;
try {
  args = parseArgs({
    options: {
      study: { type: 'string' },
      version: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
    },
    strict: true,
  }).values;
} catch (err) {
  fail(`${(err as Error).message}\n${USAGE}`);
}
const studyId = Number(args.study);
const versionNo = Number(args.version);
const format = args.format ?? '';
if (!Number.isInteger(studyId) || studyId <= 0)
  fail(`--study must be a study id (a positive whole number)\n${USAGE}`);
if (!Number.isInteger(versionNo) || versionNo <= 0)
  fail(`--version must be a version number (1, 2, …)\n${USAGE}`);
if (!isHandbookFormat(format)) fail(`--format must be one of ${HANDBOOK_FORMATS.join(', ')}\n${USAGE}`);
if (!args.out) fail(`--out FILE is required\n${USAGE}`);

const file = loadEnv().MAATSTAF_DB;
// openDb would create an empty database; a typo in MAATSTAF_DB should be an error instead.
if (file !== ':memory:' && !existsSync(file)) fail(`database not found: ${file} (set MAATSTAF_DB)`);
const db = openDb(file);
const study = findStudy(db, studyId);
if (!study) fail(`no study with id ${studyId} in ${file}`);
const records = loadHandbookRecords(db, studyId, versionNo);
if (!records) {
  const have = listVersions(db, studyId)
    .map((v) => v.number)
    .sort((a, b) => a - b);
  fail(
    `study ${studyId} ("${study.title}") has no standard version ${versionNo}; versions: ${have.join(', ') || 'none'}`,
  );
}
const body = await renderHandbook(toHandbookInput(records), format);
writeFileSync(args.out, body);
db.$client.close();
console.log(
  `${args.out}: ${format}, "${study.title}" version ${versionNo} (${records.items.length} items, ${typeof body === 'string' ? Buffer.byteLength(body) : body.length} bytes)`,
);
