import { describe, expect, it } from 'vitest';
import { extractActivities } from '../../src/extract';

const journal = (...notes: string[]) =>
  extractActivities(`Journaal wijkteam – mw. Jansen\n${notes.map((n, i) => `1${i}-03: ${n}`).join('\n')}`, {
    lang: 'nl',
    sourceType: 'dossier',
  }).map((a) => a.text);

describe('dossier style and passives', () => {
  it('reads an agentless passive in a file note as an act of the practitioner', () => {
    expect(journal('Er is contact gelegd met de woningcorporatie.')).toEqual([
      'De hulpverlener legt contact met de woningcorporatie.',
    ]);
    expect(journal('Door mij is een aanvraag bijzondere bijstand ingediend.')).toEqual([
      'De hulpverlener dient een aanvraag bijzondere bijstand in.',
    ]);
  });

  it('leaves a passive with another agent to that agent', () => {
    expect(journal('Er is door de politie een huisverbod opgelegd.')).toEqual([]);
  });

  it('reads telegram-style notes such as "Meldcode doorlopen" as acts', () => {
    expect(journal('Meldcode doorlopen.')).toEqual(['De hulpverlener doorloopt meldcode.']);
  });
});

describe('safety-critical acts and acts of third parties', () => {
  it('never misses consulting Veilig Thuis, even in a sentence the rules cannot parse', () => {
    const out = journal('Anoniem advies Veilig Thuis i.v.m. blauwe plekken.');
    expect(out.join(' ')).toMatch(/Veilig Thuis om advies/);
  });

  it('attributes an act of Veilig Thuis or the school to them, not to the practitioner', () => {
    expect(journal('Veilig Thuis heeft een onderzoek gestart.')).toEqual([]);
    expect(journal('School belt over blauwe plekken.')).toEqual([]);
  });
});
