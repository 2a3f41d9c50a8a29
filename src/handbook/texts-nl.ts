import type { Texts } from './texts';
import { recordTexts } from './texts-record';
import { nlPractice } from './texts-nl-practice';

export const nl: Texts = {
  record: recordTexts('nl'),
  subtitle: 'Handleiding voor instellingsgebonden onderlinge toetsing',
  statusLine: {
    draft: (v) => `Versie ${v} — concept, nog niet vastgesteld`,
    adopted: (v, d) => `Versie ${v} — vastgesteld op ${d}`,
  },
  meta: {
    institution: 'Instelling',
    version: 'Versie',
    status: 'Status',
    date: 'Datum',
    adoptedBy: 'Vastgesteld door',
    authors: 'Samengesteld door',
    draft: 'Concept',
    adopted: 'Vastgesteld',
  },
  toc: 'Inhoud',
  chapters: {
    intro: 'Inleiding',
    method: 'Verantwoording van de werkwijze',
    concepts: 'Begrippen',
    standard: 'De standaard',
    procedure: 'Procedure voor onderlinge toetsing',
    scoring: 'Scoren en naleving berekenen',
    feedback: 'Terugkoppeling, verbeterplan en herziening',
    appChecklists: 'Bijlage A. Scorelijsten per fase en cluster',
    appReport: 'Bijlage B. Sjabloon voor het toetsingsverslag',
    appStats: 'Bijlage C. Itemstatistieken per ronde',
  },
  intro: {
    purpose: 'Doel van deze handleiding',
    purposeText: (title, inst) =>
      `Deze handleiding bevat de standaard "${title}": de handelingen die de hulpverleners van ${inst} samen ` +
      'hebben vastgesteld als een aanvaardbaar kwaliteitsniveau, met bij elke handeling een criterium en een norm. ' +
      "De handleiding is bedoeld voor onderlinge toetsing: collega's beoordelen elkaars werk aan de hand van de " +
      'standaard, bespreken de uitkomsten en spreken verbeteringen af. Het gaat daarbij niet om controle, maar om ' +
      'het versterken van het methodisch handelen van iedere hulpverlener.',
    developedText:
      'De standaard is ontwikkeld met de hulpverleners zelf. Uit hun praktijkverhalen zijn de handelingen benoemd; ' +
      'in volgende rondes zijn ze aangevuld, in gedragstermen geformuleerd, in clusters ingedeeld en beoordeeld op ' +
      'belang en frequentie. Hoofdstuk 2 legt verantwoording af over die werkwijze.',
    status: 'Status van deze versie',
    draftText: (v, d) =>
      `Dit is versie ${v}, een concept van ${d}. De standaard is nog niet vastgesteld. Gebruik deze versie om ` +
      'commentaar te geven of om het toetsen te oefenen, niet om conclusies aan te verbinden.',
    adoptedText: (v, d, by) =>
      `Dit is versie ${v}, vastgesteld op ${d}${by ? ` door ${by}` : ''}. Deze versie geldt totdat een herziene ` +
      'versie is vastgesteld (zie hoofdstuk 7).',
    authorsText: (names) => `Deze handleiding is samengesteld door ${names}.`,
    use: 'Zo gebruikt u deze handleiding',
    useItems: [
      'Hoofdstuk 3 legt de begrippen uit die in de standaard en bij het toetsen worden gebruikt.',
      'Hoofdstuk 4 bevat de standaard zelf, per cluster en deelaspect: elke handeling met criterium, norm, ' +
        'bron van bewijs en, waar uitgewerkt, beoordelingsniveaus.',
      'Hoofdstuk 5 beschrijft hoe een toetsingsgroep de onderlinge toetsing voorbereidt en uitvoert.',
      'Hoofdstuk 6 beschrijft hoe u scoort en de naleving berekent; de scorelijsten staan in bijlage A.',
      'Hoofdstuk 7 gaat over terugkoppeling, het verbeterplan en het herzien van de standaard.',
    ],
  },
  method: {
    introText:
      'Dit hoofdstuk beschrijft hoe de standaard tot stand is gekomen. Het is samengesteld uit de vastgelegde ' +
      'gegevens van het onderzoek, zodat achteraf na te gaan is hoe de uitkomsten zijn bereikt. De werkwijze van ' +
      'Oostrik (1994) kent deze stappen: praktijkverhalen verzamelen, de handelingen benoemen, die in rondes ' +
      'aanvullen en in gedragstermen herformuleren, clusteren en van criteria voorzien, de dekking toetsen en tot ' +
      'slot het belang en de frequentie laten beoordelen. Welke stappen in dit onderzoek zijn gezet, en in welke ' +
      'rondes, staat in de paragrafen hieronder.',
    cases: 'Gebruikte casuïstiek',
    casesText: (t) =>
      `Voor het benoemen van de handelingen zijn ${t} casusbeschrijvingen van hulpverleners gebruikt.`,
    casesPhaseNote:
      'Een casus kan meer dan één fase beslaan; de aantallen per fase tellen daarom niet altijd op tot het totaal.',
    sourceHeader: ['Soort bron', 'Aantal casussen'],
    phaseHeader: ['Fase', 'Aantal casussen'],
    sourceCaption: 'Casussen per soort bron',
    phaseCaption: 'Casussen per fase',
    sources: {
      verslag: 'Schriftelijk verslag',
      dossier: 'Dossier',
      interview: 'Interview met de hulpverlener',
      transcript: 'Transcript van een gesprek (audio of video)',
      anders: 'Anders',
    },
    panel: 'Samenstelling van het panel',
    panelText: (t, g) =>
      `Het panel bestond uit ${t} deelnemers uit ${g} ${g === '1' ? 'groep' : 'groepen'}. De panelleden bleven voor elkaar anoniem: niemand kon zien ` +
      'wie wat had geantwoord.',
    panelHeader: ['Groep', 'Aantal', 'Aandeel'],
    panelCaption: 'Panelleden per groep',
    rounds: 'Rondes en respons',
    roundsText: (n) =>
      `Er zijn ${n} rondes gehouden. De respons is het aandeel uitgenodigden dat de ronde voltooide.`,
    roundKinds: {
      review: 'Aanvullen en herformuleren',
      coverage: 'Toetsen van de indeling',
      rating: 'Belang en frequentie beoordelen',
    },
    roundsHeader: ['Ronde', 'Soort', 'Periode', 'Uitgenodigd', 'Begonnen', 'Voltooid', 'Respons'],
    roundsCaption: 'Rondes, data en respons',
    attrition: (from, to, a, b) =>
      `Van ronde ${from} naar ronde ${to} ging het aantal voltooide vragenlijsten van ${a} naar ${b}.`,
    subset: (round, size, min, randomOrder) =>
      `In ronde ${round} beoordeelde ieder panellid een willekeurige deelverzameling van ${size} items, ` +
      `evenwichtig verdeeld en gestratificeerd naar cluster, zodat elk item minstens ${min} keer werd voorgelegd` +
      `${randomOrder ? ', in een willekeurige volgorde per panellid' : ''}. De verdeling is vastgelegd met een vaste seed; ` +
      'wie tijdens de ronde bij het panel kwam, kreeg een eigen evenwichtige deelverzameling. De statistiek per item ' +
      `gaat over de panelleden die het item zagen; de rapportage van de ronde markeert elk item waarvan het besluit op ` +
      `minder dan ${min} geldige beoordelingen berust.`,
    realtime: (round) =>
      `Ronde ${round} verliep als real-time Delphi: zonder vaste rondes zag ieder panellid na het beantwoorden van een item ` +
      'meteen de huidige verdeling van de groep en de geanonimiseerde opmerkingen, en kon het antwoord herzien tot de ronde sloot. ' +
      'Elke herziening is bewaard; de rapportage toont per item de eerste en laatste beoordeling en het verloop van de overeenstemming.',
    imported: (items) =>
      `Naast de casuïstiek ${items === '1' ? 'kwam 1 item' : `kwamen ${items} items`} uit een geïmporteerde itemlijst (literatuur, een codeboek of een eerdere standaard); in de geschiedenis van elk item staat de bron "import".`,
    changes: 'Wijzigingen in de items per ronde',
    changesText:
      'Tussen de rondes hebben de onderzoekers items toegevoegd, samengevoegd, geherformuleerd of laten vervallen. ' +
      'Doorgeschoven items zijn items zonder consensus die in de volgende ronde opnieuw zijn voorgelegd.',
    changesHeader: ['Ronde', 'Toegevoegd', 'Samengevoegd', 'Geherformuleerd', 'Vervallen', 'Doorgeschoven'],
    changesCaption: 'Wijzigingen in de items per ronde',
    consensus: 'Consensusprotocol',
    consensusText: 'Voordat de beoordeling begon, is vastgelegd wanneer er consensus is over een item:',
    consensusUnchanged: 'Het protocol is tijdens het onderzoek niet gewijzigd.',
    consensusChanged: (n) => `Het protocol is tijdens het onderzoek ${n} keer gewijzigd:`,
    consensusHeader: ['Datum', 'Was', 'Werd', 'Reden'],
    consensusCaption: 'Wijzigingen in het consensusprotocol',
    overrides: 'Afwijkingen van de consensusregel',
    overridesNone: 'De onderzoekers zijn nergens afgeweken van de uitkomst van de consensusregel.',
    overridesText: 'In de volgende gevallen is anders besloten dan de consensusregel aangaf:',
    overridesHeader: ['Item', 'Besluit', 'Reden'],
    overridesCaption: 'Besluiten die afwijken van de consensusregel',
    memberChecks: 'Controle door de deelnemers (member check)',
    memberChecksNone: 'Er zijn geen member checks vastgelegd.',
    memberChecksHeader: ['Ronde', 'Voorgelegd op', 'Akkoord', 'Opmerkingen', 'Uitkomst'],
    memberChecksCaption: 'Member checks per ronde',
    dissent: 'Afwijkende standpunten',
    dissentText:
      'Bij de volgende items was niet iedereen het eens met de uitkomst. De argumenten staan hier, zodat ook ' +
      'minderheidsstandpunten zichtbaar blijven.',
    dissentNone: 'Er zijn geen afwijkende standpunten vastgelegd.',
    dissentItem: (item, count) => `Item ${item} (${count} ${count === '1' ? 'panellid' : 'panelleden'}): `,
    none: 'geen',
    round: (n) => `Ronde ${n}`,
  },
  concepts: {
    introText: 'In deze handleiding hebben de volgende woorden een vaste betekenis.',
    terms: [
      [
        'Standaard',
        'Het samenhangende geheel van handelingen met criteria en normen dat voor deze instelling een aanvaardbaar ' +
          'kwaliteitsniveau van de hulpverlening aangeeft.',
      ],
      [
        'Handeling (item)',
        'Wat de hulpverlener concreet doet, beschreven in gedragstermen, zodat het waarneembaar en toetsbaar is. ' +
          'Bijvoorbeeld: "De hulpverlener maakt met de cliënt schriftelijke afspraken over de doelen."',
      ],
      [
        'Criterium',
        'Een toetsbaar kenmerk of gedrag: het niveau van uitvoering dat bereikt moet worden om aan de standaard ' +
          'te voldoen.',
      ],
      [
        'Norm',
        'Het vereiste niveau, uitgedrukt als het deel van de getoetste dossiers, observaties of gesprekken waarin ' +
          'aan het criterium is voldaan. Bijvoorbeeld: "in ten minste 80% van de getoetste dossiers".',
      ],
      [
        'Bron van bewijs',
        'Waar de toetsers nagaan of aan het criterium is voldaan: het dossier, een observatie of een gesprek met ' +
          'de hulpverlener.',
      ],
      [
        'Kritiekheid',
        'De mediaan van het belang maal de mediaan van de frequentie, zoals het panel die heeft beoordeeld. ' +
          'Hoe hoger het getal, hoe zwaarder het item weegt.',
      ],
      [
        'Kerncriterium, kritiek criterium, optioneel',
        'Belangrijk en vaak voorkomend: kerncriterium, altijd toetsen. Belangrijk maar zelden: kritiek ' +
          'criterium, altijd toetsen als het van toepassing is. Minder belangrijk maar vaak: optioneel.',
      ],
      [
        'Onderlinge toetsing',
        "Collega's beoordelen elkaars werk aan de hand van de standaard, in een vaste groep en volgens een " +
          'afgesproken procedure (hoofdstuk 5). Het doel is leren van elkaar, niet beoordelen door de leiding.',
      ],
      [
        'N.v.t. (niet van toepassing)',
        'Het criterium speelt in deze casus geen rol, bijvoorbeeld omdat de fase nog niet is bereikt. Een ' +
          'n.v.t.-score telt niet mee bij het berekenen van de naleving.',
      ],
    ],
  },
  ...nlPractice,
};
