import { describe, expect, it } from 'vitest';
import { itemFlags } from '../../src/draft/flags';

describe('itemFlags', () => {
  it('passes a behavioural statement in the third person', () => {
    expect(itemFlags('De hulpverlener maakt met de cliënt schriftelijke afspraken over de doelen.')).toEqual(
      [],
    );
    expect(itemFlags('The practitioner asks the client how things are going.')).toEqual([]);
  });

  it('flags a pseudonym placeholder', () => {
    expect(itemFlags('De hulpverlener belt [PERSOON 2] over de afspraak.')).toEqual(['placeholder']);
    expect(itemFlags('De hulpverlener spreekt af op [ADRES].')).toEqual(['placeholder']);
  });

  it('flags first- and second-person forms in Dutch and English', () => {
    expect(itemFlags('De hulpverlener legt uit dat we vorige keer hebben afgesproken.')).toEqual(['person']);
    expect(itemFlags('…waarin de hulpverlener mezelf voorstelt')).toEqual(['person']);
    expect(itemFlags("The practitioner gives the name to the day centre if you're OK with that.")).toEqual([
      'person',
    ]);
    expect(itemFlags('I explain the plan.')).toEqual(['person']);
  });

  it('does not take the Dutch article "de" or words containing a pronoun for a person form', () => {
    expect(itemFlags('De hulpverlener meldt de jongere aan bij de wijkteams en de jeugdarts.')).toEqual([]);
  });

  it('flags a question mark and a direct question without one', () => {
    expect(itemFlags('De hulpverlener vraagt: gaat het goed?')).toEqual(['question']);
    expect(itemFlags('De hulpverlener vraagt hoe is dat nu.')).toEqual(['question']);
    expect(itemFlags('The practitioner asks what is the problem.')).toEqual(['question']);
    expect(itemFlags('De hulpverlener vraagt hoe het nu gaat.')).toEqual([]);
  });

  it('flags more than 30 words but not exactly 30', () => {
    const thirty = Array.from({ length: 30 }, () => 'woord').join(' ');
    expect(itemFlags(thirty)).toEqual([]);
    expect(itemFlags(`${thirty} extra`)).toEqual(['long']);
  });

  it('lists every flag that applies, in a fixed order', () => {
    expect(itemFlags('Ik bel [PERSOON 1] en vraag: hoe gaat het?')).toEqual([
      'placeholder',
      'person',
      'question',
    ]);
  });
});
