/**
 * Building blocks for synthetic Dutch case descriptions. Practitioner actions are split into finite verb
 * and rest, so the generator can write both "Ik belde de huisarts" and "Daarna belde ik de huisarts".
 * Each action has a few wordings, as different practitioners describe the same thing differently.
 */
export interface Action {
  verb: string;
  rest: string;
}

export type { PhaseId as Phase } from '../../src/domain';
import type { PhaseId as Phase } from '../../src/domain';

const a = (verb: string, rest: string): Action => ({ verb, rest });

export const ACTIONS: Record<Phase, Action[][]> = {
  intake: [
    [
      a('besprak', 'met {c} wat de verwachtingen van de hulp waren'),
      a('heb', 'de verwachtingen over de hulp met {c} besproken'),
    ],
    [
      a('luisterde', 'naar het verhaal van {c} zonder te oordelen'),
      a('heb', 'eerst rustig geluisterd naar het verhaal van {c}'),
    ],
    [
      a('ontving', '{c} voor een eerste kennismakingsgesprek'),
      a('heb', '{c} uitgenodigd voor een kennismakingsgesprek'),
      a('had', 'een intakegesprek met {c}'),
    ],
    [
      a('legde', 'uit wat het maatschappelijk werk kan bieden'),
      a('heb', 'uitgelegd hoe wij werken en wat {c} van ons kan verwachten'),
      a('vertelde', 'wat maatschappelijk werk inhoudt'),
    ],
    [
      a('vroeg', 'toestemming om contact op te nemen met {ref}'),
      a('heb', 'toestemming gevraagd om informatie op te vragen bij {ref}'),
    ],
    [
      a('wees', '{c} op de geheimhoudingsplicht en de privacyregels'),
      a('heb', 'de privacyregels en de geheimhouding toegelicht'),
    ],
    [
      a('belde', '{c} terug na de aanmelding via {ref}'),
      a('nam', 'telefonisch contact op met {c} na de aanmelding'),
    ],
    [
      a('vroeg', 'wat {c} zelf als belangrijkste probleem zag'),
      a('heb', 'gevraagd met welke hulpvraag {c} kwam'),
    ],
    [a('vulde', 'samen met {c} het aanmeldformulier in'), a('heb', 'met {c} het aanmeldformulier ingevuld')],
  ],
  analyse: [
    [
      a('vroeg', 'naar de kinderen en hoe de opvoeding verliep'),
      a('heb', 'gevraagd hoe het met de kinderen en de opvoeding gaat'),
    ],
    [
      a('besprak', 'met {c} de woonsituatie en de dreigende uitzetting'),
      a('heb', 'de dreigende uitzetting met {c} besproken'),
    ],
    [a('vroeg', 'hoe {c} de dagen doorbracht en met wie'), a('heb', 'gevraagd hoe {c} de dagen doorbrengt')],
    [
      a('bracht', 'samen met {c} de schulden in kaart'),
      a('heb', 'met {c} een overzicht van de schulden gemaakt'),
      a('maakte', 'een overzicht van alle schuldeisers'),
    ],
    [
      a('nam', 'de bankafschriften van de afgelopen maanden door'),
      a('heb', 'de bankafschriften met {c} doorgenomen'),
    ],
    [
      a('vroeg', 'door naar het sociale netwerk van {c}'),
      a('heb', 'gevraagd wie er in de omgeving kan helpen'),
      a('bracht', 'het netwerk van {c} in kaart'),
    ],
    [
      a('besprak', 'met {c} welke problemen het zwaarst wegen'),
      a('heb', 'met {c} de problemen op volgorde van belang gezet'),
    ],
    [a('vroeg', 'informatie op bij {ref}'), a('nam', 'contact op met {ref} voor aanvullende informatie')],
    [a('vroeg', 'naar de gezondheid en het slapen'), a('heb', 'gevraagd hoe het met de gezondheid gaat')],
    [a('maakte', 'een huisbezoek om de woonsituatie te zien'), a('heb', 'een huisbezoek afgelegd bij {c}')],
    [
      a('heb', 'de inkomsten en uitgaven met {c} op een rij gezet'),
      a('maakte', 'met {c} een overzicht van inkomsten en uitgaven'),
    ],
  ],
  plan: [
    [
      a('maakte', 'afspraken over hoe vaak we elkaar zouden zien'),
      a('heb', 'afgesproken hoe vaak de gesprekken plaatsvinden'),
    ],
    [
      a('besprak', 'met {c} welke hulp van het netwerk mogelijk was'),
      a('heb', 'met {c} afgesproken wie uit het netwerk kan helpen'),
    ],
    [
      a('stelde', 'samen met {c} de doelen voor de komende drie maanden vast'),
      a('heb', 'met {c} doelen opgesteld voor de komende maanden'),
      a('formuleerde', 'met {c} haalbare doelen'),
    ],
    [
      a('maakte', 'met {c} afspraken over de aflossing van de schulden'),
      a('heb', 'afspraken gemaakt over het aflossen van de schulden'),
      a('sprak', 'met {c} een aflossingsregeling af'),
    ],
    [
      a('legde', 'de afspraken schriftelijk vast in het hulpverleningsplan'),
      a('heb', 'de afspraken vastgelegd in een schriftelijk plan'),
      a('schreef', 'de afspraken op in het hulpverleningsplan'),
    ],
    [a('besprak', 'met {c} wie wat zou doen'), a('heb', 'met {c} afgesproken wie welke taak op zich neemt')],
    [
      a('onderhandelde', 'met {c} over wat haalbaar was'),
      a('heb', 'met {c} besproken wat wel en niet haalbaar is'),
    ],
    [a('maakte', 'met {c} een weekplanning'), a('heb', 'samen met {c} een weekplanning opgesteld')],
    [
      a('vroeg', '{c} het plan te ondertekenen'),
      a('heb', 'het hulpverleningsplan door {c} laten ondertekenen'),
    ],
  ],
  uitvoering: [
    [
      a('gaf', '{c} advies over vaste bedtijden voor de kinderen'),
      a('heb', 'met {c} besproken hoe vaste bedtijden voor de kinderen helpen'),
    ],
    [
      a('zocht', 'samen met {c} naar een passende woning'),
      a('heb', 'met {c} gezocht naar een betaalbare woning'),
    ],
    [a('meldde', '{c} aan voor een taalcursus in de buurt'), a('heb', '{c} aangemeld voor een taalcursus')],
    [
      a('ging', 'met {c} naar een activiteit in het buurthuis om nieuwe contacten op te doen'),
      a('heb', '{c} meegenomen naar het buurthuis om mensen te leren kennen'),
    ],
    [
      a('regelde', 'een gesprek met {c} en de ex-partner over de alimentatie'),
      a('heb', 'een gesprek over de alimentatie georganiseerd met {c} en de ex-partner'),
    ],
    [
      a('belde', '{org} om een betalingsregeling te treffen'),
      a('heb', 'met {org} gebeld over een betalingsregeling'),
      a('nam', 'contact op met {org} over een betalingsregeling'),
    ],
    [a('begeleidde', '{c} naar het gesprek bij {org}'), a('ging', 'met {c} mee naar {org}')],
    [
      a('hielp', '{c} met het aanvragen van {benefit}'),
      a('heb', '{benefit} aangevraagd samen met {c}'),
      a('vroeg', 'samen met {c} {benefit} aan'),
    ],
    [
      a('schreef', 'een brief aan de woningcorporatie over de huurachterstand'),
      a('heb', 'de woningcorporatie een brief gestuurd over de huurachterstand'),
    ],
    [
      a('stimuleerde', '{c} om zelf de post te openen'),
      a('heb', '{c} aangemoedigd om de post zelf te openen'),
    ],
    [a('verwees', '{c} door naar {service}'), a('heb', '{c} doorverwezen naar {service}')],
    [a('besprak', 'wekelijks de voortgang met {c}'), a('heb', 'elke week de voortgang met {c} besproken')],
    [
      a('overlegde', 'met {ref} over de situatie thuis'),
      a('heb', 'overleg gehad met {ref} over de thuissituatie'),
    ],
    [
      a('oefende', 'met {c} het gesprek met de schuldeiser'),
      a('heb', 'met {c} geoefend hoe het gesprek met de schuldeiser te voeren'),
    ],
    [
      a('ordende', 'samen met {c} de administratie in een map'),
      a('heb', 'met {c} de papieren geordend in een map'),
    ],
  ],
  afsluiting: [
    [
      a('gaf', '{c} tips voor als de problemen terugkomen'),
      a('heb', 'met {c} besproken wat te doen als de problemen terugkomen'),
    ],
    [a('bedankte', '{c} voor de samenwerking en nam afscheid'), a('heb', 'afscheid genomen van {c}')],
    [
      a('evalueerde', 'samen met {c} of de doelen bereikt waren'),
      a('heb', 'met {c} geëvalueerd in hoeverre de doelen bereikt zijn'),
      a('besprak', 'met {c} welke doelen bereikt waren'),
    ],
    [
      a('sloot', 'het dossier af met een eindverslag'),
      a('heb', 'een eindverslag geschreven en het dossier afgesloten'),
    ],
    [
      a('besprak', 'met {c} hoe het na de afsluiting verder zou gaan'),
      a('heb', 'met {c} besproken wat er na de afsluiting gebeurt'),
    ],
    [a('stuurde', '{ref} een bericht over de afsluiting'), a('heb', '{ref} geïnformeerd over de afsluiting')],
    [
      a('vroeg', '{c} het evaluatieformulier in te vullen'),
      a('heb', '{c} gevraagd een evaluatieformulier in te vullen'),
    ],
    [a('droeg', 'de begeleiding over aan {service}'), a('heb', 'de begeleiding overgedragen aan {service}')],
  ],
};

