import { recogniseActs } from './catalogue';
import type { Unit } from './genre';
import thirdParties from './lexicon/third-parties.json';
import { splitSentences } from './segment';
import type { Candidate, Lang } from './types';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const THIRD: Record<Lang, RegExp> = {
  nl: new RegExp(
    `^(?:${thirdParties.nl.map(esc).join('|')})\\s+(?!gebeld|geraadpleegd|gesproken)\\p{L}`,
    'iu',
  ),
  en: new RegExp(`^(?:${thirdParties.en.map(esc).join('|')})\\s+(?!consulted|contacted|called)\\p{L}`, 'iu'),
};

// Words without which no safety-critical act of the catalogue can match: a cheap test before the catalogue.
const MAYBE =
  /meldcode|afwegingskader|signalen|veilig thuis|kinderbescherming|politie|meld|collega|aandachtsfunctionaris|teamleider|leidinggevende|consult|intervisie|overleg|safeguard|services|police|supervis|manager|colleague|case discussion|team meeting|mash|lado|report|referral/i;

/** Whether a sentence opens with a third party as its subject: their act, not the practitioner's. */
export function isThirdPartyAct(sentence: string, lang: Lang): boolean {
  return THIRD[lang].test(sentence.trim());
}

/**
 * Safety-critical acts (the meldcode, consulting a colleague or Veilig Thuis, reporting) are never missed:
 * a sentence of the practitioner's that names one, and that no activity found so far covers, becomes an
 * activity in the catalogue's general wording, with the sentence as its evidence.
 */
export function missedSafetyActs(text: string, units: Unit[], found: Candidate[], lang: Lang): Candidate[] {
  const out: Candidate[] = [];
  for (const unit of units)
    for (const sent of splitSentences(text, unit.start, unit.end)) {
      const said = text.slice(sent.start, sent.end);
      if (!MAYBE.test(said) || isThirdPartyAct(said, lang)) continue;
      const act = recogniseActs(said.toLowerCase(), lang).find((a) => a.safety);
      if (!act) continue;
      const covered = found.some((c) => c.evidence.start < sent.end && sent.start < c.evidence.end);
      if (!covered) out.push({ text: act.wording[lang], evidence: { start: sent.start, end: sent.end } });
    }
  return out;
}
