import { describe, expect, it } from 'vitest';
import { pseudonymizeCase } from '../../src/cases/pseudonymize-choices';
import { pseudonymizedMeta } from '../../src/cases/pseudonymize-meta';

const meta = {
  title: 'Gesprek met mevrouw Jansen',
  sourceType: 'verslag' as const,
  practitioner: 'Karel de Vries',
  phaseTags: ['intake'],
  caseDate: '2026-03-01',
};

describe('pseudonymizedMeta', () => {
  it('gives a person in the title the placeholder the stored text gives them', () => {
    const res = pseudonymizeCase({
      original: 'Ik sprak mevrouw Jansen. Meneer Bakker belde ook.',
      names: [],
      lang: 'nl',
      scope: 'test',
    });
    const clean = pseudonymizedMeta(meta, [], 'nl', { text: res.text, chosen: res.chosen });
    const label = /mevrouw (\[[^\]]+\])/.exec(res.text)![1]!;
    expect(clean.title).toBe(`Gesprek met mevrouw ${label}`);
    expect(clean.title).not.toContain('Jansen');
  });

  it('numbers a new person in the practitioner field after the title, so the two never share a label', () => {
    const clean = pseudonymizedMeta({ ...meta, title: 'Meneer Pietersen belt' }, [], 'nl', {
      text: 'Ik sprak de cliënt.',
    });
    const inTitle = /\[[^\]]+\]/.exec(clean.title)?.[0];
    const inPractitioner = /\[[^\]]+\]/.exec(clean.practitioner)?.[0];
    expect(inTitle).toBeDefined();
    expect(inPractitioner).toBeDefined();
    expect(inPractitioner).not.toBe(inTitle);
  });

  it('keeps the other metadata as it was', () => {
    const clean = pseudonymizedMeta(meta, [], 'nl', { text: '' });
    expect([clean.sourceType, clean.phaseTags, clean.caseDate]).toEqual([
      'verslag',
      ['intake'],
      '2026-03-01',
    ]);
  });
});
