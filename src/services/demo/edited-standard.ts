/**
 * The demo standard as the research team edited it: clusters, sub-aspects and activities in behavioural terms,
 * with criteria, norms and sources of evidence, and the activities the panel adds in the first round. Content only;
 * edited.ts applies it to the proposed draft.
 */
import type { EvidenceSource } from '../../standard';

/** Criterion, norm and source of evidence of one activity of the demo standard. */
export interface DemoCriteria {
  criterion: string;
  source: EvidenceSource;
  /** null: explicitly "geen norm" (with the explanation saying why). */
  norm: number | null;
  unit: string;
  rubric?: string[];
  explanation?: string;
}

export interface EditedItem extends DemoCriteria {
  text: string;
  phase: string;
  /** Extracted activities of this phase that say the same are merged into this one. */
  match: RegExp;
  /** The wording the panel proposes in the first round and the researcher accepts. */
  reworded?: string;
  /** How the simulated panel rates it: settled in the first, second or third rating round, never, or left out. */
  settles: 1 | 2 | 3 | 'never' | 'out';
}

export interface EditedCluster {
  label: string;
  subAspects: { label: string; items: EditedItem[] }[];
}

const dossier = (criterion: string, norm: number | null = 80, extra: Partial<DemoCriteria> = {}) => ({
  criterion,
  source: 'dossier' as const,
  norm,
  unit: 'dossiers',
  ...extra,
});
const gesprek = (criterion: string, norm = 75, extra: Partial<DemoCriteria> = {}) => ({
  criterion,
  source: 'gesprek' as const,
  norm,
  unit: 'gesprekken',
  ...extra,
});

/**
 * The demo standard as a researcher edits it from the proposed draft: clusters named as aspects of the help,
 * activities in behavioural terms, and (added when the standard is made) a criterion, norm and source of
 * evidence for every activity.
 */
