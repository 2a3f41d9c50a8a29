import { describe, expect, it } from 'vitest';
import { findPii, pseudonymize } from '../../src/pseudonymize';

const phones = (text: string): string[] =>
  findPii(text)
    .filter((r) => r.kind === 'phone')
    .map((r) => r.original);

describe('phone numbers', () => {
  it('finds Dutch mobile and landline numbers in their usual spellings', () => {
    expect(phones('Bel 06-12345678, 06 12345678 of 020-1234567.')).toEqual([
      '06-12345678',
      '06 12345678',
      '020-1234567',
    ]);
  });

  it('finds international numbers with a country code', () => {
    expect(phones('Mobiel +31 6 12345678, Londen +44 20 7946 0958, Roemenië +40 721 384 906.')).toEqual([
      '+31 6 12345678',
      '+44 20 7946 0958',
      '+40 721 384 906',
    ]);
  });

  it('finds UK mobile numbers written with a trunk zero', () => {
    expect(phones('I rang him on 07700 900461 that afternoon.')).toEqual(['07700 900461']);
  });

  it('takes the bracketed area code with the number and leaves a closing bracket of the sentence', () => {
    expect(phones('Bel (020) 671 23 45 of (0161) 496 0734 (of 06-12345678).')).toEqual([
      '(020) 671 23 45',
      '(0161) 496 0734',
      '06-12345678',
    ]);
  });

  it('finds a mobile number written in pairs with dots or dashes', () => {
    expect(phones('Mobiel 06.12.34.56.78 of 06-12-34-56-78.')).toEqual(['06.12.34.56.78', '06-12-34-56-78']);
  });

  it('reads a dash set apart by spaces after the area code as one separator', () => {
    expect(phones('Bel 010 - 123 45 67 of 020 – 1234567.')).toEqual(['010 - 123 45 67', '020 – 1234567']);
  });

  it('leaves dates and amounts alone', () => {
    expect(phones('Op 03-09-1979 en op 04-10 betaalde ze 14.000 euro.')).toEqual([]);
    expect(phones('Gesprek op 12.10.2023 11.30 uur.')).toEqual([]);
  });
});

describe('e-mail addresses', () => {
  it('replaces the whole address, including a name inside it', () => {
    expect(pseudonymize('Mail naar ioana.marin96@example.com graag.').text).toBe('Mail naar [E-MAIL] graag.');
  });
});