export const PHASE_OPENERS: Record<Phase, string[]> = {
  intake: [
    'Bij de aanmelding',
    'In het eerste gesprek',
    'Tijdens de kennismaking',
    'Al bij het eerste contact',
  ],
  analyse: ['In de gesprekken daarna', 'In de tweede week', 'Om de problemen te verhelderen', 'Vervolgens'],
  plan: ['Daarna', 'In het derde gesprek', 'Toen het beeld duidelijk was', 'Op basis daarvan'],
  uitvoering: ['In de weken die volgden', 'Daarna', 'In de maanden daarna', 'Tussendoor', 'Ook'],
  afsluiting: ['Na een half jaar', 'Tot slot', 'In het laatste gesprek', 'Aan het einde van het traject'],
};

export const CLIENTS = [
  'mevrouw Jansen',
  'meneer De Vries',
  'mevrouw El Amrani',
  'meneer Bakker',
  'mevrouw Visser',
  'meneer Yilmaz',
  'mevrouw Smit',
  'meneer Mulder',
  'mevrouw De Boer',
  'meneer Peters',
  'mevrouw Hendriks',
  'meneer Dekker',
];
export const REFERRERS = [
  'de huisarts',
  'het wijkteam',
  'de woningcorporatie',
  'de school',
  'de praktijkondersteuner',
];
export const ORGS = [
  'de energieleverancier',
  'de zorgverzekeraar',
  'de Belastingdienst',
  'het incassobureau',
  'de gemeente',
];
export const BENEFITS = [
  'huurtoeslag',
  'bijzondere bijstand',
  'zorgtoeslag',
  'kwijtschelding van gemeentelijke belastingen',
];
export const SERVICES = [
  'de schuldhulpverlening',
  'de GGZ',
  'het maatschappelijk steunsysteem',
  'een vrijwilliger van de thuisadministratie',
  'het buurtteam',
];
export const TOWNS = ['Utrecht', 'Zwolle', 'Tilburg', 'Groningen', 'Almere', 'Leiden', 'Arnhem', 'Breda'];