export const EDITED: EditedCluster[] = [
  {
    label: 'Kennismaking en aanmelding',
    subAspects: [
      {
        label: 'Eerste contact',
        items: [
          {
            text: 'De hulpverlener neemt binnen vijf werkdagen na de aanmelding contact op met de cliënt en maakt een afspraak voor een eerste gesprek.',
            phase: 'intake',
            match: /afspraak|brief|aanmeld|sms|belt|bel /i,
            settles: 1,
            ...dossier(
              'Het dossier vermeldt de datum van de aanmelding en de datum van het eerste contact; daartussen liggen ten hoogste vijf werkdagen.',
            ),
          },
          {
            text: 'De hulpverlener stelt zich voor en legt uit wat het maatschappelijk werk kan bieden en wat vertrouwelijk blijft.',
            phase: 'intake',
            match: /legt .*uit|stelt zich voor|vertrouwelijk/i,
            settles: 1,
            ...gesprek(
              'In het toetsingsgesprek vertelt de hulpverlener aan de hand van een recente aanmelding hoe het aanbod van het maatschappelijk werk en de grenzen van de vertrouwelijkheid zijn uitgelegd.',
            ),
          },
        ],
      },
      {
        label: 'Aanleiding van de aanmelding',
        items: [
          {
            text: 'De hulpverlener vraagt naar de aanleiding van de aanmelding en naar wat de cliënt van de hulp verwacht.',
            phase: 'intake',
            match: /./,
            settles: 1,
            ...gesprek(
              'In het toetsingsgesprek noemt de hulpverlener bij een recente aanmelding de aanleiding en wat de cliënt van de hulp verwachtte, in de woorden van de cliënt.',
            ),
          },
          {
            text: 'De hulpverlener vraagt in het eerste gesprek of de cliënt en de kinderen thuis veilig zijn.',
            phase: 'intake',
            match: /veilig|geweld|pijn|bang/i,
            settles: 2,
            ...dossier(
              'Het verslag van het eerste gesprek vermeldt dat naar de veiligheid is gevraagd en wat de cliënt antwoordde.',
              100,
              {
                explanation: 'Veiligheid gaat voor: hier geldt geen marge.',
              },
            ),
          },
        ],
      },
    ],
  },
  {
    label: 'Verheldering van de hulpvraag',
    subAspects: [
      {
        label: 'De problemen in kaart',
        items: [
          {
            text: 'De hulpverlener brengt samen met de cliënt in kaart wat er speelt op het gebied van wonen, geld, werk, gezondheid en relaties.',
            phase: 'analyse',
            match: /inkomst|schuld|geld|brief|wonen|huur|werk|school|gezond/i,
            settles: 1,
            ...dossier(
              'In het dossier staat uiterlijk na het tweede gesprek een overzicht van de leefgebieden, met per gebied wat er speelt.',
            ),
          },
          {
            text: 'De hulpverlener vat samen wat de cliënt vertelt en vraagt of de samenvatting klopt.',
            phase: 'analyse',
            match: /vat|samen|luister|vraagt door/i,
            settles: 2,
            criterion:
              'In een geobserveerd of opgenomen gesprek vat de hulpverlener ten minste één keer samen wat de cliënt zegt en checkt dat bij de cliënt.',
            source: 'observatie',
            norm: 70,
            unit: 'observaties',
            rubric: [
              'Niet waargenomen.',
              'Samengevat zonder te checken.',
              'Samengevat en gecheckt bij de cliënt.',
            ],
          },
        ],
      },
      {
        label: 'Netwerk en veiligheid',
        items: [
          {
            text: 'De hulpverlener vraagt wie in de omgeving van de cliënt steun kan bieden.',
            reworded:
              'De hulpverlener vraagt wie in de familie, de vriendenkring of de buurt van de cliënt steun kan bieden.',
            phase: 'analyse',
            match: /netwerk|familie|ouders|partner|vriend|buur|zus|broer|moeder|vader/i,
            settles: 3,
            ...gesprek(
              'In het toetsingsgesprek noemt de hulpverlener bij een recente casus wie in de omgeving van de cliënt steun kan bieden en hoe dat is nagegaan.',
            ),
          },
          {
            text: 'De hulpverlener doorloopt bij signalen van onveiligheid de stappen van de meldcode en overlegt met een collega.',
            phase: 'analyse',
            match: /veilig|meldcode|risico|geweld|pijn|Veilig Thuis/i,
            settles: 1,
            ...dossier(
              'Bij signalen van onveiligheid zijn de stappen van de meldcode doorlopen en met datum vastgelegd, inclusief het collegiaal consult.',
              100,
              {
                rubric: [
                  'Stappen niet doorlopen of niet vastgelegd.',
                  'Stappen doorlopen, collegiaal consult ontbreekt.',
                  'Alle stappen met datum vastgelegd, met collegiaal consult.',
                ],
                explanation: 'Veiligheid gaat voor: hier geldt geen marge.',
              },
            ),
          },
        ],
      },
    ],
  },
  {
    label: 'Het hulpverleningsplan',
    subAspects: [
      {
        label: 'Doelen en taken',
        items: [
          {
            text: 'De hulpverlener maakt met de cliënt schriftelijke afspraken over de doelen, in de woorden van de cliënt.',
            phase: 'plan',
            match: /plan|doel/i,
            settles: 1,
            ...dossier(
              'In het dossier staat een hulpverleningsplan met doelen in de woorden van de cliënt, wie wat doet en wanneer het wordt geëvalueerd; de cliënt heeft het gezien of ondertekend.',
              80,
              {
                rubric: [
                  'Geen plan in het dossier.',
                  'Plan met doelen, maar zonder taakverdeling of evaluatiemoment.',
                  'Volledig plan, met de cliënt opgesteld en door de cliënt gezien.',
                ],
                explanation: 'Schriftelijke afspraken maken de hulp toetsbaar voor cliënt en hulpverlener.',
              },
            ),
          },
          {
            text: 'De hulpverlener bespreekt met de cliënt wie wat doet en wanneer.',
            phase: 'plan',
            match: /afspra|wie wat|spreekt af|taak/i,
            settles: 1,
            ...dossier('Het plan noemt per doel wie wat doet en voor welke datum.'),
          },
        ],
      },
      {
        label: 'Evaluatiemoment',
        items: [
          {
            text: 'De hulpverlener legt in het plan vast wanneer de doelen samen met de cliënt worden geëvalueerd.',
            phase: 'plan',
            match: /evalu|termijn|weken/i,
            settles: 2,
            ...dossier('Het plan noemt een datum of termijn voor de evaluatie met de cliënt.'),
          },
          {
            text: 'De hulpverlener geeft de cliënt een afschrift van het plan.',
            phase: 'plan',
            match: /./,
            settles: 'out',
            ...dossier('Het dossier vermeldt dat de cliënt een afschrift van het plan heeft gekregen.', 75),
          },
        ],
      },
    ],
  },
  {
    label: 'Samenwerking met het netwerk en andere instanties',
    subAspects: [
      {
        label: 'Toestemming en informatie',
        items: [
          {
            text: 'De hulpverlener vraagt de cliënt toestemming voordat hij of zij contact opneemt met anderen, en legt die toestemming vast.',
            phase: 'uitvoering',
            match: /toestemming/i,
            settles: 1,
            ...dossier(
              'Bij elk contact met een derde staat in het dossier dat de cliënt daarvoor toestemming gaf, met datum.',
              90,
            ),
          },
          {
            text: 'De hulpverlener vertelt de cliënt na elk contact met een instantie wat er is besproken.',
            phase: 'uitvoering',
            match: /vertel|informeer|laat .*weten|contact op/i,
            settles: 2,
            ...gesprek(
              'In het toetsingsgesprek beschrijft de hulpverlener bij een recente casus hoe de cliënt na een contact met een instantie is geïnformeerd.',
            ),
          },
        ],
      },
      {
        label: 'Afstemming en verwijzing',
        items: [
          {
            text: 'De hulpverlener stemt de hulp af met de andere betrokken hulpverleners en spreekt af wie de regie heeft.',
            phase: 'uitvoering',
            match: /casemanager|wijkteam|overleg|huisarts|school|gemeente|instantie|begeleider/i,
            settles: 1,
            ...dossier('Het dossier noemt de andere betrokken hulpverleners en wie van hen de regie heeft.'),
          },
          {
            text: 'De hulpverlener verwijst de cliënt gericht door en gaat na of de verwijzing is aangekomen.',
            phase: 'uitvoering',
            match: /verwijs|doorverwijs|schuldhulp|advocaat|aanmeld/i,
            settles: 3,
            ...dossier(
              'Bij een verwijzing vermeldt het dossier naar wie is verwezen en dat is nagegaan of de cliënt daar is aangekomen.',
            ),
          },
        ],
      },
    ],
  },
  {
    label: 'Begeleiding tijdens de uitvoering',
    subAspects: [
      {
        label: 'Praktische ondersteuning',
        items: [
          {
            text: 'De hulpverlener helpt de cliënt bij brieven en formulieren en laat de cliënt zoveel mogelijk zelf doen.',
            phase: 'uitvoering',
            match: /brief|formulier|aanvraag|mail|invul/i,
            settles: 'never',
            ...gesprek(
              'In het toetsingsgesprek beschrijft de hulpverlener bij een recente casus welk deel van het papierwerk de cliënt zelf deed.',
            ),
          },
          {
            text: 'De hulpverlener neemt bij een dreigende afsluiting of uitzetting dezelfde dag contact op met de schuldeiser of verhuurder.',
            phase: 'uitvoering',
            match: /afsluit|uitzet|energie|verhuurder|schuldeiser|opschort/i,
            settles: 1,
            ...dossier(
              'Bij een dreigende afsluiting of uitzetting vermeldt het dossier het contact met de schuldeiser of verhuurder op dezelfde dag.',
              90,
            ),
          },
        ],
      },
      {
        label: 'Voortgang van de hulp',
        items: [
          {
            text: 'De hulpverlener bespreekt in elk gesprek met de cliënt hoe het staat met de afgesproken doelen.',
            phase: 'uitvoering',
            match: /./,
            settles: 1,
            ...dossier(
              'De gespreksverslagen vermelden per gesprek de voortgang op ten minste één afgesproken doel.',
            ),
          },
          {
            text: 'De hulpverlener bespreekt vastgelopen hulp in het collegiaal overleg en legt de uitkomst vast.',
            phase: 'uitvoering',
            match: /collega|intervisie|consult|team/i,
            settles: 'never',
            ...dossier(
              'Als de hulp langer dan zes weken stilstaat, vermeldt het dossier een collegiaal overleg en de uitkomst daarvan.',
              75,
            ),
          },
        ],
      },
    ],
  },
  {
    label: 'Evaluatie en afsluiting',
    subAspects: [
      {
        label: 'Evaluatie met de cliënt',
        items: [
          {
            text: 'De hulpverlener evalueert met de cliënt per doel of het is bereikt.',
            phase: 'afsluiting',
            match: /evalu|doel|bereikt/i,
            settles: 1,
            ...dossier(
              'De evaluatie met de cliënt is vastgelegd: per doel of het bereikt is, en wat de cliënt van de hulp vond.',
            ),
          },
          {
            text: 'De hulpverlener vraagt de cliënt wat hij of zij van de hulp vond.',
            phase: 'afsluiting',
            match: /vond|tevreden|ervaring|vraagt/i,
            settles: 2,
            ...gesprek(
              'In het toetsingsgesprek vertelt de hulpverlener wat een recent afgesloten cliënt van de hulp vond en wat de hulpverlener daarmee doet.',
              75,
              {
                norm: null,
                explanation:
                  'Geen norm: niet elke cliënt wil terugkijken. Het criterium wordt besproken, niet als percentage getoetst.',
              },
            ),
          },
        ],
      },
      {
        label: 'Afronding',
        items: [
          {
            text: 'De hulpverlener sluit de hulp af met een afsluitend gesprek en een afsluitverslag in het dossier.',
            phase: 'afsluiting',
            match: /afsl|afrond|sluit/i,
            settles: 1,
            ...dossier(
              'Het dossier bevat een afsluitverslag met de reden van afsluiting en de stand van de doelen.',
            ),
          },
          {
            text: 'De hulpverlener spreekt met de cliënt af waar hij of zij terecht kan als de problemen terugkomen.',
            phase: 'afsluiting',
            match: /./,
            settles: 2,
            ...gesprek(
              'In het toetsingsgesprek noemt de hulpverlener wat met een recent afgesloten cliënt is afgesproken over terugkomen.',
            ),
          },
        ],
      },
    ],
  },
];

/** Activities the demo panel adds in the first round, with their criteria. */
export const PANEL_ADDED: EditedItem[] = [
  {
    text: 'De hulpverlener vraagt of de cliënt eerder hulp heeft gehad en wat daarvan hielp.',
    phase: 'intake',
    match: /$^/,
    settles: 1,
    ...gesprek(
      'In het toetsingsgesprek vertelt de hulpverlener bij een recente aanmelding welke hulp de cliënt eerder kreeg en wat daarvan hielp.',
    ),
  },
];
