import { describe, expect, it } from 'vitest';
import { findPii, pseudonymize } from '../../src/pseudonymize';

const labels = (text: string, lang: 'nl' | 'en' = 'nl'): Record<string, string> =>
  Object.fromEntries(
    findPii(text, { lang })
      .filter((r) => r.kind === 'name')
      .map((r) => [r.original, r.placeholder]),
  );

describe('one person, one label', () => {
  it('labels the genitive with and without apostrophe like the name', () => {
    const l = labels('Timo Verbrugge (15) woont bij zijn vader. Timos school belde. Timo’s mentor ook.');
    expect(l['Timo Verbrugge']).toBe(l['Timo']);
    expect(pseudonymize('Timo Verbrugge (15) kwam. Timos fiets was weg.').text).toBe(
      '[CLIËNT 1] (15) kwam. [CLIËNT 1]s fiets was weg.',
    );
  });

  it('labels a Dutch diminutive of a first name like the name itself', () => {
    const text =
      'Haar dochter Merel Joosten logeert bij oma. Mereltje mist haar moeder. Ook Lotte Joosten, Lotje voor oma.';
    const l = labels(text);
    expect(l['Mereltje']).toBe(l['Merel Joosten']);
    expect(l['Lotje']).toBe(l['Lotte Joosten']);
    expect(l['Lotje']).not.toBe(l['Mereltje']);
  });

  it('does not read an ordinary word with a diminutive ending as a short name', () => {
    const l = labels('Haar dochter Bo Jansen (8) logeert bij oma. Beetje stil vandaag, zegt Bo.');
    expect(l['Beetje']).toBeUndefined();
  });

  it('gives initials plus surname the label of the person with that initial', () => {
    const text =
      'Gezin: Dorien Maas (moeder), Kai Maas (9). Dorien Maas belde. Later sprak ik K. Maas op school en D. Maas thuis.';
    const reps = findPii(text).filter((r) => r.kind === 'name');
    const at = (s: string): string => reps.find((r) => r.original === s)!.placeholder;
    expect(at('K. Maas')).toBe(at('Kai Maas'));
    expect(at('D. Maas')).toBe(at('Dorien Maas'));
  });

  it('gives a surname after a title to the adult, not to the child with that surname', () => {
    const text =
      'Sem de Graaf (12) spijbelt. Zijn moeder Ineke de Graaf werkt. Met mevrouw De Graaf sprak ik af.';
    const l = labels(text);
    const reps = findPii(text);
    expect(reps.find((r) => r.original === 'De Graaf')?.placeholder).toBe(l['Ineke de Graaf']);
  });

  it('joins a bracketed first name to the surname after it', () => {
    const l = labels('Dossier dhr. P.J. (Piet) Verhagen, geb. 1960. Piet belt vaak. Dhr. Verhagen is moe.');
    expect(l['Piet']).toBe(l['Verhagen']);
  });
});

describe('addresses beside names', () => {
  it('replaces the name and the address separately when a preposition stands between them', () => {
    expect(pseudonymize('De ex-partner, Joris van Leeuwen op Hoofdweg 8, belt vaak.').text).toMatch(
      /^De ex-partner, \[(?:PERSOON|CLIËNT) 1\] op \[ADRES\], belt vaak\.$/,
    );
  });
});

describe('the client', () => {
  it('is the person the case is about, not the housing-corporation employee who is mentioned as often', () => {
    const text =
      'Deze casus gaat over Erik Bos (58). Bij de eerste afspraak was ook Anouk Peeters van woningcorporatie ' +
      'Thuisbaas. Anouk Peeters legde de huurachterstand uit. Erik wilde een regeling. Mevrouw Peeters stemde in.';
    const l = labels(text);
    expect(l['Erik Bos']).toBe('[CLIËNT 1]');
    expect(l['Anouk Peeters']).toMatch(/^\[PERSOON \d\]$/);
  });

  it('is not a professional introduced by role, such as the wijkverpleegkundige', () => {
    const text =
      'Aanmelding door wijkverpleegkundige Tamara Kok. Tamara Kok belde twee keer. Mw. Hendriks gebeld. Hendriks is moe.';
    const l = labels(text);
    expect(l['Tamara Kok']).toMatch(/^\[PERSOON \d\]$/);
    expect(l['Hendriks']).toBe('[CLIËNT 1]');
  });

  it('is the person marked "(cliënt)", even when a son is named more often', () => {
    const text =
      'Aanwezig: mevrouw Nadia Bos (cliënt), maatschappelijk werker.\nZoon: Levi.\n' +
      'Levi slaapt slecht. Levi wil niet naar school. Cliënt: Levi zegt niets.';
    expect(labels(text)['Nadia Bos']).toBe('[CLIËNT 1]');
  });

  it('is not a relative introduced as "haar zoon", whom the story is about but who is not the client', () => {
    const text =
      'Via de huisarts. Mevrouw Anja Vos had haar zoon Sem verloren. Ik vroeg naar Sem. ' +
      'Anja vertelde over Sem. Later weer over Sem.';
    expect(labels(text)['Anja Vos']).toBe('[CLIËNT 1]');
  });
});

describe('short forms and shared surnames', () => {
  it('labels a short form of a known first name like the name ("Bran" for Brandon)', () => {
    const l = labels(
      'Verslag – Brandon Tromp (15)\nBrandon werd aangemeld door zijn moeder, Ingrid Tromp. Iedereen noemt hem Bran. Ik heb Bran op school gesproken.',
    );
    expect(l['Bran']).toBe(l['Brandon Tromp']);
    expect(l['Bran']).not.toBe(l['Ingrid Tromp']);
  });

  it('finds an English pet name of a known first name even when no list knows it ("Vicky" for Victoria)', () => {
    const text =
      'Case notes – Victoria Shaw and her son Daniel Shaw (12)\nVictoria prefers Vicky. Spoke to Vicky about Daniel.';
    const l = labels(text, 'en');
    expect(l['Vicky']).toBe(l['Victoria Shaw']);
    expect(pseudonymize(text, { lang: 'en' }).text).not.toMatch(/Vicky/);
  });

  it('does not read a short word as the short form when two people could be meant', () => {
    const l = labels('Ik sprak met Annabel Vos en met Annemiek Bos. Later belde Ann.');
    expect(l['Ann']).not.toBe(l['Annabel Vos']);
    expect(l['Ann']).not.toBe(l['Annemiek Bos']);
  });

  it("gives a woman's title with the first part of her double surname to her, not to her husband", () => {
    const l = labels(
      'Mantelzorger: Gerda Hendriks-Smit (67), zorgt voor echtgenoot Wim Hendriks (71).\nMw. Hendriks gebeld. Wim wil niet.',
    );
    expect(l['Hendriks']).toBe(l['Gerda Hendriks-Smit']);
    expect(l['Wim Hendriks']).toBe(l['Wim']);
    expect(l['Wim Hendriks']).not.toBe(l['Gerda Hendriks-Smit']);
  });

  it('reads a title before a known first name ("Mw. Gerda") as that person', () => {
    const l = labels('Gerda Hendriks-Smit zorgt voor Wim Hendriks. Mw. Gerda heeft weer een vrije middag.');
    const all = findPii(
      'Gerda Hendriks-Smit zorgt voor Wim Hendriks. Mw. Gerda heeft weer een vrije middag.',
      {
        lang: 'nl',
      },
    ).filter((r) => r.original === 'Gerda');
    expect(all[0]?.placeholder).toBe(l['Gerda Hendriks-Smit']);
  });
});
