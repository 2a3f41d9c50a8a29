import { describe, expect, it } from 'vitest';
import { scanTokens, tokenize } from '../../src/text/tokens';

describe('scanTokens', () => {
  it('keeps placeholders, abbreviations with dots and "\'s" whole, and punctuation apart, with offsets', () => {
    const text = "[CLIËNT 1] belde o.a. 's middags.";
    expect(scanTokens(text).map((t) => [t.s, t.word])).toEqual([
      ['[CLIËNT 1]', true],
      ['belde', true],
      ['o.a', true],
      ['.', false],
      ["'s", true],
      ['middags', true],
      ['.', false],
    ]);
    expect(scanTokens(text, 11, 16).map((t) => t.s)).toEqual(['belde']);
  });
});

describe('tokenize', () => {
  it('gives the folded words of a text with their offsets, apart at inner dots', () => {
    const text = "Cliënt's e-mail o.a. 's avonds";
    expect(tokenize(text).map((t) => [t.word, text.slice(t.start, t.end)])).toEqual([
      ["client's", "Cliënt's"],
      ['e-mail', 'e-mail'],
      ['o', 'o'],
      ['a', 'a'],
      ['s', 's'],
      ['avonds', 'avonds'],
    ]);
  });

  it('leaves the words inside pseudonymisation placeholders out', () => {
    expect(tokenize('Ik belde [ORGANISATIE 1] op.').map((t) => t.word)).toEqual(['ik', 'belde', 'op']);
  });
});
