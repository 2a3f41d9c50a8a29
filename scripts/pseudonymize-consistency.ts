import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { findPii, type Replacement } from '../src/pseudonymize';

/**
 * Scores the consistency of pseudonymisation on cases with a `NN-slug.persons.json` beside the text:
 * `{"client": [forms], "people": [[forms], …], "addresses": [spans]}`.
 *   persons consistent  every mention of a person (all listed forms) carries one label that no other person has
 *   client labelled     the client's label is the client placeholder
 *   addresses clean     each listed address is replaced by an address placeholder that covers no person's name
 * Usage: npx tsx scripts/pseudonymize-consistency.ts DIR
 */
interface Persons {
  client: string[];
  people: string[][];
  addresses: string[];
}

const occurrences = (text: string, form: string): { start: number; end: number }[] => {
  const out: { start: number; end: number }[] = [];
  for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
    const before = text[i - 1] ?? ' ';
    const after = text[i + form.length] ?? ' ';
    // "Bas" inside "Basje" is counted through the form "Basje", not on its own.
    if (/\p{L}/u.test(before) || (/\p{L}/u.test(after) && !/^s$|^'s$/.test(after))) continue;
    out.push({ start: i, end: i + form.length });
  }
  return out;
};

const overlapping = (reps: Replacement[], s: { start: number; end: number }): Replacement[] =>
  reps.filter((r) => r.start < s.end && r.end > s.start);

function scoreCase(text: string, persons: Persons) {
  const reps = findPii(text);
  const groups = [persons.client, ...persons.people];
  const labels = groups.map((forms) => {
    const seen = new Set<string>();
    let missed = 0;
    for (const form of forms)
      for (const o of occurrences(text, form)) {
        const names = overlapping(reps, o).filter((r) => r.kind === 'name');
        if (!names.length) missed++;
        for (const r of names) seen.add(r.placeholder);
      }
    return { seen, missed };
  });
  const problems: string[] = [];
  let consistent = 0;
  labels.forEach(({ seen, missed }, i) => {
    const shared = labels.some((l, j) => j !== i && [...l.seen].some((p) => seen.has(p)));
    if (seen.size === 1 && missed === 0 && !shared) consistent++;
    else
      problems.push(
        `${groups[i]![0]}: labels ${[...seen].join(' ') || '-'}${missed ? `, ${missed} unlabelled` : ''}${shared ? ', shared' : ''}`,
      );
  });
  const clientLabel = [...labels[0]!.seen];
  const clientOk = clientLabel.length === 1 && /^\[CLI[EË]NT \d+\]$/.test(clientLabel[0]!);
  if (!clientOk) problems.push(`client labelled ${clientLabel.join(' ') || '-'}`);
  const nameSpans = groups.flat().flatMap((f) => occurrences(text, f));
  let cleanAddresses = 0;
  for (const a of persons.addresses) {
    const ok = occurrences(text, a).every((o) => {
      const hit = overlapping(reps, o);
      return (
        hit.length > 0 &&
        hit.every((r) => r.kind === 'address' && !nameSpans.some((n) => r.start < n.end && r.end > n.start))
      );
    });
    if (ok) cleanAddresses++;
    else
      problems.push(
        `address ${a}: ${
          overlapping(reps, occurrences(text, a)[0] ?? { start: 0, end: 0 })
            .map((r) => `${r.kind} «${r.original}»`)
            .join(', ') || 'not replaced'
        }`,
      );
  }
  return {
    people: groups.length,
    consistent,
    clientOk,
    addresses: persons.addresses.length,
    cleanAddresses,
    problems,
  };
}

const dir = process.argv[2];
if (!dir) throw new Error('usage: pseudonymize-consistency DIR');
const t = { people: 0, consistent: 0, cases: 0, clientOk: 0, addresses: 0, cleanAddresses: 0 };
for (const f of readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()) {
  const pf = join(dir, f.replace(/\.txt$/, '.persons.json'));
  if (!existsSync(pf)) continue;
  const r = scoreCase(readFileSync(join(dir, f), 'utf8'), JSON.parse(readFileSync(pf, 'utf8')) as Persons);
  t.cases++;
  t.people += r.people;
  t.consistent += r.consistent;
  t.clientOk += r.clientOk ? 1 : 0;
  t.addresses += r.addresses;
  t.cleanAddresses += r.cleanAddresses;
  console.log(
    `${f.padEnd(44)} persons ${r.consistent}/${r.people}  client ${r.clientOk ? 'ok' : 'WRONG'}  addresses ${r.cleanAddresses}/${r.addresses}`,
  );
  for (const p of r.problems) console.log(`    ${p}`);
}
const pct = (a: number, b: number): number => (b ? Math.round((1000 * a) / b) / 10 : 0);
console.log(
  `cases ${t.cases} · persons consistent ${pct(t.consistent, t.people)}% · client labelled ${pct(t.clientOk, t.cases)}% · addresses clean ${pct(t.cleanAddresses, t.addresses)}%`,
);
