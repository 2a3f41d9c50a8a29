import { describe, expect, it } from 'vitest';
import { extractActivities } from '../../src/extract';

const texts = (text: string, opts = {}) =>
  extractActivities(text, { lang: 'nl', sourceType: 'verslag', ...opts }).map((a) => a.text);

describe('Dutch rewriting to present tense, third person', () => {
  it('turns first-person perfect tense with a weak verb into the present', () => {
    expect(texts('Ik heb de huisarts gebeld.')).toEqual([
      'De hulpverlener neemt contact op met de huisarts.',
    ]);
    expect(texts('Ik heb de aanvraag ingevuld.')).toEqual(['De hulpverlener vult de aanvraag in.']);
  });

  it('drops the diaeresis that only marked the syllable break after ge-', () => {
    expect(texts('Ik heb met haar geëvalueerd hoe het ging.')[0]).toMatch(/^De hulpverlener evalueert /);
    expect(texts('Ik heb de schulden geïnventariseerd.')[0]).toBe(
      'De hulpverlener inventariseert de schulden.',
    );
  });

  it('conjugates irregular verbs in the simple past and the perfect', () => {
    expect(texts('Ik sprak met de school over het verzuim.')[0]).toBe(
      'De hulpverlener spreekt met de school over het verzuim.',
    );
    expect(texts('Ik ging naar het wijkcentrum.')[0]).toBe('De hulpverlener gaat naar het wijkcentrum.');
    expect(texts('Ik heb het formulier meegenomen.')[0]).toBe('De hulpverlener neemt het formulier mee.');
    expect(texts('Ik ben naar de woningbouwvereniging gegaan.')[0]).toBe(
      'De hulpverlener gaat naar de woningbouwvereniging.',
    );
  });

  it('sends the particle of a separable verb to the end of the clause', () => {
    expect(texts('In het gesprek heb ik de regels uitgelegd.')[0]).toBe(
      'De hulpverlener legt in het gesprek de regels uit.',
    );
    expect(texts('Toen nam ik contact op met de wijkagent.')[0]).toBe(
      'De hulpverlener neemt contact op met de wijkagent.',
    );
  });

  it('reads inseparable verbs and strong participles without ge-', () => {
    expect(texts('Daarna heb ik de situatie besproken met het team.')[0]).toBe(
      'De hulpverlener bespreekt de situatie met het team.',
    );
    expect(texts('Ik heb haar verwezen naar de schuldhulp.')[0]).toBe(
      'De hulpverlener verwijst de cliënt naar de schuldhulp.',
    );
  });

  it('reads "we" as the practitioner together with the client', () => {
    expect(texts('Samen hebben we een plan opgesteld.')[0]).toBe(
      'De hulpverlener stelt samen met de cliënt een plan op.',
    );
  });

  it('rewrites a subject-less continuation and shifts subordinate clauses to the present', () => {
    expect(texts('Ik heb mevrouw gebeld en gevraagd wat ze nodig had.')[0]).toBe(
      'De hulpverlener neemt contact op met de cliënt en vraagt wat de cliënt nodig heeft.',
    );
  });

  it('leaves the reason for an action out of the statement', () => {
    expect(texts('Ik heb een afspraak gemaakt, omdat ze erg ongerust was.')).toEqual([
      'De hulpverlener maakt een afspraak.',
    ]);
  });

  it('accepts the practitioner named in the third person as agent', () => {
    expect(
      texts('Daarna belde de maatschappelijk werker de school. De coach ging met hem naar het UWV.'),
    ).toEqual([
      'De hulpverlener neemt contact op met de school.',
      'De hulpverlener gaat met de cliënt naar het UWV.',
    ]);
  });

  it("keeps the practitioner's action and leaves out what the client does in the same sentence", () => {
    const out = texts('Ze klapte dicht, dus ik ben er niet verder op ingegaan.');
    expect(out).toEqual(['De hulpverlener gaat er niet verder op in.']);
  });
});

describe('verbs after "en" and inside subordinate clauses', () => {
  const say = (text: string) =>
    extractActivities(text, { lang: 'nl', sourceType: 'verslag' }).map((a) => a.text);

  it('conjugates a first-person stem after "en" as the next verb', () => {
    expect(
      say('Ik meld hem aan bij de schuldhulp en houd wekelijks contact met zijn bewindvoerder.'),
    ).toEqual([
      'De hulpverlener meldt de cliënt aan bij de schuldhulp en houdt wekelijks contact met de bewindvoerder van de cliënt.',
    ]);
  });

  it('makes an inverted "en spreek ik" its own activity', () => {
    expect(say('Toen het misging, bel ik haar op en spreek ik haar aan op de afspraak.')).toEqual([
      'De hulpverlener neemt contact op met de cliënt, toen het misgaat.',
      'De hulpverlener spreekt de cliënt aan op de afspraak.',
    ]);
  });

  it('keeps the infinitive after a modal and nouns after a numeral', () => {
    expect(say('Ik leg uit wat ik moet doen. Ik stuur haar binnen drie weken een brief.')).toEqual([
      'De hulpverlener legt uit wat de hulpverlener moet doen.',
      'De hulpverlener stuurt de cliënt binnen drie weken een brief.',
    ]);
  });

  it('does not read an adverb after "haar" as a possessed noun', () => {
    expect(say('Ik sprak haar steeds alleen.')).toEqual(['De hulpverlener spreekt de cliënt steeds alleen.']);
  });
});
