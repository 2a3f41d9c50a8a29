import type { Texts } from './texts';

export const nlPractice: Pick<Texts, 'standard' | 'procedure' | 'scoring' | 'feedback' | 'appendix'> = {
  standard: {
    introText: (items, clusters) =>
      `De standaard telt ${items} items in ${clusters} clusters. Per cluster en deelaspect staan de handelingen ` +
      'in gedragstermen, met het criterium, de norm, de fase, de bron van bewijs en de kritiekheid. Waar ' +
      'beoordelingsniveaus zijn uitgewerkt, lopen die van laag naar hoog.',
    overviewCaption: 'Overzicht van de standaard',
    overviewHeader: ['Cluster', 'Deelaspecten', 'Items'],
    cluster: (n, t) => `Cluster ${n}. ${t}`,
    fields: {
      criterion: 'Criterium',
      norm: 'Norm',
      phase: 'Fase',
      source: 'Bron van bewijs',
      criticality: 'Kritiekheid',
      class: 'Soort criterium',
      explanation: 'Toelichting',
    },
    normText: (pct, unit) => `In ten minste ${pct}% van de getoetste ${unit}`,
    normAll: (unit) => `In alle getoetste ${unit}`,
    units: {},
    sources: {
      dossier: 'Dossier',
      observatie: 'Observatie',
      gesprek: 'Gesprek met de hulpverlener',
      anders: 'Anders',
    },
    criticality: (v, imp, freq) => `${v} (belang ${imp} × frequentie ${freq})`,
    classes: {
      core: 'Kerncriterium: altijd toetsen',
      critical: 'Kritiek criterium: altijd toetsen als het van toepassing is',
      optional: 'Optioneel',
      drop: 'Minder belangrijk en zelden: advies niet opnemen (het vastgelegde besluit geldt)',
    },
    rubric: 'Beoordelingsniveaus, van laag naar hoog:',
    level: (n) => `Niveau ${n}`,
    dropped: 'Niet opgenomen items',
    otherPhase: 'Overige',
    noPhase: 'geen fase',
  },
  procedure: {
    sections: [
      {
        title: 'De toetsingsgroep',
        paragraphs: [
          "Een toetsingsgroep bestaat uit drie tot acht collega's die vergelijkbaar werk doen. In een kleinere " +
            'groep hangt het oordeel te veel af van één persoon; in een grotere groep blijft er te weinig tijd per ' +
            'hulpverlener over. Een vaste groep werkt het best: dan ontstaat de veiligheid om ook twijfels en ' +
            'fouten te bespreken.',
        ],
      },
      {
        title: 'Rollen',
        paragraphs: ['Bij elke toetsing zijn er drie rollen. De rollen rouleren binnen de groep.'],
        list: {
          ordered: false,
          items: [
            'De getoetste: de hulpverlener van wie het werk wordt besproken. Levert de dossiers aan, licht ze toe ' +
              'en stelt na afloop het verbeterplan op.',
            "De toetsers: ten minste twee collega's die de dossiers vooraf met de scorelijsten beoordelen en hun " +
              'oordeel per criterium onderbouwen.',
            'De voorzitter: plant de toetsing, bewaakt de procedure en de tijd, zorgt dat iedereen aan het woord ' +
              'komt en legt de uitkomsten en afspraken vast.',
          ],
        },
      },
      {
        title: 'Frequentie en steekproef',
        paragraphs: [
          'Iedere hulpverlener wordt ten minste één keer per jaar getoetst. Per hulpverlener wordt een steekproef ' +
            'van drie tot vijf dossiers getrokken uit de dossiers van het afgelopen jaar. Kies ze willekeurig, niet ' +
            'door de getoetste zelf, en zorg dat samen alle fasen van de hulpverlening aan bod komen. Criteria die ' +
            'om een observatie of gesprek vragen, worden getoetst in een bijgewoond of opgenomen gesprek, met ' +
            'toestemming van de cliënt.',
        ],
      },
      {
        title: 'Voorbereiding',
        paragraphs: [],
        list: {
          ordered: true,
          items: [
            'De voorzitter plant de bijeenkomst en maakt ten minste vier weken vooraf bekend wie getoetst wordt en ' +
              'wie toetst.',
            'De steekproef wordt getrokken; de getoetste stelt de dossiers beschikbaar, zonder gegevens waaruit de ' +
              'cliënt te herkennen is.',
            'Iedere toetser beoordeelt elk dossier met de scorelijsten uit bijlage A en noteert per criterium ' +
              'waarop het oordeel berust.',
            'De getoetste vult dezelfde scorelijsten in als zelfbeoordeling.',
          ],
        },
      },
      {
        title: 'De bijeenkomst',
        paragraphs: ['Reken op ongeveer een uur per getoetste hulpverlener.'],
        list: {
          ordered: true,
          items: [
            'De voorzitter opent, noemt het doel en herhaalt de afspraken over vertrouwelijkheid.',
            'De getoetste licht de dossiers kort toe.',
            'Per cluster leggen de toetsers hun scores naast elkaar; bij verschillen bespreekt de groep de ' +
              'onderbouwing tot er een gezamenlijk oordeel per criterium is.',
            'De groep benoemt wat goed gaat en wat beter kan.',
            'De getoetste formuleert, met hulp van de groep, de verbeterpunten.',
          ],
        },
      },
      {
        title: 'Het verslag',
        paragraphs: [
          'De voorzitter maakt binnen twee weken een kort verslag volgens het sjabloon in bijlage B: de scores ' +
            'per criterium, de naleving per cluster en fase, de vergelijking met de norm, de sterke punten, de ' +
            'verbeterpunten en de afspraken. Het verslag is van de getoetste. Alleen samengevatte uitkomsten, niet ' +
            'te herleiden tot personen, gaan naar het team of de leiding.',
        ],
      },
    ],
  },
  scoring: {
    sections: [
      {
        title: 'Scores',
        paragraphs: [
          'De toetsers scoren elk criterium per dossier, observatie of gesprek met een van de volgende scores. ' +
            'Twijfelt u tussen twee scores, kies dan de laagste en noteer waarom.',
        ],
        list: {
          ordered: false,
          items: [
            'Voldaan (telt als 1): aan het criterium is volledig voldaan.',
            'Deels voldaan (telt als 0,5): aan een deel van het criterium is voldaan.',
            'Niet voldaan (telt als 0): aan het criterium is niet voldaan.',
            'N.v.t.: het criterium is in deze casus niet van toepassing; telt niet mee.',
          ],
        },
      },
      {
        title: 'Naleving berekenen',
        paragraphs: [
          'De naleving is het gewogen aandeel van de scores waarin aan het criterium is voldaan. N.v.t.-scores ' +
            'tellen niet mee in de noemer.',
          'Bereken de naleving per criterium (over alle getoetste dossiers van een hulpverlener), per cluster en ' +
            'per fase (over alle scores van de criteria in dat cluster of die fase) en per hulpverlener (over al ' +
            'zijn of haar scores).',
          'Voorbeeld: een criterium is in vijf dossiers gescoord: drie keer voldaan, één keer deels voldaan en één ' +
            'keer n.v.t. De naleving is (3 + 0,5) / (5 − 1) = 3,5 / 4 = 87,5%.',
        ],
      },
      {
        title: 'Vergelijken met de norm',
        paragraphs: [
          'Vergelijk per criterium de naleving met de norm. Ligt de naleving op of boven de norm, dan is aan de ' +
            'norm voldaan. In het voorbeeld is de naleving 87,5%; bij een norm van 80% is aan de norm voldaan.',
          'Kritieke criteria tellen altijd mee als ze van toepassing zijn, ook als ze zelden voorkomen. Is een ' +
            'criterium in alle dossiers n.v.t., dan is er geen naleving te berekenen; vermeld dat in het verslag.',
        ],
      },
    ],
    formula:
      'Naleving = (aantal voldaan + 0,5 × aantal deels voldaan) / (aantal scores − aantal n.v.t.) × 100%',
  },
  feedback: {
    sections: [
      {
        title: 'Terugkoppeling',
        paragraphs: [
          'De uitkomsten worden in de bijeenkomst meteen besproken. De getoetste krijgt het verslag en kan het ' +
            'gebruiken in werkbegeleiding of het jaarlijkse ontwikkelgesprek.',
        ],
      },
      {
        title: 'Verbeterplan',
        paragraphs: [
          'Bij elk criterium waarop de norm niet is gehaald, stelt de getoetste een verbeterplan op: wat wil ik ' +
            'anders doen, hoe pak ik dat aan, welke steun heb ik nodig (intervisie, scholing, meelezen door een ' +
            'collega) en wanneer kijken we of het gelukt is? Bij de volgende toetsing wordt het verbeterplan als ' +
            'eerste besproken.',
          'Halen meerdere hulpverleners de norm op hetzelfde criterium niet, dan wijst dat eerder op de ' +
            'werkomstandigheden of op de standaard zelf dan op de hulpverleners. Bespreek dat in het team.',
        ],
      },
      {
        title: 'Herziening van de standaard',
        paragraphs: [
          'De standaard legt vast wat op dit moment goed werk is in deze instelling. Herzie hem elke twee tot drie ' +
            'jaar, en eerder als het werk of de regelgeving ingrijpend verandert. Gebruik daarbij de uitkomsten van ' +
            'de toetsingen: criteria die bijna altijd n.v.t. zijn, die iedereen altijd haalt of die steeds tot ' +
            'discussie leiden, zijn kandidaten voor herformulering. De herziening volgt dezelfde werkwijze als de ' +
            'ontwikkeling: met de hulpverleners, in rondes.',
        ],
      },
    ],
    nextReview: (y) => `De volgende herziening is uiterlijk in ${y} gepland.`,
  },
  appendix: {
    checklistsText:
      'Gebruik per dossier, observatie of gesprek één set scorelijsten. Zet per criterium een kruisje in één ' +
      'kolom en noteer bij twijfel of bij "deels" waarom. Elke rij noemt de handeling met haar nummer in hoofdstuk 4, ' +
      'het criterium, de norm en de bron van bewijs.',
    formFields: 'Getoetste: ……………   Toetser: ……………   Dossier: ……………   Datum: ……………',
    checklistHeader: [
      'Handeling, criterium, norm en bron',
      'Voldaan',
      'Deels',
      'Niet voldaan',
      'N.v.t.',
      'Notities',
    ],
    checklistCaption: (phase) => `Scorelijst fase: ${phase}`,
    critical: '(kritiek)',
    optional: '(optioneel)',
    reportText: 'Het verslag van een toetsing bevat de volgende onderdelen:',
    reportItems: [
      'Gegevens: datum, groep, getoetste, toetsers, voorzitter en de getoetste dossiers (zonder cliëntgegevens).',
      'Naleving per criterium, vergeleken met de norm.',
      'Naleving per cluster en per fase, en de totale naleving.',
      'Wat goed gaat.',
      'Verbeterpunten.',
      'Afspraken en verbeterplan: wat, hoe, met welke steun en wanneer het wordt nagegaan.',
      'Opmerkingen over de standaard zelf, voor de volgende herziening.',
    ],
    reportTableCaption: 'Naleving per cluster',
    reportTableHeader: ['Cluster', 'Naleving', 'Norm gehaald bij', 'Opmerkingen'],
    statsText:
      'Per ronde staan hier voor belang en frequentie het aantal geldige oordelen (n), de mediaan en de ' +
      'interkwartielafstand (IQR, kwartielen volgens R type 7), voor belang ook de overeenstemming (het aandeel ' +
      'geldige oordelen in de hoogste band), het aantal antwoorden "kan ik niet beoordelen" (die niet meetellen) ' +
      'en het besluit. Het itemnummer is het nummer in deze standaard; waar de ronde het item anders nummerde, ' +
      'staat dat nummer erachter.',
    statsRound: (n) => `Ronde ${n}`,
    statsCaption: (n) => `Itemstatistieken ronde ${n}`,
    decisions: {
      in: 'Consensus: opnemen',
      out: 'Consensus: niet opnemen',
      'no-consensus': 'Geen consensus',
      'carried-forward': 'Opnieuw voorgelegd',
      'override-in': 'Opnemen (besluit onderzoekers)',
      'override-out': 'Niet opnemen (besluit onderzoekers)',
      'override-none': 'Geen consensus (besluit onderzoekers)',
    },
    statsNone: 'Er zijn geen itemstatistieken vastgelegd.',
  },
};
