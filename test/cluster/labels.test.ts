import { describe, expect, it } from 'vitest';
import { contentTerms } from '../../src/text';
import {
  aspectName,
  distinctName,
  isVague,
  labelTerms,
  mainVerbs,
  termLabels,
} from '../../src/cluster/labels';

const texts = [
  'De hulpverlener sluit het dossier af na een evaluatie met de cliënt.',
  'De hulpverlener evalueert het plan en vraagt of de betrokkene sluit.',
  'De hulpverlener bespreekt met de cliënt de dingen van het dossier.',
];
const terms = texts.map((t) => contentTerms(t, 'nl'));

describe('terms that name a group', () => {
  it('leaves out forms of a verb used elsewhere as a main verb, but keeps its noun', () => {
    const verbs = mainVerbs(texts, terms);
    const words = labelTerms(texts[1]!, terms[1]!, verbs).map((t) => t.surface);
    expect(words).not.toContain('sluit');
    expect(words).toContain('plan');
  });

  it('leaves out the role words of pseudonymisation and vague nouns', () => {
    const words = [1, 2].flatMap((i) => labelTerms(texts[i]!, terms[i]!).map((t) => t.surface));
    expect(words).not.toContain('betrokkene');
    expect(words).not.toContain('dingen');
    expect(words).toContain('dossier');
  });
});

describe('group labels', () => {
  const t = (s: string) => contentTerms(s, 'nl');

  it('names a group by words several of its items share', () => {
    const all = [
      t('schulden overzicht schuldeisers'),
      t('schulden overzicht budget'),
      t('afspraken doelen plan'),
      t('afspraken doelen evaluatie'),
    ];
    const labels = termLabels(
      [
        [0, 1],
        [2, 3],
      ],
      all,
      'nl',
    );
    expect(labels[0]).toMatch(/schulden/i);
    expect(labels[0]).toMatch(/overzicht/i);
  });

  it('gives no label when fewer than two words are shared, so the group is named by its central item', () => {
    const all = [t('schulden overzicht'), t('schulden brief'), t('plan doelen'), t('plan doelen')];
    expect(
      termLabels(
        [
          [0, 1],
          [2, 3],
        ],
        all,
        'nl',
      )[0],
    ).toBe('');
  });
});

describe('cluster names as short noun phrases (issue 12)', () => {
  it('never names a cluster by a sentence cut off mid-clause', () => {
    const texts = [
      'De hulpverlener legt uit dat de cliënt altijd kan bellen en wat vertrouwelijk blijft.',
      'De hulpverlener legt uit wat het maatschappelijk werk doet en wat vertrouwelijk blijft.',
    ];
    expect(aspectName('Uitleggen dat de eigen nummer…', texts, 'nl')).toBe(
      'Werkwijze en vertrouwelijkheid uitleggen',
    );
    expect(aspectName('De cliënt vragen of de cliënt liever apart…', ['x', 'y'], 'nl')).toBe(
      'De cliënt vragen',
    );
    expect(aspectName('Afspraken vastleggen', texts, 'nl')).toBe('Afspraken vastleggen');
  });

  it('never gives a sub-aspect the name of its cluster', () => {
    const texts = [
      'De hulpverlener spreekt met de cliënt af wie belt.',
      'De hulpverlener spreekt met de ouders af wanneer zij komen.',
    ];
    expect(distinctName('Plan maken', 'Plan maken', texts, 'nl', 1)).toBe('Afspraken maken');
    expect(distinctName('Plan maken', 'Contact leggen', texts, 'nl', 1)).toBe('Plan maken');
  });

  it('never uses a placeholder word as a theme', () => {
    expect(isVague('telefoonnummer')).toBe(true);
    expect(isVague('adres')).toBe(true);
  });
});
