import stopwords from 'stopwords-iso/stopwords-iso.json';
import { isFirstName } from './first-names';

const set = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean));

export const TITLES = set(`
mevrouw mevr mevr. mw mw. meneer mijnheer mnr mnr. dhr dhr. heer juffrouw juf mejuffrouw mr mr. mrs mrs. ms ms.
miss mx mx. dr dr. drs drs. ir ir. prof prof. sir madam dame lady lord dokter zuster meester pastoor dominee
imam rabbi pater broeder
`);

/** Lower-case particles that sit inside surnames: "de Boer", "van der Berg", "El Idrissi". */
export const PARTICLES = set(
  `van de der den het 't ter ten te el al le la du da di dos von zu ben bin abu ibn mac`,
);

/** Words after which a capitalised word is a person's name ("zijn zoon Mark", "her mum, Lisa"). */
export const RELATION_CUES = set(`
zoon zoontje dochter dochtertje kind kinderen baby partner vriend vriendin vriendje vriendinnetje broer broertje
zus zusje zuster moeder vader mama papa oma opa tante oom neef nicht man vrouw echtgenoot echtgenote ex ex-man
ex-vrouw ex-partner exman exvrouw stiefvader stiefmoeder pleegmoeder pleegvader schoonmoeder schoonvader
kleinzoon kleindochter collega buurman buurvrouw buurjongen buurmeisje vrijwilliger mentor begeleider
casemanager klasgenoot genaamd heet heette noemt named called son daughter child kid baby partner friend
boyfriend girlfriend brother sister mother father mum mom mummy dad daddy grandmother grandfather gran granny
grandma grandpa nan aunt uncle cousin nephew niece husband wife ex ex-husband ex-wife ex-partner stepfather
stepmother stepdad stepmum colleague neighbour neighbor volunteer mentor teacher worker carer caseworker
`);

export const MONTHS_DAYS = set(`
januari februari maart april mei juni juli augustus september oktober november december
maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
january february march may june july august october
monday tuesday wednesday thursday friday saturday sunday
jan feb mrt apr jun jul aug sep sept okt oct nov dec
`);

/**
 * Capitalised words that are not people: institutions, services, places, languages and the like.
 * A person-name pattern that contains one of these is rejected.
 */
export const NOT_NAMES = set(`
gemeente ggz ggd uwv svb cjib cak duo politie veilig thuis huisarts ziekenhuis school basisschool mbo hbo roc
rechtbank raad kinderbescherming jeugdzorg reclassering wijkteam buurtteam sociaal team centrum stichting
leger heils woningcorporatie corporatie woonbron ymere vestia bureau jeugd halt kwadraad humanitas
arbeidsinspectie inspectie immigratie naturalisatiedienst ind coa vluchtelingenwerk zorgverzekeraar
maatschappelijk werk amw welzijn schuldhulpverlening voedselbank kredietbank nibud belastingdienst
toeslagen dienst zorg thuiszorg wmo participatiewet bijstand pi gevangenis tbs ggz-instelling
nederland nederlands engels engeland duits duitsland frans frankrijk turks turkije marokko marokkaans
pools polen roemeens roemenië bulgarije bulgaars arabisch suriname surinaams antillen spaans spanje syrië
eritrea somalië afghanistan irak iran oekraïne rusland belgië europa amsterdam rotterdam utrecht
haag groningen eindhoven tilburg almere breda nijmegen arnhem zwolle leiden haarlem maastricht
canada amerika london londen england english britain british scotland wales ireland manchester leeds
birmingham liverpool bristol glasgow europe council nhs police court hospital school college university
centre center services service trust foundation agency office department ministry unit team group
academy primary secondary clinic surgery church mosque united city club fc hall library station
care probation prison jobcentre citizens advice universal credit housing association gp children's children social
christmas kerst kerstmis pasen ramadan suikerfeest god allah whatsapp facebook instagram google teams
zoom skype covid corona internet albert heijn jumbo lidl aldi hema kruidvat action tesco
sainsbury's asda primark mcdonald's starbucks amazon bol.com marktplaats st sint saint
street road avenue crescent terrace youth justice offending support family families health mental community
welfare refuge shelter aid recovery addiction
`);

