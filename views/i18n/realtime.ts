import { defineTexts } from './define';

export const realtime = defineTexts(
  {
    title: 'Real-time Delphi',
    intro:
      'Zonder vaste rondes: na het beantwoorden van een item ziet een panellid meteen de huidige verdeling van de groep en de geanonimiseerde opmerkingen, en kan het antwoord herzien tot de ronde sluit. Elke herziening wordt bewaard.',
    enabled: 'Deze beoordelingsronde als real-time Delphi houden',
    save: 'Opslaan',
    isOn: 'Deze ronde is een real-time Delphi.',
    liveTitle: 'De groep tot nu toe',
    liveIntro:
      'Zo hebben de panelleden dit item tot nu toe beoordeeld (uw eigen antwoord is gemarkeerd). U kunt uw antwoord herzien zolang de ronde open is.',
    reportTitle: 'Real-time Delphi: eerste en laatste beoordeling',
    reportIntro:
      'Per item de eerste en de laatste beoordeling van belang van ieder panellid, hoeveel panelleden hun oordeel herzagen, en hoe de overeenstemming (aandeel in de hoogste band) na elke herziening veranderde.',
    item: 'Item',
    panellists: 'Panelleden',
    revisions: 'Herzieningen',
    changed: 'Herzien',
    first: 'Eerste: mediaan / overeenstemming',
    last: 'Laatste: mediaan / overeenstemming',
    chart: 'Overeenstemming in de tijd',
    noRatings: 'nog geen beoordelingen',
    chartLabel: (from: string, to: string, points: number) =>
      `Overeenstemming van ${from} naar ${to} over ${points} antwoorden`,
  },
  {
    title: 'Real-time Delphi',
    intro:
      'Without fixed rounds: after answering an item a panellist immediately sees the group’s current distribution and the anonymised comments, and may revise until the round closes. Every revision is kept.',
    enabled: 'Run this rating round as a real-time Delphi',
    save: 'Save',
    isOn: 'This round is a real-time Delphi.',
    liveTitle: 'The group so far',
    liveIntro:
      'This is how the panellists have rated this item so far (your own answer is highlighted). You may revise your answer while the round is open.',
    reportTitle: 'Real-time Delphi: first and last ratings',
    reportIntro:
      'Per item each panellist’s first and last importance rating, how many panellists revised, and how agreement (share in the top band) moved after each revision.',
    item: 'Item',
    panellists: 'Panellists',
    revisions: 'Revisions',
    changed: 'Revised',
    first: 'First: median / agreement',
    last: 'Last: median / agreement',
    chart: 'Agreement over time',
    noRatings: 'no ratings yet',
    chartLabel: (from: string, to: string, points: number) =>
      `Agreement from ${from} to ${to} over ${points} answers`,
  },
);
