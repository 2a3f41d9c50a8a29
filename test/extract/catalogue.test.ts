import { describe, expect, it } from 'vitest';
import { extractActivities } from '../../src/extract';
import { recogniseActs } from '../../src/extract/catalogue';

const ids = (s: string, lang?: 'nl' | 'en') => recogniseActs(s.toLowerCase(), lang).map((a) => a.id);

describe('the catalogue of professional acts', () => {
  it('recognises the steps of the meldcode however they are phrased', () => {
    expect(ids('Meldcode doorlopen.', 'nl')).toContain('meldcode');
    expect(ids('Met Veilig Thuis gebeld voor anoniem advies.', 'nl')).toContain('veilig-thuis-advies');
    expect(ids('Ik heb Veilig Thuis om advies gevraagd.', 'nl')).toContain('veilig-thuis-advies');
    expect(ids('Casus besproken met de aandachtsfunctionaris.', 'nl')).toContain('collegiale-consultatie');
    expect(ids('Melding gedaan bij Veilig Thuis.', 'nl')).toContain('melden');
    expect(ids('I discussed it with our safeguarding lead.', 'en')).toContain('collegiale-consultatie');
  });

  it('does not read a report that came in as the practitioner reporting', () => {
    expect(ids('Melding via Veilig Thuis ontvangen.', 'nl')).not.toContain('melden');
  });

  it('places acts by their content: evaluating at the end, a plan at planning', () => {
    expect(recogniseActs('eindevaluatie met de cliënt', 'nl').map((a) => a.phase)).toContain('afsluiting');
    expect(recogniseActs('plan van aanpak opgesteld met moeder', 'nl').map((a) => a.phase)).toContain('plan');
  });
});

describe('phase from the shape of the text', () => {
  it('places every act of a closing conversation in evaluatie en afsluiting', () => {
    const text = [
      'Transcript gesprek – wijkteam',
      'Aanwezig: Piet (cliënt, P), Eva (consulent, C)',
      '',
      'C: Vandaag is ons laatste gesprek, zoals afgesproken.',
      'P: Ja.',
      'C: Ik wil eerst vragen hoe het nu met je gaat.',
      'P: Goed.',
      'C: Ik meld je aan bij de buurtvereniging voor de koffieochtend.',
      'P: Fijn.',
      'C: Je kunt altijd opnieuw contact opnemen als het nodig is.',
    ].join('\n');
    const phases = extractActivities(text, { lang: 'nl' }).map((a) => a.phase);
    expect(phases.length).toBeGreaterThan(1);
    expect(new Set(phases)).toEqual(new Set(['afsluiting']));
  });
});
