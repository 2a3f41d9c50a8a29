import type { PersonHit } from './persons';

// The practitioner or researcher is named in speaker keys and sign-offs; they are never the client.
const PRACTITIONER_BEFORE = /(?:(?:^|\n)\s*[A-Z]{1,3} ?= ?|written by |geschreven door |verslag van |ik ben |i am |i'm )$/iu;
const PRACTITIONER_AFTER =
  /^,? ?\(?(?:maatschappelijk werk|hulpverlener|onderzoeker|jongerenwerker|wijkagent|casemanager|begeleider|mentor|coach|medewerker|youth worker|social worker|probation officer|support worker|key worker|researcher|practitioner|interviewer|MW\b)/iu;
const CLIENT_NEAR = /\b(?:cliënt|client|cliente|aangemeld|referred|verwezen)\b/iu;

/**
 * Picks the person the case is about: the most mentioned one who is not a practitioner, with a bonus for
 * being named near the word "cliënt" or a referral. Returns the person index or -1.
 */
export function pickClient(text: string, hits: PersonHit[]): number {
  const score = new Map<number, number>();
  const excluded = new Set<number>();
  for (const h of hits) {
    const before = text.slice(Math.max(0, h.start - 30), h.start);
    const after = text.slice(h.end, h.end + 40);
    if (PRACTITIONER_BEFORE.test(before) || PRACTITIONER_AFTER.test(after)) excluded.add(h.person);
    const near = text.slice(Math.max(0, h.start - 60), h.end + 60);
    score.set(h.person, (score.get(h.person) ?? 0) + 1 + (CLIENT_NEAR.test(near) ? 1 : 0));
  }
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
