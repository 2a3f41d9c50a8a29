import type { PersonHit } from './persons';

// The practitioner or researcher is named in speaker keys and sign-offs; colleagues and volunteers are
// introduced by their role. None of them is the client.
const STAFF_BEFORE =
  /(?:(?:^|\n)\s*[A-Z]{1,3} ?= ?|written by |geschreven door |verslag van |ik ben |i am |i'm |(?:medewerker|collega|begeleider|vrijwilliger|mentor|docent|leerkracht|teacher|colleague|volunteer|worker|officer)[^.\n]{0,25})$/iu;
const STAFF_AFTER =
  /^,? ?\(?(?:maatschappelijk werk|hulpverlener|onderzoeker|jongerenwerker|wijkagent|casemanager|begeleider|mentor|coach|medewerker|youth worker|social worker|probation officer|support worker|key worker|researcher|practitioner|interviewer|MW\b)/iu;
const CLIENT_NEAR = /(?:cliënt|client|aangemeld|referred|verwezen)/iu;
const TITLE = /(?:mevrouw|meneer|mevr\.|mw\.|dhr\.|mijnheer|mrs\.?|mr\.?|ms\.?|miss)\s*$/iu;
const SPEAKER_LABEL = /^[ \t]*:/;
const BARE_TITLE = /(?<![\p{L}])(?:mevrouw|meneer|mevr\.|mw\.|dhr\.|mijnheer)(?!\s*\p{Lu})/giu;

/**
 * Picks the person the case is about: the most mentioned one who is not staff, where a bare "mevrouw" or
 * "dhr." counts for the person addressed by title, and a mention near "cliënt" or a referral adds weight.
 * Returns the person index or -1.
 */
export function pickClient(text: string, hits: PersonHit[]): number {
  const score = new Map<number, number>();
  const excluded = new Set<number>();
  const titled = new Set<number>();
  const bare = [...text.matchAll(BARE_TITLE)].length;
  for (const h of hits) {
    const before = text.slice(Math.max(0, h.start - 40), h.start);
    const after = text.slice(h.end, h.end + 40);
    if (STAFF_BEFORE.test(before) || STAFF_AFTER.test(after)) excluded.add(h.person);
    if (TITLE.test(before)) titled.add(h.person);
    const near = text.slice(Math.max(0, h.start - 60), h.end + 60);
    // Speaker labels say who talks a lot, which the practitioner does too.
    const weight = SPEAKER_LABEL.test(after) && /(?:^|\n)[ \t]*$/.test(before) ? 0.25 : 1;
    score.set(h.person, (score.get(h.person) ?? 0) + weight + (CLIENT_NEAR.test(near) ? 1 : 0));
  }
  for (const p of titled) score.set(p, (score.get(p) ?? 0) + bare / titled.size);
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
