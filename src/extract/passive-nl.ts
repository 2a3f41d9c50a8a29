import { isParticipleTok } from './clauses-nl';
import { mapPeople, type RoleContext } from './roles';
import { tidy } from './rewrite-nl';
import { joinTokens, type Sentence } from './segment';
import type { Candidate } from './types';
import { parseParticiple } from './verbs-nl';

const AUX = /^(is|zijn|werd|werden|wordt|worden)$/;
const BY_PRACTITIONER = /^(mij|ons|de hulpverlener|hulpverlener|ondergetekende)$/;

/**
 * A passive without an agent in a practitioner's own account ("Er is contact gelegd met de corporatie",
 * "Door mij is een aanvraag ingediend") tells an act of the writer: read as the practitioner's act.
 * Passives with another agent ("door de politie") are left alone.
 */
export function passiveAct(sent: Sentence, ctx: RoleContext): Candidate | null {
  const toks = sent.toks.filter((t) => t.s !== '.');
  const words = toks.filter((t) => t.word);
  if (words.length < 3) return null;
  let i = 0;
  let byUs = false;
  if (words[0]!.l === 'door' && BY_PRACTITIONER.test(words[1]!.l)) ((byUs = true), (i = 2));
  else if (words[0]!.l === 'er') i = 1;
  else return null;
  const aux = words[i];
  if (!aux || !AUX.test(aux.l)) return null;
  const at = toks.indexOf(aux);
  const part = toks.findIndex((t, k) => k > at && isParticipleTok(t) && /^[\p{Ll}]/u.test(t.s));
  if (part < 0) return null;
  const conj = parseParticiple(toks[part]!.l);
  if (!conj) return null;
  const agent = toks.findIndex((t, k) => k > at && t.l === 'door');
  if (agent >= 0 && !(byUs || BY_PRACTITIONER.test(toks[agent + 1]?.l ?? ''))) return null;
  const keep = toks.filter(
    (t, k) => k > at && k !== part && !(agent >= 0 && (k === agent || k === agent + 1)) && t.l !== 'er',
  );
  const mapped = mapPeople(keep, ctx, false);
  const body = [conj.verb, ...mapped, conj.particle ?? ''];
  return {
    text: tidy(`De hulpverlener ${joinTokens(body)}`),
    evidence: { start: sent.start, end: sent.end },
  };
}
