import { describe, expect, it } from 'vitest';
import { addedWords } from '../../../db/rounds/process-view';

describe('addedWords', () => {
  it('marks the words a rewording adds and keeps the words it shares with the frozen wording', () => {
    expect(
      addedWords('De hulpverlener maakt een plan.', 'De hulpverlener maakt samen met de cliënt een plan'),
    ).toEqual([
      { text: 'De hulpverlener maakt', added: false },
      { text: 'samen met de cliënt', added: true },
      { text: 'een plan', added: false },
    ]);
  });

  it('ignores case and a final punctuation mark when comparing words, and leaves deleted words out', () => {
    expect(addedWords('Bespreekt het plan met de cliënt.', 'bespreekt het plan.')).toEqual([
      { text: 'bespreekt het plan.', added: false },
    ]);
  });

  it('marks a whole new wording as added', () => {
    expect(addedWords('Belt de huisarts', 'Schrijft een brief')).toEqual([
      { text: 'Schrijft een brief', added: true },
    ]);
  });
});
