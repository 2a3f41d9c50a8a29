import stopwordsIso from 'stopwords-iso';
import { foldWord, type Lang } from './tokens';

const words = (list: string): string[] => list.trim().split(/\s+/);

/**
 * Words that never distinguish one practitioner activity from another: who acts (every item is about the
 * practitioner and the client), forms of address, forms of light verbs the general lists miss, and the
 * time words case stories put around an activity ("in de weken die volgden", "na een half jaar").
 */
const DOMAIN: Record<Lang, string[]> = {
  nl: words(`
    hulpverlener hulpverleners hulpverleenster maatschappelijk werker werkers client clienten cliente
    clientes de mevrouw meneer heer mw dhr hem haar zijn hun ik wij we samen daarbij hierover daarover
    gemaakt gedaan gaat gaan ging gingen heeft hebben
    week weken maand maanden jaar jaren half dag uur keer laatste vorige volgende volgden einde daarvan basis
    tussendoor nadien
    maandag dinsdag woensdag donderdag vrijdag zaterdag zondag ochtend middag avond morgen gisteren vandaag
    januari februari maart april mei juni juli augustus september oktober november december
  `),
  en: words(`
    practitioner practitioners social worker workers client clients the mr mrs ms miss together him her
    his their them
    week weeks month months year years half day hour last next end afterwards meanwhile
    monday tuesday wednesday thursday friday saturday sunday morning afternoon evening tomorrow yesterday today
    january february march april june july august september october november december
  `),
};

/**
 * The stopwords-iso English list is built for web text and drops words that are content in social work
 * ("calls the GP", "asks for help", "discusses the problems", "bills"), including country codes such as
 * "gp". These stay.
 */
const KEEP: Record<Lang, string[]> = {
  nl: words('missen weg eigen klaar nee ja'),
  en: words(`
    ask asked asking asks bill bills call case cases describe described explain find finds found give
    given gives giving gp group groups help home importance important information interest interests join
    keep keeps kept member members move name need needed needs number open opened order present presented
    presents problem problems research results right room sent show showed shows state stop suggest tell
    test value work worked working works young younger
  `),
};

const cache = new Map<Lang, Set<string>>();

/** Stop words for a language, folded (lowercase, no diacritics) so they match folded tokens. */
export function stopWords(lang: Lang): Set<string> {
  let set = cache.get(lang);
  if (!set) {
    const keep = new Set(KEEP[lang]);
    set = new Set([...(stopwordsIso[lang] ?? []), ...DOMAIN[lang]].map(foldWord).filter((w) => !keep.has(w)));
    cache.set(lang, set);
  }
  return set;
}