const STOP = new Set<string>([...stopwords.nl, ...stopwords.en]);

/** Capitalised words that open sentences or address people but never are names. */
const COMMON_CAPS = set(`
ik jij je u hij zij ze wij we jullie zij hun hen mijn jouw uw zijn haar ons onze
i you he she we they me him her us them my your his our their yes no ok oké okay nou ja nee
dat dit die deze daar hier toen dan daarna eerst samen omdat want maar en of als wanneer waar wie
moeder vader zoon dochter cliënt client meneer mevrouw dossier verslag transcript interview casus
interviewer onderzoeker researcher respondent practitioner hulpverlener kinderen kind aanwezig present
`);

export function isCommonWord(word: string): boolean {
  const w = word.toLowerCase();
  return STOP.has(w) || COMMON_CAPS.has(w) || MONTHS_DAYS.has(w) || TITLES.has(w);
}

// Compounds naming places and organisations: "Montessorischool", "Jeugdzorgcentrum", "Buurthuis".
const ORG_SUFFIX =
  /(?:school|huis|centrum|center|centre|dienst|bank|zorg|team|kliniek|instelling|bureau|stichting|vereniging|raad|college|afdeling|loket|kantoor|groep|partners|instituut|academie|hogeschool|universiteit|gemeente|provincie|ministerie)$/;

// Compounds naming a role ("Thuiszorgmedewerker", "Wijkverpleegkundige") or a street on its own ("Kerkstraat").
const ROLE_SUFFIX =
  /.{3}(?:medewerker|werker|werkster|kundige|consulent|begeleider|coördinator|coordinator|verlener|verzorgende|assistent|agent|manager)$/;
const STREET_SUFFIX = /.{3}(?:straat|straatweg|laan|plein|gracht|kade|singel|steeg|dreef|plantsoen|weg)$/;
// Dutch adjectives in institution names: "Juridisch Loket", "Medische Dienst", "Sociale Verzekeringsbank".
const ADJECTIVE = /.{3}(?:isch|ische|ieel|iële|ale|lijke)$/;

/** "the Age Friendly service", "het Thuis Samen project": a lower-case institution noun names what came before. */
export const ORG_AFTER =
  /^ (?:service|services|team|project|programme|program|scheme|network|partnership|hub|initiative|helpline|programma|traject|netwerk)\b/u;

/** A role noun compound such as "thuiszorgmedewerker": like "collega", it introduces the name that follows. */
export function isRoleWord(word: string): boolean {
  return ROLE_SUFFIX.test(word.toLowerCase());
}

export function isNotName(word: string): boolean {
  const w = word.toLowerCase();
  return (
    NOT_NAMES.has(w) ||
    MONTHS_DAYS.has(w) ||
    TITLES.has(w) ||
    TITLES.has(`${w}.`) ||
    (w.length > 6 && ORG_SUFFIX.test(w)) ||
    ORG_SUFFIX.exec(w)?.[0] === w ||
    ROLE_SUFFIX.test(w) ||
    STREET_SUFFIX.test(w) ||
    (ADJECTIVE.test(w) && !isFirstName(w))
  );
}

/** Two-letter words of Dutch and English (and interjections) that stand capitalised at a sentence start. */
const TWO_LETTER_WORDS = set(`
ik je ze we wy u er op in en om na al ja nu zo te of ok oh ah eh hm he hè da de al bv ca mw ex
am an as at be by do go he if in is it me my no of oh on or so to up us we ye yo ok
`);

/** A two-letter function word or interjection ("Ik", "Op", "So"), never a short form of a name. */
export function isTwoLetterWord(word: string): boolean {
  return TWO_LETTER_WORDS.has(word.toLowerCase());
}

/** First names that are also a month or its abbreviation ("Jan", "Mei", "April", "June"): names only in context. */
export const NAME_OR_MONTH = set(`jan mei april may june august augustus`);
