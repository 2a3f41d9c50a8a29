import { readFileSync } from 'node:fs';
import { PHASE_IDS, type PhaseId, type SourceType } from '../../domain';

/** One fictional practice story for the demo study "Procesmatige hulpverlening AMW (demo)". */
export interface DemoCase {
  file: string;
  title: string;
  sourceType: SourceType;
  practitioner: string;
  phaseTags: PhaseId[];
  /** YYYY-MM-DD */
  caseDate: string;
  /** Person names in the text, for the study's name list, so the pseudonymiser always replaces them. */
  names: string[];
}

const allPhases: DemoCase['phaseTags'] = [...PHASE_IDS];

export const demoCases: DemoCase[] = [
  {
    file: '01-schulden-energie-verslag.txt',
    title: 'Schulden en dreigende afsluiting energie',
    sourceType: 'verslag',
    practitioner: 'MW-01',
    phaseTags: allPhases,
    caseDate: '2024-05-21',
    names: ['Marloes Hoekstra', 'Jesse', 'Fenna'],
  },
  {
    file: '02-huiselijk-geweld-dossier.txt',
    title: 'Huiselijk geweld, jong kind in het gezin',
    sourceType: 'dossier',
    practitioner: 'MW-02',
    phaseTags: allPhases,
    caseDate: '2024-06-06',
    names: ['Anouk van Dam', 'Dennis Wolters', 'Sem', 'Meijer', 'Gerda'],
  },
  {
    file: '03-opvoeding-transcript.txt',
    title: 'Opvoedingsvragen: ochtendruzies en mogelijk pesten',
    sourceType: 'transcript',
    practitioner: 'MW-03',
    phaseTags: ['analyse', 'plan'],
    caseDate: '2024-10-10',
    names: ['Lindsay Smits', 'Thijs', 'Mark'],
  },
  {
    file: '04-eenzaamheid-oudere-verslag.txt',
    title: 'Eenzaamheid bij een oudere weduwnaar',
    sourceType: 'verslag',
    practitioner: 'MW-04',
    phaseTags: allPhases,
    caseDate: '2025-02-13',
    names: ['Gerrit Boersma', 'Trijntje', 'Hilde', 'Dijkman'],
  },
  {
    file: '05-huisuitzetting-dossier.txt',
    title: 'Huurachterstand en dreigende huisuitzetting',
    sourceType: 'dossier',
    practitioner: 'MW-01',
    phaseTags: allPhases,
    caseDate: '2025-02-04',
    names: ['Sven de Groot'],
  },
  {
    file: '06-rouw-interview.txt',
    title: 'Rouw na het verlies van een zoon',
    sourceType: 'interview',
    practitioner: 'MW-05',
    phaseTags: allPhases,
    caseDate: '2024-11-19',
    names: ['Petra Jansen', 'Ruben', 'Frank', 'Iris'],
  },
  {
    file: '07-mantelzorg-verslag.txt',
    title: 'Overbelaste mantelzorger van partner met dementie',
    sourceType: 'verslag',
    practitioner: 'MW-02',
    phaseTags: allPhases,
    caseDate: '2024-09-24',
    names: ['Joke Wijnands', 'Henk', 'Martijn', 'Esther'],
  },
  {
    file: '08-statushouder-interview.txt',
    title: 'Statushouder: inburgering, toeslagen en school',
    sourceType: 'interview',
    practitioner: 'MW-06',
    phaseTags: allPhases,
    caseDate: '2025-06-17',
    names: ['Dawit Habte', 'Rahel', 'Lidya', 'Natan'],
  },
  {
    file: '09-jongere-wegloop-transcript.txt',
    title: 'Jongere die van huis wegloopt',
    sourceType: 'transcript',
    practitioner: 'MW-03',
    phaseTags: ['intake', 'analyse', 'plan'],
    caseDate: '2024-11-28',
    names: ['Kaylee Bos', 'Desiree Bos', 'Marieke', 'Romy', 'Ronald'],
  },
  {
    file: '10-scheiding-verslag.txt',
    title: 'Relatieproblemen en scheiding met jonge kinderen',
    sourceType: 'verslag',
    practitioner: 'MW-04',
    phaseTags: allPhases,
    caseDate: '2025-03-20',
    names: ['Thomas Verhoef', 'Lisa Verhoef', 'Mees', 'Evi'],
  },
];

/** The text of a demo case, read from `scripts/demo/cases/` next to this module. */
export function readDemoCase(c: DemoCase): string {
  return readFileSync(new URL(`./cases/${c.file}`, import.meta.url), 'utf8');
}