export const CONTEXT = [
  '{C} is {age} jaar en woont met twee kinderen in een flat in {town}.',
  '{C} is {age} jaar, woont alleen in {town} en heeft weinig contact met familie.',
  'De aanmelding kwam via {ref}, omdat de rekeningen zich opstapelden.',
  '{C} werkte tot vorig jaar in de zorg maar raakte na een reorganisatie de baan kwijt.',
  'Er was een huurachterstand van drie maanden en de woningcorporatie had een brief gestuurd.',
  'Het gezin kreeg al eerder hulp van het wijkteam, maar die hulp was gestopt.',
  '{C} gaf aan zich vaak somber te voelen en slecht te slapen.',
  'De ex-partner betaalde de afgesproken alimentatie al maanden niet.',
];

export const CLIENT_ACTS = [
  '{C} vertelde dat de post al weken ongeopend in een la lag.',
  '{C} bracht een tas vol brieven en aanmaningen mee.',
  '{C} kwam niet opdagen bij de tweede afspraak.',
  '{C} was opgelucht dat er eindelijk iemand meekeek.',
  '{C} had zelf al een keer de energieleverancier gebeld, zonder resultaat.',
  '{C} schaamde zich voor de situatie en wilde niet dat de buren het wisten.',
  '{C} hield zich goed aan de afspraken en bracht steeds de nieuwe post mee.',
  'De oudste dochter hielp {c} met het bijhouden van de agenda.',
  '{C} vond het lastig om hulp te vragen aan familie.',
  '{C} gaf aan dat het overzicht veel rust gaf.',
];
