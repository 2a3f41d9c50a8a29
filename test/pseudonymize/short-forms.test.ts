import { describe, expect, it } from 'vitest';
import { findPii, pseudonymize } from '../../src/pseudonymize';
import SHORT_FORMS from '../../src/pseudonymize/short-forms.json';

const labels = (text: string, lang: 'nl' | 'en' = 'nl'): Record<string, string> =>
  Object.fromEntries(
    findPii(text, { lang })
      .filter((r) => r.kind === 'name')
      .map((r) => [r.original, r.placeholder]),
  );

describe('hypocoristic forms from the lexicon', () => {
  it('joins a Dutch short form that is no prefix of the full name to the person named in full', () => {
    const l = labels(
      'Aanmelding van Cornelis Dekker door de huisarts. Kees woont alleen. Ik heb Kees gebeld.',
    );
    expect(l['Kees']).toBe(l['Cornelis Dekker']);
  });

  it('joins an English pet name to the person named in full, also in another full name', () => {
    const text =
      'Referral for William Grant (the client). Bill lives alone. His daughter Margaret Grant visits; Peggy says Bill is lonely.';
    const l = labels(text, 'en');
    expect(l['Bill']).toBe(l['William Grant']);
    expect(l['Peggy']).toBe(l['Margaret Grant']);
    expect(l['Peggy']).not.toBe(l['Bill']);
  });

  it('joins "Liz Carter" to "Elizabeth Carter" rather than making a new person of one surname', () => {
    const l = labels('Elizabeth Carter and her son Tom Carter (12). Phoned Liz Carter about school.', 'en');
    expect(l['Liz Carter']).toBe(l['Elizabeth Carter']);
    expect(l['Tom Carter']).not.toBe(l['Elizabeth Carter']);
  });

  it('leaves a short form alone when no one in the text has its full name', () => {
    expect(labels('Gesprek met Pieter de Groot. Kees van de buren kwam ook.')['Kees']).not.toBe(
      labels('Gesprek met Pieter de Groot. Kees van de buren kwam ook.')['Pieter de Groot'],
    );
  });

  it('keeps "First (Call name) Surname" as one person', () => {
    const l = labels('Cliënt: Cornelis (Kees) Visser. Echtgenote Anna Visser belt. Kees slaapt slecht.');
    expect(l['Cornelis']).toBe(l['Kees']);
    expect(l['Visser']).toBe(l['Kees']);
    expect(l['Anna Visser']).not.toBe(l['Kees']);
  });

  it('joins a call name given by "noemt hem" to the person just named', () => {
    const l = labels('Over meneer Tobias Brink, 80 jaar. Iedereen noemt hem Dolf. Dolf woont alleen.');
    expect(l['Dolf']).toBe(l['Tobias Brink']);
  });

  it('is a data file of general pairs, several hundred forms long', () => {
    const forms = Object.entries(SHORT_FORMS).filter(([k]) => !k.startsWith('_'));
    expect(forms.flatMap(([, v]) => v as string[]).length).toBeGreaterThan(300);
    expect(forms.find(([k]) => k === 'johannes')?.[1]).toEqual(expect.arrayContaining(['jan', 'hans']));
  });
});

describe('two-letter short forms', () => {
  it('labels "Mo" like Mohamed when it stands where a name stands, also at a sentence start', () => {
    const out = pseudonymize(
      'Gesprek met Mohamed Amrani (17). Hoi Mo, fijn dat je er bent. Mo wilde eerst niet.',
    );
    expect(out.text).not.toMatch(/\bMo\b/);
    const l = labels('Gesprek met Mohamed Amrani (17). Hoi Mo, fijn dat je er bent.');
    expect(l['Mo']).toBe(l['Mohamed Amrani']);
  });

  it('labels a prefix short form that stands only at a sentence start, being no word of the text', () => {
    const l = labels('Gesprek met Jayden Koster (15). Jay zei bij het afscheid dat het goed ging.');
    expect(l['Jay']).toBe(l['Jayden Koster']);
  });

  it('does not read a two-letter word as a name, nor join a prefix of two people’s names to either', () => {
    const l = labels('Gesprek met Karim Aziz en Kasper Veen. Hoi Ka, fijn. Ik ben er. Op tijd, zei Kasper.');
    expect([l['Karim Aziz'], l['Kasper Veen']]).not.toContain(l['Ka']);
    expect(l['Ik']).toBeUndefined();
    expect(l['Op']).toBeUndefined();
  });
});

