import { describe, expect, it } from 'vitest';
import { extractActivities } from '../../src/extract';

const nl = (s: string) =>
  extractActivities(`Verslag\n${s}`, { lang: 'nl', sourceType: 'verslag' }).map((a) => a.text);
const en = (s: string) =>
  extractActivities(`Report\n${s}`, { lang: 'en', sourceType: 'verslag' }).map((a) => a.text);

describe('"samen met X" keeps X in its role', () => {
  it('reads "we" with a named partner as the practitioner with that partner, not with the client', () => {
    expect(nl('Met Veilig Thuis hebben we besloten dat een melding nodig is.')).toEqual([
      'De hulpverlener besluit met Veilig Thuis dat een melding nodig is.',
    ]);
    expect(nl('We zijn samen met de wijkagent op huisbezoek gegaan.')).toEqual([
      'De hulpverlener gaat samen met de wijkagent op huisbezoek.',
    ]);
    expect(nl('We hebben met de mentor afgesproken dat zij belt.')[0]).toMatch(
      /^De hulpverlener spreekt met de mentor af/,
    );
  });

  it('still reads a bare "we" as the practitioner together with the client', () => {
    expect(nl('Samen hebben we de post doorgenomen.')).toEqual([
      'De hulpverlener neemt samen met de cliënt de post door.',
    ]);
  });

  it('does the same in English, and reads "her" before a pronoun or "together" as the person', () => {
    expect(en('Together with the school we made a safety plan.')).toEqual([
      'Together with the school the practitioner makes a safety plan.',
    ]);
    expect(en('We visited her together with the police.')).toEqual([
      'The practitioner visits the client together with the police.',
    ]);
    expect(en('With her we wrote a budget.')).toEqual(['With the client the practitioner writes a budget.']);
    // "with three goals" names no partner: "we" is still the practitioner with the client.
    expect(en('We wrote a plan together with three goals.')[0]).toMatch(/together with the client/);
  });
});

describe('a partner of a meeting is no partner of "we"', () => {
  it('keeps the client beside "we" when "with X" belongs to a meeting or appointment', () => {
    expect(nl('We hebben een afspraak met de school gemaakt.')[0]).toMatch(/met de cliënt/);
    expect(en('We have arranged a meeting with the school.')).toEqual([
      'The practitioner arranges with the client a meeting with the school.',
    ]);
  });
});
