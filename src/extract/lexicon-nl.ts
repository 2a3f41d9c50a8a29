// Dutch strong and irregular verbs: infinitive, present 3sg, past singular, past plural, participle.
// Compounds (opbellen, besluiten, meegaan) are derived from these by prefix, so only simplex verbs appear.
const IRREGULAR = `
bakken bakt bakte bakten gebakken|bederven bederft bedierf bedierven bedorven|bedriegen bedriegt bedroog bedrogen bedrogen
beginnen begint begon begonnen begonnen|bergen bergt borg borgen geborgen|bewegen beweegt bewoog bewogen bewogen
bidden bidt bad baden gebeden|bieden biedt bood boden geboden|bijten bijt beet beten gebeten
binden bindt bond bonden gebonden|blazen blaast blies bliezen geblazen|blijken blijkt bleek bleken gebleken
blijven blijft bleef bleven gebleven|breken breekt brak braken gebroken|brengen brengt bracht brachten gebracht
buigen buigt boog bogen gebogen|denken denkt dacht dachten gedacht|doen doet deed deden gedaan
dragen draagt droeg droegen gedragen|drijven drijft dreef dreven gedreven|dringen dringt drong drongen gedrongen
drinken drinkt dronk dronken gedronken|duiken duikt dook doken gedoken|dwingen dwingt dwong dwongen gedwongen
eten eet at aten gegeten|gaan gaat ging gingen gegaan|gelden geldt gold golden gegolden
genieten geniet genoot genoten genoten|geven geeft gaf gaven gegeven|gieten giet goot goten gegoten
glijden glijdt gleed gleden gegleden|graven graaft groef groeven gegraven|grijpen grijpt greep grepen gegrepen
hangen hangt hing hingen gehangen|hebben heeft had hadden gehad|heffen heft hief hieven geheven
helpen helpt hielp hielpen geholpen|heten heet heette heetten geheten|houden houdt hield hielden gehouden
kiezen kiest koos kozen gekozen|kijken kijkt keek keken gekeken|klimmen klimt klom klommen geklommen
klinken klinkt klonk klonken geklonken|komen komt kwam kwamen gekomen|kopen koopt kocht kochten gekocht
krijgen krijgt kreeg kregen gekregen|kunnen kan kon konden gekund|lachen lacht lachte lachten gelachen
laten laat liet lieten gelaten|lezen leest las lazen gelezen|liegen liegt loog logen gelogen
liggen ligt lag lagen gelegen|lijden lijdt leed leden geleden|lijken lijkt leek leken geleken
lopen loopt liep liepen gelopen|meten meet mat maten gemeten|mijden mijdt meed meden gemeden
moeten moet moest moesten gemoeten|mogen mag mocht mochten gemogen|nemen neemt nam namen genomen
prijzen prijst prees prezen geprezen|raden raadt raadde raadden geraden|rijden rijdt reed reden gereden
roepen roept riep riepen geroepen|ruiken ruikt rook roken geroken|scheiden scheidt scheidde scheidden gescheiden
schenken schenkt schonk schonken geschonken|scheppen schept schiep schiepen geschapen|schieten schiet schoot schoten geschoten
schijnen schijnt scheen schenen geschenen|schrijven schrijft schreef schreven geschreven|schrikken schrikt schrok schrokken geschrokken
schuiven schuift schoof schoven geschoven|slaan slaat sloeg sloegen geslagen|slapen slaapt sliep sliepen geslapen
sluiten sluit sloot sloten gesloten|smijten smijt smeet smeten gesmeten|snijden snijdt sneed sneden gesneden
spreken spreekt sprak spraken gesproken|springen springt sprong sprongen gesprongen|staan staat stond stonden gestaan
steken steekt stak staken gestoken|stelen steelt stal stalen gestolen|sterven sterft stierf stierven gestorven
stijgen stijgt steeg stegen gestegen|strijden strijdt streed streden gestreden|trekken trekt trok trokken getrokken
treffen treft trof troffen getroffen|treden treedt trad traden getreden|vallen valt viel vielen gevallen
vangen vangt ving vingen gevangen|varen vaart voer voeren gevaren|vechten vecht vocht vochten gevochten
verdwijnen verdwijnt verdween verdwenen verdwenen|vergeten vergeet vergat vergaten vergeten|verliezen verliest verloor verloren verloren
vinden vindt vond vonden gevonden|vliegen vliegt vloog vlogen gevlogen|vragen vraagt vroeg vroegen gevraagd
vriezen vriest vroor vroren gevroren|wassen wast waste wasten gewassen|wegen weegt woog wogen gewogen
werpen werpt wierp wierpen geworpen|werven werft wierf wierven geworven|weten weet wist wisten geweten
wijken wijkt week weken geweken|wijzen wijst wees wezen gewezen|willen wil wilde wilden gewild
winden windt wond wonden gewonden|winnen wint won wonnen gewonnen|worden wordt werd werden geworden
zeggen zegt zei zeiden gezegd|zenden zendt zond zonden gezonden|zien ziet zag zagen gezien
zijn is was waren geweest|zingen zingt zong zongen gezongen|zinken zinkt zonk zonken gezonken
zitten zit zat zaten gezeten|zoeken zoekt zocht zochten gezocht|zuigen zuigt zoog zogen gezogen
zullen zal zou zouden gezuld|zwemmen zwemt zwom zwommen gezwommen|zwijgen zwijgt zweeg zwegen gezwegen
zweren zweert zwoer zwoeren gezworen|bevelen beveelt beval bevalen bevolen|verbieden verbiedt verbood verboden verboden
`;

