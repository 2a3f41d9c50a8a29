import { foldWord, type ContentTerm, type Lang } from '../text';
import { commonActHeading } from '../extract/catalogue';
import { SUBJECT, type Lexicon } from './parse';
import { activityHeading, capitalise } from './phrases';
import type { SparseVector } from './vectors';
import { verbLabel, type ItemPhrase } from './verb-labels';

export { SUBJECT };

const MAX_TERMS = 3;
const MAX_LABEL = 60;
/** Group labels are headings: a short noun or verb phrase. */
export const MAX_HEADING = 45;

function joinWords(words: string[], lang: Lang): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${lang === 'nl' ? 'en' : 'and'} ${words[words.length - 1]}`;
}

/**
 * The terms worth naming a group by. In "De hulpverlener bespreekt …" / "The practitioner calls …" the
 * first content word is the verb of a statement every item has, so "Bespreekt, vraagt en neemt" would say
 * little; it is left out. So are words that are forms of a verb used elsewhere in the draft as such a main verb
 * (`verbs`, stems: "sluit", "komen"), the role words pseudonymisation puts in for people, and nouns too vague to name a practice.
 * Given the draft's `nouns` (folded forms, see `nounForms`), only those are kept: labels name things, not
 * "vertelt", "ernstig" or "komen".
 */
export function labelTerms(
  text: string,
  terms: ContentTerm[],
  verbs: ReadonlySet<string> = new Set(),
  nouns?: ReadonlySet<string>,
): ContentTerm[] {
  return (SUBJECT.test(text.trim()) ? terms.slice(1) : terms).filter(
    (t) =>
      !(verbs.has(t.stem) && VERBAL.test(t.surface)) &&
      !NOT_A_NAME.test(t.surface) &&
      (!nouns || nouns.has(foldWord(t.surface))),
  );
}

export const isVague = (word: string): boolean => NOT_A_NAME.test(word);

/** The stem of each practitioner statement's main verb: the first content word after the subject. */
export function mainVerbs(texts: readonly string[], terms: readonly ContentTerm[][]): Set<string> {
  const out = new Set<string>();
  texts.forEach((t, i) => SUBJECT.test(t.trim()) && terms[i]?.[0] && out.add(terms[i]![0]!.stem));
  return out;
}

// A form of such a verb ("sluit", "komen", "called"), not the noun of the same stem ("overleg", "plan").
const VERBAL = /(t|en|de|te|ed|s)$/;

// Role and placeholder words that pseudonymisation puts in name no aspect of the help.
const NOT_A_NAME =
  /^(cliënt|cliënte|cliënten|client|clients|betrokkene|familielid|relative|person|persoon|telefoonnummer|adres|e-mailadres|woonplaats|datum|organisatie|instelling|address|phone|email|town|date|organisation|ding|dingen|iets|keer|keren|hand|manier|kant|stuk|deel|eind|thing|things|way|time|times|hand|part|end)$/;

/**
 * Labels for sibling groups from their most characteristic terms: a stem scores by the share of the
 * group's items that contain it times how rare it is among the siblings (ln(1 + groups / groups with it)).
 * Stems are shown as the word most often written for them in the group. A group whose terms are weak (fewer
 * than two words shared by two or more of its items) gets "" so the caller can name it by a central item.
 * With `phrases`, a group whose items mostly share a main verb phrase is named by it (see `verbLabel`).
 */
export function termLabels(
  groups: readonly number[][],
  terms: readonly ContentTerm[][],
  lang: Lang,
  phrases?: readonly ItemPhrase[],
): string[] {
  const perGroup = groups.map((items) => {
    const share = new Map<string, number>();
    const surfaces = new Map<string, Map<string, number>>();
    for (const i of items) {
      const seen = new Set<string>();
      for (const t of terms[i] ?? []) {
        const forms = surfaces.get(t.stem) ?? new Map<string, number>();
        forms.set(t.surface, (forms.get(t.surface) ?? 0) + 1);
        surfaces.set(t.stem, forms);
        if (seen.has(t.stem)) continue;
        seen.add(t.stem);
        share.set(t.stem, (share.get(t.stem) ?? 0) + 1 / items.length);
      }
    }
    return { share, surfaces };
  });
  const groupsWith = new Map<string, number>();
  for (const g of perGroup) for (const s of g.share.keys()) groupsWith.set(s, (groupsWith.get(s) ?? 0) + 1);

  return perGroup.map((g, gi) => {
    const byVerb = phrases && verbLabel(groups[gi]!, phrases, lang, MAX_HEADING, isVague);
    if (byVerb) return byVerb;
    const { share, surfaces } = g;
    // In a group of several items, a word that only one item has does not name the group ("bus").
    const minShare = share.size && groups.length > 1 ? Math.min(...[...share.values()]) : 0;
    const shared = [...share].filter(([, sh]) => sh > minShare || sh >= 0.5);
    const n = groups[perGroup.indexOf(g)]!.length;
    if (n > 1 && shared.filter(([, sh]) => sh * n >= 1.5).length < 2) return '';
    const pool = shared.length >= 1 ? shared : [...share];
    const scored = pool.map(([stem, sh]) => ({
      stem,
      score: sh * Math.log(1 + groups.length / groupsWith.get(stem)!),
    }));
    scored.sort((a, b) => b.score - a.score || (a.stem < b.stem ? -1 : a.stem > b.stem ? 1 : 0));
    const words = scored.slice(0, MAX_TERMS).map(({ stem }) => {
      const forms = [...surfaces.get(stem)!].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
      return forms[0]![0];
    });
    while (words.length > 2 && joinWords(words, lang).length > MAX_HEADING) words.pop();
    return capitalise(joinWords(words, lang));
  });
}

/** An item's wording made into a short heading: without the practitioner as subject, at most 60 characters. */
export function shortWording(text: string): string {
  let s = text
    .trim()
    .replace(SUBJECT, '')
    .replace(/[.;:!?\s]+$/, '');
  if (s.length > MAX_LABEL) {
    const cut = s.lastIndexOf(' ', MAX_LABEL - 1);
    s = `${s.slice(0, cut > 20 ? cut : MAX_LABEL - 1).replace(/[,;:\s]+$/, '')}…`;
  }
  return capitalise(s) || text.trim() || '—';
}

/** An item as a heading: its activity in the method's form ("Afspraken maken met …"), else its wording. */
export function itemHeading(text: string, lang: Lang, lex?: Lexicon): string {
  return activityHeading(text, lang, MAX_HEADING, lex) ?? shortWording(text);
}

/**
 * The group's most central item: highest total similarity to the others (lowest index on ties). Computed
 * against the summed vector, as Σⱼ cos(i, j) = vᵢ · Σⱼ vⱼ for unit vectors, so it is linear in group size.
 */
export function centralItem(items: readonly number[], vectors: readonly SparseVector[]): number {
  const sum = new Map<number, number>();
  for (const i of items) {
    const v = vectors[i]!;
    v.ids.forEach((id, k) => sum.set(id, (sum.get(id) ?? 0) + v.weights[k]!));
  }
  let best = items[0]!;
  let bestScore = -Infinity;
  for (const i of items) {
    const v = vectors[i]!;
    let score = 0;
    v.ids.forEach((id, k) => (score += v.weights[k]! * sum.get(id)!));
    if (score > bestScore + 1e-12) {
      bestScore = score;
      best = i;
    }
  }
  return best;
}

const CLAUSE_START: Record<Lang, RegExp> = {
  nl: /\s(dat|of|wat|wie|hoe|waar|wanneer|waarom|omdat|zodat|als)\s/i,
  en: /\s(that|whether|if|what|who|how|where|when|why|because)\s/i,
};

/**
 * A cluster or sub-aspect name as a short noun phrase: a name cut off mid-sentence ("Uitleggen dat de
 * eigen nummer…") or running into a clause becomes the catalogue act most of its items name, else the
 * part before the clause; never a placeholder word.
 */
export function aspectName(label: string, texts: readonly string[], lang: Lang): string {
  const truncated = /…$/.test(label) || label.length > MAX_HEADING;
  const clause = CLAUSE_START[lang].exec(label);
  if (!truncated && !clause) return label;
  const act = commonActHeading(texts, lang);
  if (act) return act;
  const head = (clause ? label.slice(0, clause.index) : label).replace(/[\s,;:…]+$/, '');
  return head.split(/\s+/).length >= 2 || !clause ? head.replace(/…$/, '') : label.replace(/…$/, '');
}

/** A sub-aspect's name differs from its cluster's: else the act its items name, or the cluster's name numbered. */
export function distinctName(
  sub: string,
  cluster: string,
  texts: readonly string[],
  lang: Lang,
  n: number,
): string {
  if (sub.toLowerCase() !== cluster.toLowerCase()) return sub;
  const act = commonActHeading(texts, lang);
  if (act && act.toLowerCase() !== cluster.toLowerCase()) return act;
  return `${sub} (${n})`;
}
