/**
 * Signs that a draft item still reads like the case rather than like a standard: a pseudonym placeholder,
 * a first- or second-person form, a direct question, or more than 30 words. Pure: text in, flags out.
 */
export type ItemFlag = 'placeholder' | 'person' | 'question' | 'long';

export const MAX_WORDS = 30;

// Placeholders the pseudonymiser writes ("[PERSOON 2]", "[ADRES]", "[CLIENT 1]").
const PLACEHOLDER = /\[[\p{Lu}\p{N} .-]{2,40}\]/u;

// First and second person in Dutch and English. "I" only as a capital, so the Dutch "i" of lists stays out.
const PERSON_NL = new Set(
  'ik me mij mezelf mijzelf mijn m’n we wij ons onze onszelf je jij jou jouw jezelf jullie u uw uzelf'.split(
    ' ',
  ),
);
const PERSON_EN = new Set(
  'me my mine myself we us our ours ourselves you your yours yourself yourselves'.split(' '),
);

// Direct word order after a question word: "hoe is dat nu", "what do you need" (the indirect question puts
// the subject first: "vraagt hoe het nu gaat").
const DIRECT_NL =
  /(?<![\p{L}])(?:hoe|wat|waar|wanneer|waarom|wie|welke|hoeveel)\s+(?:is|zijn|was|waren|gaat|gaan|ging|vind|vindt|heb|hebt|heeft|hebben|kan|kun|kunt|kunnen|wil|wilt|willen|moet|moeten|doe|doet|doen|ga|zou|zal|zit|weet)\s+(?:het|dat|dit|je|jij|u|we|wij|jullie|ze|zij|hij|er|de|het)\b/iu;
const DIRECT_EN =
  /(?<![\p{L}])(?:how|what|where|when|why|who|which)\s+(?:is|are|was|were|do|does|did|can|could|would|will|should|have|has)\s+(?:it|that|this|you|we|they|he|she|there|the)\b/iu;

const words = (text: string): string[] => text.split(/[^\p{L}\p{N}’'-]+/u).filter(Boolean);

// "you're", "I'm", "we've": the part before the apostrophe is the pronoun.
function isPersonForm(word: string): boolean {
  const head = word.split(/['’]/)[0] ?? word;
  const forms = [word, head];
  return forms.some((w) => w === 'I' || PERSON_NL.has(w.toLowerCase()) || PERSON_EN.has(w.toLowerCase()));
}

/** The flags of one item's wording, in a fixed order. */
export function itemFlags(text: string): ItemFlag[] {
  const flags: ItemFlag[] = [];
  const ws = words(text);
  if (PLACEHOLDER.test(text)) flags.push('placeholder');
  if (ws.some(isPersonForm)) flags.push('person');
  if (text.includes('?') || DIRECT_NL.test(text) || DIRECT_EN.test(text)) flags.push('question');
  if (ws.length > MAX_WORDS) flags.push('long');
  return flags;
}
