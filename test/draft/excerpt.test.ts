import { describe, expect, it } from 'vitest';
import { excerpt } from '../../src/draft/excerpt';

const TEXT =
  'Mevrouw kwam binnen. Ze was boos. Ik heb de energieleverancier gebeld. Dat lukte. Daarna ging ze naar huis. Einde.';

describe('excerpt', () => {
  it('shows the marked span with the sentence before and after it', () => {
    const start = TEXT.indexOf('Ik heb');
    const x = excerpt(TEXT, start, TEXT.indexOf(' gebeld') + 7);
    expect(x.marked).toBe('Ik heb de energieleverancier gebeld');
    expect(x.before).toBe('Ze was boos. ');
    expect(x.after).toBe('. Dat lukte.');
    expect(x.cutBefore).toBe(true);
    expect(x.cutAfter).toBe(true);
  });

  it('does not reach across a blank line', () => {
    const text = 'Kop van het verslag\n\nIk heb gebeld. Daarna niets.\n\nVolgende alinea.';
    const s = text.indexOf('Ik heb');
    const x = excerpt(text, s, s + 'Ik heb gebeld.'.length);
    expect(x.before).toBe('');
    expect(x.after).toBe(' Daarna niets.');
  });

  it('keeps out-of-range spans inside the text', () => {
    const x = excerpt('Kort.', 2, 99);
    expect(x.marked).toBe('rt.');
    expect(x.cutAfter).toBe(false);
  });
});
