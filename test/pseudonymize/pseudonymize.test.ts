import { describe, expect, it } from 'vitest';
import {
  addManual,
  applyReplacements,
  detectLang,
  findPii,
  pseudonymize,
  renumber,
} from '../../src/pseudonymize';

const CASE =
  'Mevrouw Sanne Verbeek (geb. 21-06-1991) woont op de Populierenlaan 8, 6826 HT Arnhem, tel. 06-27519034. ' +
  'Haar zus Ilse helpt. Sanne belt Ilse elke dag.';

describe('pseudonymize', () => {
  it('returns empty text untouched', () => {
    expect(pseudonymize('')).toEqual({ text: '', replacements: [] });
    expect(findPii('   \n')).toEqual([]);
  });

  it('leaves ordinary practice text without personal details as it is', () => {
    const input =
      'Ik heb de cliënt gevraagd wat zij zelf wil bereiken. Samen hebben we een plan gemaakt met drie doelen. ' +
      'Daarna heb ik de woningcorporatie gebeld en een regeling van 75 euro per maand afgesproken.';
    expect(pseudonymize(input).text).toBe(input);
  });

  it('returns sorted, non-overlapping replacements whose offsets point into the text', () => {
    const reps = findPii(CASE);
    for (const [i, r] of reps.entries()) {
      expect(CASE.slice(r.start, r.end)).toBe(r.original);
      if (i > 0) expect(r.start).toBeGreaterThanOrEqual(reps[i - 1]!.end);
    }
    expect(reps.map((r) => r.kind)).toEqual([
      'name',
      'birthdate',
      'address',
      'postcode',
      'phone',
      'name',
      'name',
      'name',
    ]);
  });

  it('keeps the words around the personal details', () => {
    expect(pseudonymize(CASE).text).toBe(
      'Mevrouw [CLIËNT 1] (geb. [GEBOORTEDATUM]) woont op de [ADRES], [POSTCODE] Arnhem, tel. [TELEFOON]. ' +
        'Haar zus [PERSOON 2] helpt. [CLIËNT 1] belt [PERSOON 2] elke dag.',
    );
  });

  it('detects the language from common words unless told', () => {
    expect(detectLang('Ik heb met haar een plan gemaakt en zij was blij.')).toBe('nl');
    expect(detectLang('I asked her what she wanted and we made a plan.')).toBe('en');
    expect(pseudonymize('Bel 06-12345678.', { lang: 'en' }).text).toBe('Bel [PHONE].');
  });
});

describe('editing replacements', () => {
  it('undoes one replacement without renumbering the others', () => {
    const reps = findPii(CASE).filter((r) => r.original !== 'Ilse' || r.start > 120);
    const text = applyReplacements(CASE, reps);
    expect(text).toContain('Haar zus Ilse helpt. [CLIËNT 1] belt [PERSOON 2] elke dag.');
  });

  it('gives a manual name the placeholder of an identical existing one', () => {
    const text = 'Ilse belde. Haar zus Ilse kwam.';
    const reps = findPii(text).filter((r) => r.start > 0);
    const added = addManual(text, reps, { start: 0, end: 4, kind: 'name' });
    const placeholder = reps.find((r) => r.original === 'Ilse')!.placeholder;
    expect(applyReplacements(text, added)).toBe(`${placeholder} belde. Haar zus ${placeholder} kwam.`);
  });

  it('gives a new manual name the next free number and other kinds their label', () => {
    const reps = findPii(CASE);
    const start = CASE.indexOf('Arnhem');
    const withName = addManual(CASE, reps, { start, end: start + 6, kind: 'name' });
    expect(withName.find((r) => r.start === start)?.placeholder).toBe('[PERSOON 3]');
    const withAddress = addManual(CASE, reps, { start, end: start + 6, kind: 'address' });
    expect(withAddress.find((r) => r.start === start)?.placeholder).toBe('[ADRES]');
  });

  it('drops existing replacements that a manual span covers', () => {
    const reps = findPii(CASE);
    const start = CASE.indexOf('Populierenlaan');
    const end = CASE.indexOf(' Arnhem');
    const merged = addManual(CASE, reps, { start, end, kind: 'address' });
    expect(applyReplacements(CASE, merged)).toContain('woont op de [ADRES] Arnhem');
  });

  it('closes numbering gaps on request', () => {
    const reps = findPii('Mevrouw Bos kwam. Haar broer Kees en haar zus Ilse ook.');
    const withoutKees = reps.filter((r) => r.original !== 'Kees');
    expect(renumber(withoutKees).map((r) => r.placeholder)).toEqual(['[CLIËNT 1]', '[PERSOON 2]']);
  });
});
