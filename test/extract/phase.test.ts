import { describe, expect, it } from 'vitest';
import { extractActivities, suggestPhases } from '../../src/extract';

describe('phase position', () => {
  it('places the first activity early even after a long background paragraph', () => {
    const background =
      'Meneer is 58 jaar en woont sinds de scheiding alleen in een flat aan de rand van de stad. ' +
      'Hij werkte dertig jaar als chauffeur, tot zijn rug het niet meer toeliet. Zijn dochter woont in ' +
      'het buitenland en zijn broer ziet hij zelden. De buren merkten dat hij steeds minder buiten kwam. ' +
      'Over geld praat hij niet graag, en de post ligt vaak dagen op de mat. ';
    const story =
      background +
      'Ik heb hem thuis opgezocht. Ik heb zijn dagritme in kaart gebracht. ' +
      'We hebben samen doelen opgesteld. Ik ben met hem meegegaan naar de bank. ' +
      'Ik heb het dossier gesloten.';
    const phases = extractActivities(story, { lang: 'nl', sourceType: 'verslag' }).map((a) => a.phase);
    expect(phases).toEqual(['intake', 'analyse', 'plan', 'uitvoering', 'afsluiting']);
  });
});

describe('phase cues', () => {
  it('lets a question tip an item between two phases towards problem clarification', () => {
    const items = [
      { text: 'de hulpverlener belt na de aanmelding', position: 0 },
      { text: 'de hulpverlener vraagt hoe de week eruitziet', position: 0.41 },
      { text: 'de hulpverlener sluit het dossier', position: 1 },
    ];
    expect(suggestPhases(items)[1]).toBe('analyse');
    expect(
      suggestPhases([items[0]!, { ...items[1]!, text: 'de hulpverlener ordent de post' }, items[2]!])[1],
    ).toBe('plan');
  });

  it('places explaining what was reported at intake and applying for food aid at carrying out', () => {
    const around = [
      { text: 'de hulpverlener belt na de aanmelding', position: 0 },
      { text: 'de hulpverlener brengt het netwerk in kaart', position: 0.3 },
      { text: 'de hulpverlener maakt een plan met doelen', position: 0.5 },
    ];
    const told = { text: 'de hulpverlener legt uit wat de school heeft gemeld', position: 0.25 };
    expect(suggestPhases([around[0]!, told, ...around.slice(1)])[1]).toBe('intake');
    const food = { text: 'de hulpverlener vraagt met moeder een voedselpakket aan', position: 0.4 };
    expect(
      suggestPhases([around[0]!, food, { text: 'de hulpverlener sluit het dossier', position: 1 }])[1],
    ).toBe('uitvoering');
  });
});