export interface VerbForms {
  inf: string;
  pres3: string;
  pastSg: string;
  pastPl: string;
  part: string;
}

export const STRONG: VerbForms[] = IRREGULAR.trim()
  .split(/[|\n]/)
  .map((row) => {
    const [inf = '', pres3 = '', pastSg = '', pastPl = '', part = ''] = row.trim().split(/\s+/);
    return { inf, pres3, pastSg, pastPl, part };
  });

/** Particles of separable verbs, longest first so "terug" wins over "ter". */
export const PARTICLES = (
  'tegemoet terecht samen terug binnen buiten achter langs door mee aan af bij in na om op uit toe ' +
  'voor weg vast rond neer open dicht tegen los over thuis vrij kennis plaats stil klaar goed ' +
  'bekend recht gade'
)
  .split(' ')
  .sort((a, b) => b.length - a.length);

/** Prefixes that make a verb inseparable: their participles have no "ge-". */
export const INSEPARABLE = 'onder over door ver ont her be er ge mis achter'.split(' ');

/** Weak verbs whose stem ends in d or t, where the participle hides the stem ("gemeld" is meld-, not mel-). */
export const DT_STEMS = new Set(
  (
    'meld leid antwoord wend start wacht praat zet let baad haat red land eind laad hoed voed vermoed ' +
    'richt bericht verricht stort kort test rust zend luid bied bereid raad kleed poets feest acht ' +
    'vecht schat groet ontmoet bepaald herhaald wed dood plant stuit put eet bid lijd rijd verbind ' +
    'vind houd scheid snijd mijd strijd bind meet heet moet weet'
  ).split(' '),
);

/**
 * Common verbs of social-work accounts (infinitives), so that verbs can be recognised and conjugated where
 * word position alone does not reveal them (verb-final subordinate clauses).
 */
