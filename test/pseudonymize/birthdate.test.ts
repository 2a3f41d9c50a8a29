import { describe, expect, it } from 'vitest';
import { pseudonymize } from '../../src/pseudonymize';

describe('dates of birth', () => {
  it('replaces the date after a Dutch birth cue and keeps the cue', () => {
    expect(pseudonymize('Mevrouw is geboren op 3 maart 1985 in Delft.').text).toBe(
      'Mevrouw is geboren op [GEBOORTEDATUM] in Delft.',
    );
    expect(pseudonymize('Cliënt, geb. 03-03-1985, woont alleen.').text).toBe(
      'Cliënt, geb. [GEBOORTEDATUM], woont alleen.',
    );
    expect(pseudonymize('Geboortedatum: 12-03-1988').text).toBe('Geboortedatum: [GEBOORTEDATUM]');
  });

  it('replaces English dates of birth', () => {
    expect(pseudonymize('He was born on 3rd March 1982 in Leeds and it was hard.', { lang: 'en' }).text).toBe(
      'He was born on [DATE OF BIRTH] in Leeds and it was hard.',
    );
    expect(pseudonymize('DOB 17/05/2009', { lang: 'en' }).text).toBe('DOB [DATE OF BIRTH]');
  });

  it('reads a star or degree sign before a date as a birth', () => {
    expect(pseudonymize('De oudste (* 12 mei 2010) zit in de brugklas.').text).toBe(
      'De oudste (* [GEBOORTEDATUM]) zit in de brugklas.',
    );
    expect(pseudonymize('Cliënt °03/03/1985 woont alleen.').text).toBe(
      'Cliënt °[GEBOORTEDATUM] woont alleen.',
    );
  });

  it('knows the abbreviation febr. after a birth cue', () => {
    expect(pseudonymize('Mevrouw, geb. 14 febr. 1938, woont alleen.').text).toBe(
      'Mevrouw, geb. [GEBOORTEDATUM], woont alleen.',
    );
  });

  it('leaves appointment dates alone', () => {
    const input = 'Op 12-10-2023 had ik een gesprek; op 07-12 sloten we af.';
    expect(pseudonymize(input).text).toBe(input);
  });
});
