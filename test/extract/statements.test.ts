import { describe, expect, it } from 'vitest';
import { extractActivities } from '../../src/extract';

const talk = (turns: string[], header = 'Aanwezig: Piet (P), Eva (consulent, C)') =>
  extractActivities(`Transcript gesprek\n${header}\n\n${turns.join('\n')}`, {
    lang: 'nl',
    sourceType: 'transcript',
  });
const texts = (turns: string[], header?: string) => talk(turns, header).map((a) => a.text);

describe("the practitioner's statements in a conversation", () => {
  it('words an explanation as "legt uit dat" in subordinate order', () => {
    const out = texts(['P: Hoe gaat het?', 'C: Een ergotherapeut kan komen kijken naar een stoel.']);
    expect(out).toEqual(['De hulpverlener legt uit dat een ergotherapeut kan komen kijken naar een stoel.']);
  });

  it('words what concerns the client as "benoemt dat", with the fronted word after the subject', () => {
    const out = texts(['P: Ja.', 'C: Doordeweeks kun je mij bellen.']);
    expect(out).toEqual(['De hulpverlener benoemt dat de cliënt doordeweeks de hulpverlener kan bellen.']);
  });

  it('keeps a clause as subject together before the verb', () => {
    const out = texts(['P: Goed.', 'C: Wat je hier vertelt, blijft tussen ons.']);
    expect(out).toEqual(['De hulpverlener legt uit dat wat de cliënt hier vertelt tussen de hulpverlener en de cliënt blijft.']);
  });

  it('drops fragments and short verdicts that are no act of their own', () => {
    expect(texts(['P: Wanneer is het erg?', 'C: De ochtenden.'])).toEqual([]);
    expect(texts(['P: Ik ben zo moe.', 'C: Dat is heel begrijpelijk.'])).toEqual([]);
  });

  it('joins an invitation to the question before it instead of quoting it', () => {
    const said = 'Wat gebeurt er dan precies? Neem me mee in één ochtend.';
    const acts = talk(['P: Het gaat mis.', `C: ${said}`]);
    expect(acts.map((a) => a.text)).toEqual([expect.stringMatching(/^De hulpverlener vraagt wat /)]);
    const text = `Transcript gesprek\nAanwezig: Piet (P), Eva (consulent, C)\n\nP: Het gaat mis.\nC: ${said}`;
    expect(text.slice(acts[0]!.evidence[0]!.start, acts[0]!.evidence[0]!.end)).toBe(said);
  });

  it('never quotes the practitioner with "zegt:"', () => {
    const out = texts([
      'P: Hallo.',
      'C: Vorige keer noemde je je vader.',
      'C: Omdat ik wil weten hoe het gaat.',
    ]);
    expect(out.join(' ')).not.toMatch(/zegt:/);
  });
});

describe('speaker labels in pseudonymised transcripts', () => {
  const header = 'Aanwezig: [CLIËNT 1] (16), [PERSOON 2] (maatschappelijk werker jeugd en gezin)';

  it("takes the practitioner's turns from a placeholder label with its role in brackets", () => {
    const out = texts(
      [
        '[PERSOON 2]: Fijn dat je er bent. Waar slaap je nu?',
        '[CLIËNT 1]: Ik slaap bij een vriendin, ik bel mijn moeder niet.',
        '[PERSOON 2]: Ik bel je moeder morgen op.',
      ],
      header,
    );
    expect(out).toEqual([
      expect.stringMatching(/^De hulpverlener vraagt waar de cliënt/),
      expect.stringMatching(/^De hulpverlener/),
    ]);
    expect(out.join(' ')).not.toMatch(/vriendin/);
  });

  it('takes the other speaker as the practitioner when one of two is the client', () => {
    const out = texts(
      [
        '[CLIËNT 1]: Ik slaap slecht.',
        '[PERSOON 2]: Hoe lang al?',
        '[CLIËNT 1]: Een maand.',
        '[PERSOON 2]: Sinds wanneer slaap je slecht?',
      ],
      'Gesprek',
    );
    expect(out.join(' ')).not.toMatch(/maand/);
    expect(out.some((t) => /^De hulpverlener vraagt/.test(t))).toBe(true);
  });
});

describe('question words inside a note', () => {
  it('never conjugates a question word as the verb of a file note', () => {
    const text =
      'Dossier\n06-09: Uitgelegd waarom we kwamen en dat we niet van de bank zijn.\n07-09: Gebeld.';
    const out = extractActivities(text, { lang: 'nl', sourceType: 'dossier' }).map((a) => a.text);
    expect(out[0]).toMatch(/^De hulpverlener legt uit waarom /);
  });
});
