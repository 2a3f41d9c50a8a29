import { describe, expect, it } from 'vitest';
import { contentStems, contentTerms, detectLang, foldWord, stopWords, tokenize } from '../../src/text';

describe('tokenize', () => {
  it('lowercases, strips diacritics and keeps the offsets of the written words', () => {
    const text = 'De Cliënt belde één keer.';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.word)).toEqual(['de', 'client', 'belde', 'een', 'keer']);
    const client = tokens[1]!;
    expect(text.slice(client.start, client.end)).toBe('Cliënt');
  });

  it('keeps hyphenated and apostrophe words together', () => {
    expect(tokenize("zo'n e-mail")).toHaveLength(2);
  });
});

describe('contentStems (Dutch)', () => {
  it('drops general and domain stop words and stems the rest', () => {
    expect(contentStems('De hulpverlener maakt met de cliënt afspraken over de aflossing.', 'nl')).toEqual([
      'afsprak',
      'afloss',
    ]);
  });

  it('gives inflected forms of a word the same stem', () => {
    expect(contentStems('afspraak', 'nl')).toEqual(contentStems('afspraken', 'nl'));
    expect(contentStems('schulden', 'nl')).toEqual(contentStems('schuld', 'nl'));
  });

  it('treats cliënt and client alike and drops both as a domain word', () => {
    expect(foldWord('Cliënt')).toBe('client');
    expect(contentStems('cliënt client Cliënte', 'nl')).toEqual([]);
  });

  it('keeps repeated words so that counts are term frequencies', () => {
    expect(contentStems('schuld en nog een schuld', 'nl')).toEqual(['schuld', 'schuld']);
  });
});

describe('contentStems (English)', () => {
  it('drops the practitioner and the client but keeps what is done', () => {
    expect(contentStems('The practitioner calls the GP for the client.', 'en')).toEqual(['call', 'gp']);
  });

  it('keeps social-work content words that general English stop lists drop', () => {
    expect(contentStems('asks for help with the problems at home', 'en')).toEqual([
      'ask',
      'help',
      'problem',
      'home',
    ]);
    expect(stopWords('en').has('the')).toBe(true);
  });

  it('stems English inflections together', () => {
    expect(contentStems('arranged agreements', 'en')).toEqual(contentStems('arranges agreement', 'en'));
  });
});

describe('contentTerms', () => {
  it('remembers the written word for each stem, for readable labels', () => {
    expect(contentTerms('Budgetbeheer aanvragen', 'nl').map((t) => t.surface)).toEqual([
      'budgetbeheer',
      'aanvragen',
    ]);
  });
});

describe('detectLang', () => {
  it('tells Dutch from English by their function words', () => {
    expect(detectLang('De hulpverlener belt de huisarts over het gesprek.')).toBe('nl');
    expect(detectLang('The practitioner calls the GP about the meeting.')).toBe('en');
  });
});
