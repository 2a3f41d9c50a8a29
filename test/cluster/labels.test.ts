import { describe, expect, it } from 'vitest';
import { contentTerms } from '../../src/text';
import { labelTerms, mainVerbs, termLabels } from '../../src/cluster/labels';

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
