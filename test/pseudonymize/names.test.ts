import { describe, expect, it } from 'vitest';
import { findPii, pseudonymize } from '../../src/pseudonymize';

const names = (text: string, opts = {}): [string, string][] =>
  findPii(text, opts)
    .filter((r) => r.kind === 'name')
    .map((r) => [r.original, r.placeholder]);

describe('person names', () => {
  it('replaces the name after a title and keeps the title', () => {
    expect(pseudonymize('Ik sprak mevrouw Jansen en dhr. Van den Berg.').text).toBe(
      'Ik sprak mevrouw [CLIËNT 1] en dhr. [PERSOON 2].',
    );
    expect(names('Her teacher, Ms Patel, was worried.', { lang: 'en' })).toEqual([['Patel', '[PERSON 1]']]);
  });

  it('gives one person the same placeholder for full name, first name and surname', () => {
    const text =
      'Cliënt Esra Yıldız kwam met haar zoon. Mevrouw Yıldız vertelde veel. Later belde Esra nog een keer.';
    const found = names(text);
    expect(new Set(found.map(([, p]) => p))).toEqual(new Set(['[CLIËNT 1]']));
    expect(found.map(([o]) => o)).toEqual(['Esra Yıldız', 'Yıldız', 'Esra']);
  });

  it('numbers other people in order of first mention', () => {
    const { text } = pseudonymize(
      'Mevrouw De Wit kwam op gesprek. Haar zus Ilse en collega Jeroen Smit waren er ook. Mevrouw De Wit was moe.',
    );
    expect(text).toBe(
      'Mevrouw [CLIËNT 1] kwam op gesprek. Haar zus [PERSOON 2] en collega [PERSOON 3] waren er ook. Mevrouw [CLIËNT 1] was moe.',
    );
  });

  it('finds names introduced by a relation, "genaamd" or an age in brackets', () => {
    const found = names(
      'Haar ex-man, Murat, kwam langs. Een buurjongen genaamd Bo hielp. Kinderen: Daan (6) en Lotte (3).',
    );
    expect(found.map(([o]) => o)).toEqual(['Murat', 'Bo', 'Daan', 'Lotte']);
  });

  it('tells a mother addressed by title from her son with the same surname', () => {
    const found = names(
      'Aanwezig: Jayden Koster (J, 17 jaar). Moeder, mevrouw Koster, schuift aan. Mevrouw Koster knikt.',
    );
    const [son, mother, motherAgain] = found.map(([, p]) => p);
    expect(found.map(([o]) => o)).toEqual(['Jayden Koster', 'Koster', 'Koster']);
    expect(mother).toBe(motherAgain);
    expect(mother).not.toBe(son);
  });

  it('replaces study-listed names wherever they occur, also by first name only', () => {
    const found = names('Vandaag sprak ik Anouk. Later belde Anouk Vos terug.', { names: ['Anouk Vos'] });
    expect(found).toEqual([
      ['Anouk', '[CLIËNT 1]'],
      ['Anouk Vos', '[CLIËNT 1]'],
    ]);
  });

  it('treats speaker names in a transcript as names but not the practitioner as the client', () => {
    const { text } = pseudonymize(
      'Transcript\nI = onderzoeker, R = Karin Mulder, maatschappelijk werker\nR: Meneer Dijkstra, Peter, kwam vrij. Ik heb Dijkstra opgehaald.',
    );
    expect(text).toContain('R = [PERSOON 2], maatschappelijk werker');
    expect(text).toContain('Meneer [CLIËNT 1], [CLIËNT 1], kwam vrij. Ik heb [CLIËNT 1] opgehaald.');
  });

  it('uses English placeholders for English text', () => {
    const { text } = pseudonymize(
      'Marcus Reid was released in March. His mother, Joan Reid, kept his papers.',
    );
    expect(text).toBe('[CLIENT 1] was released in March. His mother, [PERSON 2], kept his papers.');
  });
});

describe('words that are not names', () => {
  it('keeps institutions, months, weekdays, places and sentence openers', () => {
    const input =
      'Op maandag belde Veilig Thuis. Samen met de GGZ, het UWV en de huisarts spraken we af. ' +
      'In Maart verhuisde ze naar Rotterdam. Daarna volgde een gesprek bij De Regenboog en de Sociale Dienst.';
    expect(pseudonymize(input).text).toBe(input);
  });

  it('keeps placeholders that are already in the text', () => {
    const input = 'Toen belde [CLIËNT 1] met [PERSOON 2] over de brief.';
    expect(pseudonymize(input).text).toBe(input);
  });
});
