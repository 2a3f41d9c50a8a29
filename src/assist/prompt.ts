import type { Phase } from '../../db/schema';
import type { Lang } from '../domain';

/** Recorded in the audit log with every run, so a suggestion can be traced to the instructions it came from. */
export const PROMPT_VERSION = 'assist-1';

export interface ChatMessage {
  role: 'system' | 'user';
  content: string;
}

const INSTRUCTIONS = {
  nl: (phases: string) =>
    [
      'Je helpt een onderzoeker een professionele standaard op te stellen volgens de methode van Oostrik.',
      'Lees de casusbeschrijving van een hulpverlener. Noem wat de hulpverlener concreet doet, als algemene',
      'gedragsbeschrijving in de derde persoon en de tegenwoordige tijd, beginnend met "De hulpverlener".',
      'Geen ik/wij/je-vormen, geen vragen, geen namen of plaatsvervangers zoals [PERSOON 2], hoogstens 30 woorden.',
      `Kies per uitspraak één fase: ${phases}.`,
      'Geef bij elke uitspraak het bewijs: een letterlijk citaat uit de casus met begin- en eindpositie',
      '(tekenposities, eind exclusief).',
      'Antwoord alleen met JSON in deze vorm:',
      '{"statements":[{"text":"De hulpverlener ...","phase":"intake","evidence":[{"quote":"...","start":0,"end":10}]}]}',
    ].join(' '),
  en: (phases: string) =>
    [
      'You help a researcher develop a professional standard after the method of Oostrik.',
      "Read the practitioner's case description. Name what the practitioner concretely does, as a general",
      'behavioural statement in the third person and present tense, starting with "The practitioner".',
      'No I/we/you forms, no questions, no names or placeholders such as [PERSON 2], at most 30 words.',
      `Choose one phase per statement: ${phases}.`,
      'Give evidence for each statement: a verbatim quote from the case with its start and end position',
      '(character offsets, end exclusive).',
      'Answer with JSON only, in this form:',
      '{"statements":[{"text":"The practitioner ...","phase":"intake","evidence":[{"quote":"...","start":0,"end":10}]}]}',
    ].join(' '),
};

/** The messages for one case: the instructions, then the (already pseudonymised) case text alone. */
export function assistMessages(caseText: string, lang: Lang, phases: readonly Phase[]): ChatMessage[] {
  const list = phases.map((p) => `${p.id} (${p.label})`).join(', ');
  return [
    { role: 'system', content: INSTRUCTIONS[lang](list) },
    { role: 'user', content: caseText },
  ];
}
