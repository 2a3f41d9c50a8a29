import { defineTexts } from './define';

export const transfer = defineTexts(
  {
    exportTitle: 'Gegevens exporteren',
    exportIntro:
      'Download de hele studie als één JSON-bestand (schemaversie 2): casussen (gepseudonimiseerd), concept met geïmporteerde criteria, rondes (ook met itempools en real-time), antwoorden, besluiten, alle versies van de standaard met hun vaststelling en de toetsingsrondes met scores en verbeterplan. Zo kunt u de standaard naar een andere installatie verhuizen of over een paar jaar herzien met een nieuwe ronde.',
    privacy:
      'Persoonsgegevens: panelleden worden alleen geëxporteerd met hun pseudoniem en groep — zonder naam, e-mailadres, organisatie of persoonlijke link. Teamleden alleen met hun naam. Deelnemers aan een toetsingsronde alleen met hun pseudoniem (T1, T2, …). Namen die u voor pseudonimisering opgaf en de instellingen van het taalmodel (met de API-sleutel) worden niet meegenomen.',
    download: 'JSON downloaden',
    importTitle: 'Studie importeren',
    importIntro:
      'Importeer een JSON-export van Maatstaf als nieuwe studie. U wordt eigenaar; panelleden krijgen nieuwe persoonlijke links (oude links werken niet), de links van toetsingsrondes werken niet meer. Bestanden met schemaversie 1 kunnen ook. Als het bestand niet klopt, wordt er niets geïmporteerd.',
    file: 'JSON-bestand (max. 5 MB)',
    submit: 'Importeren',
    errNoFile: 'Kies een JSON-bestand.',
    errJson: 'Dit bestand is geen geldige JSON.',
    errFormat:
      'Dit bestand is geen Maatstaf-export. Kies het JSON-bestand dat u bij "Gegevens exporteren" hebt gedownload.',
    errSchema: 'Dit bestand is geen Maatstaf-export die we kunnen lezen:',
    errVersion: 'Dit bestand heeft een schemaversie die deze installatie niet kent.',
    errRefs: 'Het bestand verwijst naar onderdelen die er niet in staan:',
    imported: (title: string) => `${title} (geïmporteerd)`,
  },
  {
    exportTitle: 'Export data',
    exportIntro:
      'Download the whole study as one JSON file (schema version 2): cases (pseudonymised), draft with imported criteria, rounds (item pools and real-time included), answers, decisions, every version of the standard with its adoption record and the peer-review rounds with scores and improvement plan. Use it to move the standard to another installation or to revise it years later with a new round.',
    privacy:
      'Personal data: panellists are exported only by pseudonym and group — no name, e-mail address, organisation or personal link. Team members only by name. Peer reviewers only by pseudonym (T1, T2, …). Names you listed for pseudonymisation and the language-model settings (with their API key) are left out.',
    download: 'Download JSON',
    importTitle: 'Import a study',
    importIntro:
      'Import a Maatstaf JSON export as a new study. You become its owner; panellists get new personal links (old links do not work), and peer-review links no longer work. Files with schema version 1 are read too. If the file is not right, nothing is imported.',
    file: 'JSON file (max. 5 MB)',
    submit: 'Import',
    errNoFile: 'Choose a JSON file.',
    errJson: 'This file is not valid JSON.',
    errFormat: 'This file is not a Maatstaf export. Choose the JSON file you downloaded under "Export data".',
    errSchema: 'This file is not a Maatstaf export we can read:',
    errVersion: 'This file has a schema version this installation does not know.',
    errRefs: 'The file refers to parts it does not contain:',
    imported: (title: string) => `${title} (imported)`,
  },
);