describe('first names that are also months', () => {
  it('finds "Jan" before a surname and as the subject of a verb', () => {
    const out = pseudonymize(
      'Gesprek met Jan de Vries over de schulden. Later belt Jan terug. Jan heeft geen werk.',
    );
    expect(out.text).not.toMatch(/\bJan\b/);
    const l = labels('Gesprek met Jan de Vries over de schulden. Jan heeft geen werk.');
    expect(l['Jan']).toBe(l['Jan de Vries']);
  });

  it('finds "Jan" after a title or relation noun', () => {
    expect(pseudonymize('Haar broer Jan komt ook mee.').text).toBe('Haar broer [CLIËNT 1] komt ook mee.');
    expect(pseudonymize('Daarna sprak ik meneer Jan kort.').text).not.toMatch(/Jan/);
  });

  it('reads "May we" as the modal verb, not as a name', () => {
    expect(pseudonymize('May we talk about the rent? I said yes.', { lang: 'en' }).text).toBe(
      'May we talk about the rent? I said yes.',
    );
  });

  it('leaves a month abbreviation beside a number alone when no Jan is named', () => {
    expect(pseudonymize('Op 12 Jan 2025 was er een huisbezoek.').text).toBe(
      'Op 12 Jan 2025 was er een huisbezoek.',
    );
  });
});

describe('three or more people of one surname', () => {
  it('gives "mevrouw X" to the woman of the family, not to her husband or son', () => {
    const text =
      'Cliënt: Gerrit Smit, 80 jaar. Zijn echtgenote Truus Smit zorgt voor hem; zoon Pieter Smit helpt. Met toestemming van mevrouw Smit gebeld.';
    const l = labels(text);
    expect(l['Smit']).toBe(l['Truus Smit']);
    expect(l['Gerrit Smit']).toBe('[CLIËNT 1]');
  });

  it('gives a separate label to "mevrouw X" named as the mother when her children are known by name', () => {
    const text =
      'M = Youssef Tahiri (16); Z = zus Samira Tahiri. Mag ik ook met je moeder bellen, mevrouw Tahiri? Samira knikt.';
    const l = labels(text);
    expect(l['Tahiri']).not.toBe(l['Samira Tahiri']);
    expect(l['Tahiri']).not.toBe(l['Youssef Tahiri']);
  });

  it('labels the bare surname separately when two adult women of that surname cannot be told apart', () => {
    const text = 'Echtgenote Ria Bos en schoonzus, dochter Eva Bos, kwamen. Mevrouw Bos belde later.';
    const l = labels(text);
    expect(l['Bos']).not.toBe(l['Ria Bos']);
    expect(l['Bos']).not.toBe(l['Eva Bos']);
  });

  it('takes the client from the "cliënt:" field, not from who is named most', () => {
    const text =
      'Dossier – cliënt: Hendrik Mol, Dorpsweg 2\nMantelzorger: echtgenote Lies Mol\nLies belt. Lies is moe. Met Lies gesproken. Hendrik slaapt.';
    expect(labels(text)['Hendrik Mol']).toBe('[CLIËNT 1]');
  });
});

describe('ordinary words before a call name', () => {
  it('does not swallow a word that opens a dated line and is written in lower case elsewhere', () => {
    const text =
      'Aanvrager: Wilma Hendriks. Welke stukken nodig zijn is uitgelegd.\n16-09 Stukken Wil doorgenomen met mw.';
    const out = pseudonymize(text).text;
    expect(out).toContain('Stukken [CLIËNT 1] doorgenomen');
  });
});
