import { defineTexts } from './define';

/** Flags on draft items that still look broken, and the filter that shows only those. */
export const draftCheck = defineTexts(
  {
    label: 'Te controleren:',
    placeholder: 'bevat een pseudoniem zoals [PERSOON 2]',
    person: 'bevat een ik-, wij- of je-vorm',
    question: 'bevat een directe vraag',
    long: 'langer dan 30 woorden',
    filterOnly: 'Alleen te controleren',
    filterAll: 'Alle items tonen',
    count: (n: number) => (n === 1 ? '1 item te controleren' : `${n} items te controleren`),
    none: 'Geen items te controleren.',
    showing: 'Alleen items die nog te controleren zijn worden getoond.',
  },
  {
    label: 'To check:',
    placeholder: 'contains a pseudonym such as [PERSON 2]',
    person: 'contains an I, we or you form',
    question: 'contains a direct question',
    long: 'longer than 30 words',
    filterOnly: 'Only to check',
    filterAll: 'Show all items',
    count: (n: number) => (n === 1 ? '1 item to check' : `${n} items to check`),
    none: 'No items to check.',
    showing: 'Only items that still need checking are shown.',
  },
);
