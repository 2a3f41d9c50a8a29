import { describe, expect, it } from 'vitest';
import { findPii, pseudonymize } from '../../src/pseudonymize';

const names = (text: string, lang: 'nl' | 'en' = 'nl'): string[] =>
  findPii(text, { lang })
    .filter((r) => r.kind === 'name')
    .map((r) => r.original);

describe('name forms', () => {
  it("keeps the particle 't inside a surname", () => {
    expect(names("Ik sprak Jan-Willem van 't Hek gisteren. Meneer van 't Hek was boos.")).toEqual([
      "Jan-Willem van 't Hek",
      "van 't Hek",
    ]);
  });

  it("leaves the article 't alone outside names", () => {
    const input = "Het ging om 't huis en 't geld.";
    expect(pseudonymize(input).text).toBe(input);
  });

  it('takes initials before a surname along, with or without particles', () => {
    expect(names("Dossier mw. A.J. Roos-Kok en dhr. J.W. van 't Hek.")).toEqual([
      'A.J. Roos-Kok',
      "J.W. van 't Hek",
    ]);
  });

  it('does not read an abbreviation before a sentence as initials', () => {
    const input = 'N.B. Dit is geen naam. Via de GGD. Daarna belde ik terug.';
    expect(pseudonymize(input).text).toBe(input);
  });

  it('takes a name after a role compound such as thuiszorgmedewerker, but not the role', () => {
    expect(names('16 februari – Thuiszorgmedewerker Wilma start tweemaal per week.')).toEqual(['Wilma']);
  });

  it('reads the name in a form field', () => {
    expect(names("Name: Siobhan O'Neill-Hughes\nDOB: 1948-11-03", 'en')).toEqual(["Siobhan O'Neill-Hughes"]);
  });

  it('knows first names of older Dutch clients and of many communities, with or without accents', () => {
    expect(names('Ik sprak met Truus, daarna met Kaylee, Hüseyin, Huseyin en Zoë.')).toEqual([
      'Truus',
      'Kaylee',
      'Hüseyin',
      'Huseyin',
      'Zoë',
    ]);
  });

  it('knows a compound of first names as a first name', () => {
    expect(names('Daarna belde Anne-Marie nog even.')).toEqual(['Anne-Marie']);
  });
});

describe('capitalised words that are not people', () => {
  it('keeps institutions named with an adjective or a bare institution word', () => {
    const input = 'Hij ging naar het Juridisch Loket en daarna naar de Medische Dienst.';
    expect(pseudonymize(input).text).toBe(input);
  });

  it('keeps a street name mentioned without a house number', () => {
    const input = 'Hij keerde terug naar de Kerkstraat. Op de Kerkstraat kent hij iedereen.';
    expect(pseudonymize(input).text).toBe(input);
  });

  it('keeps a service named before a lower-case institution noun', () => {
    const input = 'A worker from the Age Friendly service visits weekly; the Age Friendly service helps.';
    expect(pseudonymize(input, { lang: 'en' }).text).toBe(input);
  });

  it('keeps an English street named without a house number', () => {
    const input = 'We met at a cafe on Market Street and walked to Harrow Road.';
    expect(pseudonymize(input, { lang: 'en' }).text).toBe(input);
  });

  it('keeps a town beside a postcode and a youth justice service', () => {
    const input =
      'He lives in Salford M6 8DJ and meets his worker at Salford Youth Justice. Salford is home.';
    expect(findPii(input, { lang: 'en' }).map((r) => r.kind)).toEqual(['postcode']);
  });

  it('does not take a word before a bracketed area code for a name', () => {
    expect(pseudonymize('Bel (020) 671 23 45 voor een afspraak.').text).toBe(
      'Bel [TELEFOON] voor een afspraak.',
    );
  });
});
