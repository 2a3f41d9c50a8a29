import { describe, expect, it } from 'vitest';
import { findPii, pseudonymize } from '../../src/pseudonymize';

const originals = (text: string, kind: string): string[] =>
  findPii(text)
    .filter((r) => r.kind === kind)
    .map((r) => r.original);

describe('postcodes', () => {
  it('replaces a Dutch postcode and keeps the town', () => {
    expect(pseudonymize('Ze woont in 5042 KL Tilburg.').text).toBe('Ze woont in [POSTCODE] Tilburg.');
  });

  it('replaces a UK postcode', () => {
    expect(originals('at her house, LS6 2PQ.', 'postcode')).toEqual(['LS6 2PQ']);
  });

  it('does not take a year followed by initials for a postcode', () => {
    expect(originals('In 2019 AB hij niets.', 'postcode')).toEqual([]);
  });
});

describe('street addresses', () => {
  it('replaces Dutch streets with house numbers and additions', () => {
    expect(
      originals('Hij woonde aan de Kerkstraat 12a en later op de Laan van Meerdervoort 45.', 'address'),
    ).toEqual(['Kerkstraat 12a', 'Laan van Meerdervoort 45']);
  });

  it('takes an abbreviated title in the street name along', () => {
    expect(originals('Ik ging langs op de Burg. de Withstraat 3 bis in Den Helder.', 'address')).toEqual([
      'Burg. de Withstraat 3 bis',
    ]);
  });

  it('replaces a post-office box', () => {
    expect(pseudonymize('Correspondentieadres: Postbus 1187, 3000BD Rotterdam.').text).toBe(
      'Correspondentieadres: [ADRES], [POSTCODE] Rotterdam.',
    );
    expect(originals('Write to P.O. Box 52, Leeds.', 'address')).toEqual(['P.O. Box 52']);
  });

  it('replaces an English house number and street', () => {
    expect(pseudonymize('She lives at 12 High Street with her son.').text).toBe(
      'She lives at [ADDRESS] with her son.',
    );
  });

  it('does not take a town followed by a date for an address', () => {
    expect(originals('Zij verhuisde naar Amsterdam 12 maart vorig jaar.', 'address')).toEqual([]);
  });
});
