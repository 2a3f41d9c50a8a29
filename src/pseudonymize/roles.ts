import { RELATION_CUES } from './lexicon';
import type { PersonHit } from './persons';

/**
 * Role nouns of people who work on a case rather than being its subject: professions in social work,
 * care, education and housing, and their English counterparts. A name right after one of these, or after
 * "X van de gemeente", is staff of some organisation and never the client.
 */
const WORK_ROLES = `
medewerker[s]? collega begeleider vrijwilliger mentor docent leerkracht leraar juf meester teacher colleague
volunteer worker officer hulpverlener maatschappelijk werker gezinsvoogd jeugdbeschermer casemanager
consulent klantmanager coördinator coordinator wijkverpleegkundige verpleegkundige huisarts psychiater
psycholoog arts dokter behandelaar therapeut jongerenwerker wijkagent agent advocaat bewindvoerder
mediator tolk intern begeleider aandachtsfunctionaris schuldhulpverlener budgetcoach ambtenaar
opvoedondersteuner ondersteuner verhuurder huismeester woonconsulent nurse doctor gp psychiatrist
therapist lead visitor manager advisor adviser counsellor counselor solicitor landlord caseworker
`
  .trim()
  .split(/\s+/);
const ROLE = WORK_ROLES.join('|');

// The practitioner or researcher is named in speaker keys and sign-offs; colleagues and other
// professionals are introduced by their role. None of them is the client.
const STAFF_BEFORE = new RegExp(
  `(?:(?:^|\\n)\\s*[A-Z]{1,3} ?= ?|written by |geschreven door |verslag van |ik ben |i am |i'm |allocated worker: ?|` +
    `(?:medewerker|collega|begeleider|vrijwilliger|mentor|docent|leerkracht|teacher|colleague|volunteer|worker|officer)[^.\\n]{0,25}|` +
    `(?:${ROLE})(?: (?:van|bij|of|at|from) (?:de |het |the )?[\\p{L}-]+)?,? (?:(?:de heer|mevrouw|meneer|dhr|mw|dokter|dr|mr|mrs|ms)\\.? )?)$`,
  'iu',
);
const STAFF_AFTER = new RegExp(
  `^,? ?\\(?(?:maatschappelijk werk|hulpverlener|onderzoeker|jongerenwerker|wijkagent|casemanager|begeleider|mentor|coach|medewerker|youth worker|social worker|probation officer|support worker|key worker|researcher|practitioner|interviewer|MW\\b|van (?:de |het )?(?:woningcorporatie|corporatie|gemeente|school|thuiszorg|wijkteam|instelling|kliniek|bank|politie|rechtbank)|from the (?:council|housing|school|bank))`,
  'iu',
);
// A speaker label "Cliënt:" says nothing about who is near it.
const CLIENT_NEAR = /(?:cliënte?(?![ \t]*:)|client(?![ \t]*:)|aangemeld|referred|verwezen)/iu;
const SUBJECT_AFTER = /^,? ?\(?(?:cliënte?|client)\b(?![ \t]*:)/iu;
// Where a case names whom it is about: "Betreft: …", "Deze casus gaat over …", "Het gaat om …", "tenant …".
const SUBJECT_BEFORE =
  /(?:(?:^|\n)[ \t]*(?:betreft|cliënte?|client|naam|name|re|subject|family|gezin|tenant|huurder|leerling|pupil|student|mantelzorger)[ \t]*:[^\n]{0,20}|gaat (?:het )?over |gaat om |is about |cliënte? is |client is |(?:tenant|leerling|pupil) )$/iu;
const CLIENT_FIELD =
  /(?:^|\n)[^\n]{0,60}\b(?:betreft|cliënte?|client|aanvrager|applicant)[ \t]*:[ \t]*[^\n:]{0,20}$/iu;
// The field holds just the name: a speaker label "Cliënt: Levi zegt …" is followed by speech instead.
const FIELD_END = /^[ \t]*(?:[,;(\n]|$)/u;
const TITLE = /(?:mevrouw|meneer|mevr\.|mw\.|dhr\.|mijnheer|mrs\.?|mr\.?|ms\.?|miss)\s*$/iu;
const SPEAKER_LABEL = /^[ \t]*:/;
const RELATION_BEFORE = /(?:^|[^\p{L}])(\p{L}+)[ ,:]{1,3}$/u;
const BARE_TITLE = /(?<![\p{L}])(?:mevrouw|meneer|mevr\.|mw\.|dhr\.|mijnheer)(?!\s*\p{Lu})/giu;

/**
 * Picks the person the case is about: the most mentioned one who is not staff, where a bare "mevrouw" or
 * "dhr." counts for the person addressed by title, a mention near "cliënt" or a referral adds weight and
 * a heading or phrase that names the subject of the case ("Betreft:", "gaat over") adds more.
 * Returns the person index or -1.
 */
export function pickClient(text: string, hits: PersonHit[]): number {
  const score = new Map<number, number>();
  const excluded = new Set<number>();
  const titled = new Set<number>();
  const relatives = new Set<number>();
  const bare = [...text.matchAll(BARE_TITLE)].length;
  for (const h of hits) {
    const before = text.slice(Math.max(0, h.start - 40), h.start);
    const after = text.slice(h.end, h.end + 40);
    if (STAFF_BEFORE.test(before) || STAFF_AFTER.test(after)) excluded.add(h.person);
    if (TITLE.test(before)) titled.add(h.person);
    const cue = RELATION_BEFORE.exec(before)?.[1]?.toLowerCase();
    if (cue && RELATION_CUES.has(cue)) relatives.add(h.person);
    const near = text.slice(Math.max(0, h.start - 60), h.end + 60);
    // Speaker labels say who talks a lot, which the practitioner does too.
    const weight = SPEAKER_LABEL.test(after) && /(?:^|\n)[ \t]*$/.test(before) ? 0.25 : 1;
    // A field that names the client outright ("cliënt: …", "Betreft: …") outweighs how often others are named.
    const subject =
      CLIENT_FIELD.test(before) && FIELD_END.test(after)
        ? 6
        : SUBJECT_BEFORE.test(before) || SUBJECT_AFTER.test(after)
          ? 3
          : 0;
    score.set(h.person, (score.get(h.person) ?? 0) + weight + subject + (CLIENT_NEAR.test(near) ? 1 : 0));
  }
  for (const p of titled) score.set(p, (score.get(p) ?? 0) + bare / titled.size);
  // Someone introduced as another's relative ("haar zoon Ruben", "Dochter Iris") is usually not the subject.
  for (const p of relatives) score.set(p, (score.get(p) ?? 0) / 2);
  let best = -1;
  let bestScore = 0;
  for (const h of hits) {
    const s = score.get(h.person) ?? 0;
    if (!excluded.has(h.person) && s > bestScore) {
      best = h.person;
      bestScore = s;
    }
  }
  return best;
}
