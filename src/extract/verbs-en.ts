// English irregular verbs: base, past, participle.
const IRREGULAR = `
be was been|become became become|begin began begun|bring brought brought|build built built|buy bought bought
choose chose chosen|come came come|do did done|draw drew drawn|drink drank drunk|drive drove driven|eat ate eaten
fall fell fallen|feed fed fed|feel felt felt|fight fought fought|find found found|fly flew flown|forget forgot forgotten
get got got|give gave given|go went gone|grow grew grown|have had had|hear heard heard|hide hid hidden|hold held held
keep kept kept|know knew known|lead led led|leave left left|lend lent lent|let let let|lie lay lain|lose lost lost
make made made|mean meant meant|meet met met|pay paid paid|put put put|read read read|ride rode ridden|ring rang rung
rise rose risen|run ran run|say said said|see saw seen|seek sought sought|sell sold sold|send sent sent|set set set
shake shook shaken|show showed shown|shut shut shut|sit sat sat|sleep slept slept|speak spoke spoken|spend spent spent
stand stood stood|steal stole stolen|take took taken|teach taught taught|tell told told|think thought thought
throw threw thrown|understand understood understood|wake woke woken|wear wore worn|win won won|write wrote written
go went gone|undertake undertook undertaken|withdraw withdrew withdrawn|overcome overcame overcome|sit sat sat
`;

const pastToBase = new Map<string, string>();
const partToBase = new Map<string, string>();
const bases = new Set<string>();
for (const row of IRREGULAR.trim().split(/[|\n]/)) {
  const [base = '', past = '', part = ''] = row.trim().split(/\s+/);
  pastToBase.set(past, base);
  partToBase.set(part, base);
  bases.add(base);
}
pastToBase.set('were', 'be');

/** Base form of a regular past or participle: "phoned" → "phone", "planned" → "plan", "tried" → "try". */
function regularBase(w: string): string | null {
  if (!/ed$/.test(w) || w.length < 4) return null;
  if (/ied$/.test(w)) return w.slice(0, -3) + 'y';
  if (/eed$/.test(w) && w.length > 5) return w.slice(0, -1);
  const stem = w.slice(0, -2);
  if (/([bdgkmnprtvz])\1$/.test(stem)) return stem.slice(0, -1);
  const syllables = (stem.match(/[aeiouy]+/g) ?? []).length;
  if (/[cgvu]$/.test(stem) || (/(ar|ir|ur|is|iz|at)$/.test(stem) && syllables > 1)) return stem + 'e';
  if (syllables === 1 && /[^aeiou][aeiou][^aeiouwxy]$/.test(stem)) return stem + 'e';
  return stem;
}

export function baseOfPast(w: string): string | null {
  const l = w.toLowerCase();
  return pastToBase.get(l) ?? regularBase(l);
}

export function baseOfParticiple(w: string): string | null {
  const l = w.toLowerCase();
  return partToBase.get(l) ?? regularBase(l);
}

/** Third person singular present: "go" → "goes", "try" → "tries", "have" → "has". */
export function pres3(base: string): string {
  if (base === 'be') return 'is';
  if (base === 'have') return 'has';
  if (/(s|sh|ch|x|z|o)$/.test(base)) return base + 'es';
  if (/[^aeiou]y$/.test(base)) return base.slice(0, -1) + 'ies';
  return base + 's';
}

export function isIrregularForm(w: string): boolean {
  const l = w.toLowerCase();
  return pastToBase.has(l) || partToBase.has(l) || bases.has(l);
}
