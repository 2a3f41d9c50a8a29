import { defineTexts } from './define';

/** The catalogue's general wording of an act, proposed beside an item's own words in the draft. */
export const draftCatalogue = defineTexts(
  {
    label: 'Algemene formulering uit de catalogus:',
    take: 'Overnemen',
    takeFor: (no: string) => `Algemene formulering overnemen voor item ${no}`,
    reason: 'algemene formulering uit de catalogus van professionele handelingen overgenomen',
  },
  {
    label: 'General wording from the catalogue:',
    take: 'Use this wording',
    takeFor: (no: string) => `Use this wording, the general one, for item ${no}`,
    reason: 'general wording taken from the catalogue of professional acts',
  },
);
