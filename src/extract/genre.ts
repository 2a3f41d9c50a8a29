import type { SourceType } from './types';

export interface Unit {
  start: number;
  end: number;
}

interface Line {
  start: number;
  end: number;
  text: string;
}

// A speaker label is a name or role, or a pseudonymisation placeholder ("[PERSOON 2]: …").
const TURN = /^\s*(\[[^\]\n]{1,30}\]|[\p{L}][\p{L}.' -]{0,28}?)\s*:\s+(?=\S)/u;
const MONTH =
  '(?:jan|feb|mrt|maart|march|apr|april|mei|may|jun|juni|june|jul|juli|july|aug|sep|sept|okt|oct|nov|dec)[a-z]*\\.?';
// "ma 3 maart", "12/01", "2024-03-05": the date that may open a note line.
const DATE =
  `(?:(?:ma|di|wo|do|vr|za|zo|mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?\\s+)?` +
  `(?:\\d{1,2}[-/.]\\d{1,2}(?:[-/.]\\d{2,4})?|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\s+${MONTH}(?:\\s+\\d{4})?|${MONTH}\\s+\\d{1,2}(?:,?\\s+\\d{4})?)`;
const DATED = new RegExp(`^\\s*${DATE}\\s*[:–-]\\s*`, 'i');
// A note stamped with a clock time ("09:30 Telefonisch contact met …", "14.30 uur: huisbezoek"), a date
// before it optional: notes kept through one day carry only the time.
const TIMED = new RegExp(
  `^\\s*(?:${DATE}[,\\s]+)?\\d{1,2}[:.]\\d{2}(?:\\s*(?:uur|u|h)\\b)?\\s*[:–-]?\\s*(?=\\p{L})`,
  'iu',
);
// A date followed by the note itself without a separator ("12/01/2026 Met Mr …", "ma 3/2 Eerste huisbezoek"):
// only when a capital opens the note, so a sentence that merely starts with a date is not cut.
const BARE_DATED = new RegExp(`^\\s*${DATE}\\s+(?=\\S)`, 'i');
const bareDated = (line: string) => {
  const m = BARE_DATED.exec(line);
  return m && /^[\p{Lu}\d]/u.test(line.slice(m[0].length)) ? m : null;
};
/** The stamp that opens a file note (date, time or both), or null when the line is no note. */
const noteStamp = (line: string) => TIMED.exec(line) ?? DATED.exec(line) ?? bareDated(line);
const INTERVIEWER = /^(i|int|interviewer|onderzoeker|researcher|q|vraag|question|o)$/i;
const RESPONDENT = /^(r|resp|respondent|geïnterviewde|geinterviewde|a|antwoord|answer|b)$/i;
const PRACTITIONER_LABEL =
  /^(mw|amw|hv|hulpverlener|maatschappelijk werker|werker|w|sw|social worker|worker|practitioner|p|coach|begeleider|consulent|jongerenwerker|youth worker|professional|prof)$/i;
const PRACTITIONER_ROLE =
  /(maatschappelijk\s+werk(er|ster)|hulpverlen(er|ster)|werker|coach|begeleider|consulent|social\s+worker|practitioner|youth\s+worker|probation\s+officer|professional|wijkteam)/i;
const CLIENT_LABEL = /^\[?(cliënt|client|cliënte|cliente|c|cl)\b/i;
// Words that end a header line ("Adres:", "Aanwezig:") rather than start a speaker's turn.
const HEADER_LABEL =
  /^(aanwezig|adres|kinderen|partner|datum|date|tel|telefoon|present|betreft|onderwerp|re|locatie|postadres|rekening|geb|note|noot)$/i;

function lines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (const part of text.split('\n')) {
    out.push({ start, end: start + part.length, text: part });
    start += part.length + 1;
  }
  return out;
}

function turnLabel(line: string): string | undefined {
  const m = TURN.exec(line);
  if (!m?.[1]) return undefined;
  const label = m[1].trim();
  if (HEADER_LABEL.test(label) || label.split(/\s+/).length > 3) return undefined;
  return label;
}

/** Guesses the genre of a case text from its layout: speaker turns, dated notes, or running prose. */
export function detectSource(text: string): SourceType {
  const ls = lines(text);
  const labels = new Map<string, number>();
  let dated = 0;
  for (const l of ls) {
    if (noteStamp(l.text)) dated++;
    const label = turnLabel(l.text);
    if (label) labels.set(label, (labels.get(label) ?? 0) + 1);
  }
  const turns = [...labels.values()].reduce((a, b) => a + b, 0);
  const head = text.slice(0, 400);
  if (turns >= 3 && labels.size >= 2) {
    const interviewish = [...labels.keys()].some((k) => INTERVIEWER.test(k));
    return interviewish || /\binterview/i.test(head) ? 'interview' : 'transcript';
  }
  if (dated >= 2) return 'dossier';
  if (/^\s*(dossier|journaal|file notes?|case notes?)\b/im.test(head)) return 'dossier';
  return 'verslag';
}

/** The speaker label whose turns are the practitioner's: the respondent in interviews, the worker in talks. */
function practitionerLabel(text: string, labels: string[], source: SourceType): string | undefined {
  if (source === 'interview') {
    const r = labels.find((l) => RESPONDENT.test(l));
    if (r) return r;
    const others = labels.filter((l) => !INTERVIEWER.test(l));
    if (others.length === 1) return others[0];
  }
  // Header conventions come first: a role stated in the header beats a label that merely looks like one ("P").
  // Header conventions: "Noor Hendriks (maatschappelijk werker, MW)" or "R = Karin Mulder, maatschappelijk werker".
  const head = text.slice(0, 800);
  for (const l of labels) {
    const esc = l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const inParens = new RegExp(`\\(([^)]*),\\s*${esc}\\s*\\)`, 'u').exec(head);
    if (inParens?.[1] && PRACTITIONER_ROLE.test(inParens[1])) return l;
    // "[PERSOON 2] (maatschappelijk werker jeugd en gezin)": the role in brackets after the label.
    const described = new RegExp(`${esc}\\s*\\(([^)]*)\\)`, 'u').exec(head);
    if (described?.[1] && PRACTITIONER_ROLE.test(described[1])) return l;
    const assigned = new RegExp(`(?:^|[\\s;,])${esc}\\s*=\\s*([^;\\n]*)`, 'u').exec(head);
    if (assigned?.[1] && PRACTITIONER_ROLE.test(assigned[1])) return l;
    // "Sanne Visser is de schuldhulpverlener": a first-name label introduced with its role in the header.
    const named = new RegExp(
      `(?:^|[\\s;,(])${esc}(?:\\s+[\\p{Lu}][\\p{L}'-]*){0,3}\\s+is\\s+(?:de|het|een|onze|hier)?\\s*([^;.,\\n]{0,40})`,
      'u',
    ).exec(head);
    if (named?.[1] && PRACTITIONER_ROLE.test(named[1])) return l;
  }
  const direct = labels.find((l) => PRACTITIONER_LABEL.test(l));
  if (direct) return direct;
  const nonInterviewer = labels.filter((l) => !INTERVIEWER.test(l));
  if (source === 'interview') return nonInterviewer[0];
  // A talk between two speakers, one of them the client: the other one is the practitioner.
  const others = labels.filter((l) => !CLIENT_LABEL.test(l));
  return labels.length === 2 && others.length === 1 ? others[0] : undefined;
}

/** The stretches of text that can hold the practitioner's activities, given the genre. */
export function practitionerUnits(text: string, source: SourceType): Unit[] {
  const ls = lines(text);
  if (source === 'interview' || source === 'transcript') {
    const labels = [...new Set(ls.map((l) => turnLabel(l.text)).filter((l): l is string => !!l))];
    const who = practitionerLabel(text, labels, source);
    if (who) {
      const units: Unit[] = [];
      let inTurn = false;
      for (const l of ls) {
        const label = turnLabel(l.text);
        if (label) {
          inTurn = label === who;
          if (inTurn) units.push({ start: l.start + (TURN.exec(l.text)?.[0].length ?? 0), end: l.end });
        } else if (inTurn && l.text.trim()) units.push({ start: l.start, end: l.end });
      }
      return units;
    }
  }
  if (source === 'dossier') {
    const units: Unit[] = [];
    let started = !ls.some((l) => noteStamp(l.text));
    for (const l of ls) {
      const m = noteStamp(l.text);
      if (m) started = true;
      if (!started || !l.text.trim()) continue;
      units.push({ start: l.start + (m?.[0].length ?? 0), end: l.end });
    }
    return units;
  }
  // Running prose: skip a title line (short, no closing punctuation).
  return ls
    .filter((l, i) => l.text.trim() && !(i < 3 && !/[.!?]\s*$/.test(l.text) && l.text.length < 120))
    .map((l) => ({ start: l.start, end: l.end }));
}
