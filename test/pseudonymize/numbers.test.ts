import { describe, expect, it } from 'vitest';
import { findPii, isValidBsn, isValidIban, pseudonymize } from '../../src/pseudonymize';

describe('BSN', () => {
  it('accepts a nine-digit number that passes the elfproef', () => {
    expect(isValidBsn('111222333')).toBe(true);
    expect(isValidBsn('123456782')).toBe(true);
  });

  it('replaces a valid BSN in running text, also written with dots', () => {
    const { text } = pseudonymize('Zijn BSN is 111222333, eerder genoteerd als 1234.56.782.');
    expect(text).toBe('Zijn BSN is [BSN], eerder genoteerd als [BSN].');
  });

  it('leaves a nine-digit number alone when it fails the elfproef', () => {
    const input = 'Het dossiernummer is 123456789.';
    expect(pseudonymize(input).text).toBe(input);
  });
});

describe('IBAN', () => {
  it('replaces a Dutch IBAN written with and without spaces', () => {
    const { text } = pseudonymize(
      'Rekening NL91 ABNA 0417 1643 00 en ook NL91ABNA0417164300 staan op de brief.',
    );
    expect(text).toBe('Rekening [IBAN] en ook [IBAN] staan op de brief.');
  });

  it('replaces an IBAN typed in lower case or with the country code set apart', () => {
    const { text } = pseudonymize('Rekening nl91 abna 0417 1643 00, eerder NL 67 INGB 0006 5432 10.');
    expect(text).toBe('Rekening [IBAN], eerder [IBAN].');
  });

  it('checks the mod-97 digits', () => {
    expect(isValidIban('NL91ABNA0417164300')).toBe(true);
    expect(isValidIban('NL92ABNA0417164300')).toBe(false);
  });

  it('does not swallow the capitalised word after the number', () => {
    const reps = findPii('Rekening NL91 ABNA 0417 1643 00 ZIE brief.');
    expect(reps.map((r) => r.original)).toEqual(['NL91 ABNA 0417 1643 00']);
  });
});

describe('British identity numbers', () => {
  it('replaces a National Insurance number and an NHS number that passes its check digit', () => {
    const { text } = pseudonymize('NI number QQ 12 34 56 C, NHS no. 943 476 5919, case ref 943 476 5918.', {
      lang: 'en',
    });
    expect(text).toBe('NI number [ID NUMBER], NHS no. [ID NUMBER], case ref 943 476 5918.');
  });

  it('leaves a phone number of the same shape to the phone finder', () => {
    expect(findPii('Bel 020 123 4567.').map((r) => r.kind)).toEqual(['phone']);
  });
});