export const COMMON_INF = (
  'bellen mailen appen vragen maken plannen regelen helpen zorgen praten luisteren noteren leggen stellen ' +
  'kijken gaan komen doen nemen geven zeggen spreken schrijven lopen zoeken sturen uitleggen bespreken ' +
  'overleggen afspreken opstellen vastleggen opschrijven doorlopen nalopen inventariseren signaleren ' +
  'bezoeken begeleiden ondersteunen verwijzen aanmelden informeren adviseren motiveren stimuleren ' +
  'evalueren afsluiten sluiten koppelen ophalen indienen aanvragen invullen openen opent lezen voorlezen ' +
  'voorstellen uitnodigen wijzen vertellen vragen horen zien wachten werken wonen betalen openmaken ' +
  'benoemen checken controleren samenvatten terugkoppelen terugkijken meegaan meelopen langsgaan ' +
  'opzoeken opbellen aankloppen beslissen besluiten kiezen blijven denken vinden weten willen kunnen ' +
  'mogen moeten zullen hebben zijn worden laten staan zitten liggen halen brengen bieden houden ' +
  'veranderen beginnen stoppen stopt verhuizen drinken slapen huilen voelen schamen opzien oplossen ' +
  'bemiddelen onderhandelen organiseren regelen bereiken erkennen benadrukken aangeven ingaan ' +
  'doorvragen uitvragen nagaan nabellen mailen verwerken beloven toestemmen delen uitwisselen ' +
  'opnemen afhalen afleggen melden bespreken inschakelen inzetten aanpassen toelichten herhalen ' +
  'bestellen bevestigen benaderen verzorgen verduidelijken verkennen verhelderen verzamelen voorbereiden ' +
  'beoordelen bewaken beschermen beantwoorden bemoedigen benutten ervaren overtuigen onderzoeken verklaren ' +
  'vermelden versturen verdelen verlengen vertellen verwerken erkennen benoemen overleggen ondersteunen ' +
  'begeleiden herhalen bezorgen verbeteren veranderen verhuizen ontmoeten ontvangen opvolgen volgen ' +
  'afstemmen samenwerken toetsen uitzoeken nabespreken voorleggen wijzen aanbieden bellen regelen'
).split(/\s+/);

/** Finite forms of auxiliaries that form the perfect with a participle. */
export const PERFECT_AUX = new Set('heb hebt heeft hebben had hadden ben bent is zijn was waren'.split(' '));

/** First-person and other finite forms that never follow the weak-verb rules. */
export const FIRST_PERSON_3SG: Record<string, string> = {
  heb: 'heeft',
  hebt: 'heeft',
  ben: 'is',
  bent: 'is',
  kan: 'kan',
  kun: 'kan',
  kunt: 'kan',
  wil: 'wil',
  wilt: 'wil',
  zal: 'zal',
  zult: 'zal',
  mag: 'mag',
  ga: 'gaat',
  sta: 'staat',
  doe: 'doet',
  zie: 'ziet',
  sla: 'slaat',
  moet: 'moet',
  weet: 'weet',
  hebben: 'heeft',
  zijn: 'is',
  kunnen: 'kan',
  willen: 'wil',
  zullen: 'zal',
  mogen: 'mag',
  moeten: 'moet',
  gaan: 'gaat',
  doen: 'doet',
  zien: 'ziet',
  staan: 'staat',
};

export const SUBORDINATORS = new Set(
  (
    'dat wat wie waar waarom waarvoor hoeveel hoe of omdat zodat om toen als nadat voordat zoals wanneer terwijl totdat tot ' +
    'waarin waarmee waarbij waarover waarop waardoor waarna die welke hoewel zodra sinds mits indien ' +
    'doordat welk'
  ).split(' '),
);

export const PREPOSITIONS = new Set(
  (
    'met naar voor van bij op in over aan uit tot door om zonder tegen onder na vanaf sinds tijdens ' +
    'rond langs achter via per binnen'
  ).split(' '),
);

/** Neuter nouns frequent in casework, so a possessive becomes "het" rather than "de". */
export const HET_NOUNS = new Set(
  (
    'plan dossier gesprek huis werk geld netwerk tempo verhaal adres kind contact doel traject ' +
    'probleem inkomen leven huisbezoek paspoort nummer verslag overzicht verzoek besluit advies bed ' +
    'ontslag gezin verleden gedrag antwoord idee belang thuis vertrek land dorp budget schooladvies ' +
    'oordeel telefoonnummer e-mailadres perspectief initiatief voorstel verlof salaris loon'
  ).split(' '),
);
