import type { HandbookInput, StandardItem } from '../../src/handbook';
import { appendix, method } from './fixture-method';

const item = (
  number: string,
  phase: string,
  text: string,
  criterion: string,
  extra: Partial<StandardItem> = {},
): StandardItem => ({
  number,
  text,
  phase,
  criterion,
  norm: { percentage: 80, unit: 'dossiers' },
  evidenceSource: 'dossier',
  criticality: 32,
  class: 'core',
  importanceMedian: 8,
  frequencyMedian: 4,
  rubric: [],
  ...extra,
});

export const fixture: HandbookInput = {
  study: {
    title: 'Procesmatige hulpverlening in het AMW',
    description:
      'Standaard voor de procesmatige begeleiding van cliënten in het algemeen maatschappelijk werk, ontwikkeld ' +
      'met de hulpverleners van team Noord & Zuid in 2024–2025.',
    lang: 'nl',
    institution: 'Stichting Welzijn Één <Oost>',
  },
  version: {
    number: 2,
    status: 'adopted',
    adoptedAt: '2025-03-12',
    adoptedBy: 'MT Welzijn Één',
    createdAt: '2025-02-20',
  },
  authors: ['Anouk de Vries', 'Sem Öztürk', 'Noë Jansen'],
  phases: [
    { id: 'intake', label: 'Aanmelding en kennismaking' },
    { id: 'analyse', label: 'Probleemverheldering' },
    { id: 'plan', label: 'Hulpverleningsplan en afspraken' },
    { id: 'uitvoering', label: 'Uitvoering en begeleiding' },
    { id: 'afsluiting', label: 'Evaluatie en afsluiting' },
  ],
  clusters: [
    {
      number: '1',
      title: 'Contact leggen en kennismaken',
      description: 'Het eerste contact met de cliënt en het verhelderen van de hulpvraag.',
      subAspects: [
        {
          number: '1.1',
          title: 'Aanmelding',
          items: [
            item(
              '1.1.1',
              'intake',
              'De hulpverlener neemt binnen vijf werkdagen na aanmelding contact op met de cliënt.',
              'Het eerste contact is binnen vijf werkdagen na aanmelding vastgelegd in het dossier.',
              { norm: { percentage: 90, unit: 'dossiers' } },
            ),
            item(
              '1.1.2',
              'intake',
              'De hulpverlener legt de cliënt uit wat het maatschappelijk werk wel en niet kan bieden.',
              'In het verslag van het eerste gesprek staat dat het aanbod is toegelicht.',
              { evidenceSource: 'gesprek', norm: { percentage: 75, unit: 'gesprekken' } },
            ),
          ],
        },
        {
          number: '1.2',
          title: 'Hulpvraag verhelderen',
          items: [
            item(
              '1.2.1',
              'analyse',
              'De hulpverlener vat de hulpvraag samen in de woorden van de cliënt en checkt of die klopt.',
              'De hulpvraag staat in de woorden van de cliënt in het dossier.',
              {
                rubric: [
                  'Hulpvraag ontbreekt.',
                  'Hulpvraag in woorden van de hulpverlener.',
                  'Hulpvraag in woorden van de cliënt, door de cliënt bevestigd.',
                ],
              },
            ),
          ],
        },
      ],
    },
    {
      number: '2',
      title: 'Probleemverheldering',
      subAspects: [
        {
          number: '2.1',
          title: 'Situatie in kaart brengen',
          items: [
            item(
              '2.1.1',
              'analyse',
              'De hulpverlener brengt met de cliënt de leefgebieden in kaart: wonen, financiën, werk, gezondheid en netwerk.',
              'Alle vijf leefgebieden zijn beschreven of gemotiveerd overgeslagen.',
            ),
            item(
              '2.1.2',
              'analyse',
              'De hulpverlener vraagt bij signalen van huiselijk geweld door naar de veiligheid van cliënt en kinderen.',
              'Bij signalen is de veiligheidsvraag gesteld en het afwegingskader gevolgd.',
              {
                class: 'critical',
                criticality: 18,
                importanceMedian: 9,
                frequencyMedian: 2,
                norm: { percentage: 100, unit: 'dossiers' },
              },
            ),
          ],
        },
      ],
    },
    {
      number: '3',
      title: 'Organiseren van hulpverlening',
      subAspects: [
        {
          number: '3.1',
          title: 'Onderhandelen met de cliënt',
          items: [
            item(
              '3.1.1',
              'plan',
              'De hulpverlener bespreekt met de cliënt welke doelen haalbaar zijn binnen drie maanden.',
              'De doelen zijn samen met de cliënt geformuleerd en haalbaar binnen drie maanden.',
            ),
            item(
              '3.1.2',
              'plan',
              'De hulpverlener maakt met de cliënt schriftelijke afspraken over de doelen.',
              'Er is een door de cliënt ondertekend hulpverleningsplan met doelen.',
              { explanation: 'Een digitale akkoordverklaring telt als ondertekening.' },
            ),
          ],
        },
        {
          number: '3.2',
          title: 'Afspraken maken met de cliënt',
          items: [
            item(
              '3.2.1',
              'uitvoering',
              'De hulpverlener evalueert elke zes weken met de cliënt de voortgang op de doelen.',
              'Er is ten minste elke zes weken een voortgangsevaluatie vastgelegd.',
              { class: 'optional', criticality: 15, importanceMedian: 5, frequencyMedian: 3 },
            ),
            item(
              '3.2.2',
              'afsluiting',
              'De hulpverlener sluit de hulpverlening af met een eindgesprek waarin de doelen worden nagelopen.',
              'Er is een verslag van het eindgesprek met de stand van elk doel.',
              { evidenceSource: 'observatie', norm: { percentage: 80, unit: 'observaties' } },
            ),
            item(
              '3.2.3',
              'afsluiting',
              'De hulpverlener wijst de cliënt bij afsluiting op de mogelijkheid om terug te komen.',
              'In het afsluitende verslag staat dat de cliënt weet hoe hij weer hulp kan vragen.',
              // included by the team's decision although the 2×2 class advises "drop": the class never decides
              {
                class: 'drop',
                criticality: 2,
                importanceMedian: 2,
                frequencyMedian: 1,
                norm: { percentage: null, unit: 'dossiers' },
              },
            ),
          ],
        },
      ],
    },
  ],
  excluded: [
    {
      item: {
        number: null,
        round: 2,
        roundNumber: '3.2.3',
        text: 'De hulpverlener stuurt de cliënt een kaart na afsluiting.',
      },
      decision: 'out',
      override: false,
    },
  ],
  method,
  appendix,
};
