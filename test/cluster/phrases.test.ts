import { describe, expect, it } from 'vitest';
import { proposeClusters } from '../../src/cluster';
import { MAX_HEADING } from '../../src/cluster/labels';
import { lexicon } from '../../src/cluster/parse';
import { activityHeading } from '../../src/cluster/phrases';
import { dutchInfinitive, englishGerund } from '../../src/cluster/words';

describe('which words are nouns', () => {
  const texts = [
    'De hulpverlener maakt afspraken over de aflossing.',
    'De hulpverlener vindt het ernstig dat de cliënt het vertelt.',
    'De hulpverlener maakt een overzicht van de vaste lasten.',
    'De hulpverlener vraagt naar de intern begeleider.',
    'De hulpverlener legt uit wat vertrouwelijk blijft.',
  ];
  const { nouns } = lexicon(texts, 'nl');

  it('counts words after an article or preposition and bare objects as nouns', () => {
    for (const w of ['afspraken', 'aflossing', 'overzicht', 'lasten', 'begeleider'])
      expect(nouns).toContain(w);
  });

  it('does not count main verbs, verbs ending a subordinate clause, or adjectives', () => {
    for (const w of ['maakt', 'vraagt', 'vertelt', 'ernstig', 'vaste', 'intern', 'vertrouwelijk']) {
      expect(nouns).not.toContain(w);
    }
  });
});

describe('verb forms for headings', () => {
  it('makes Dutch infinitives of present-tense forms', () => {
    const pairs = {
      vraagt: 'vragen',
      legt: 'leggen',
      neemt: 'nemen',
      verwijst: 'verwijzen',
      schrijft: 'schrijven',
    };
    for (const [form, inf] of Object.entries(pairs)) expect(dutchInfinitive(form)).toBe(inf);
    expect(dutchInfinitive('sluit')).toBe('sluiten');
    expect(dutchInfinitive('evalueert')).toBe('evalueren');
  });

  it('makes English gerunds of present-tense forms', () => {
    const pairs = {
      asks: 'asking',
      makes: 'making',
      discusses: 'discussing',
      tries: 'trying',
      sets: 'setting',
    };
    for (const [form, ger] of Object.entries(pairs)) expect(englishGerund(form)).toBe(ger);
  });
});

describe('an item as a heading', () => {
  it('puts the Dutch verb as infinitive behind its object, with its particle', () => {
    expect(activityHeading('De hulpverlener legt de privacyregels uit.', 'nl', 45)).toBe(
      'Privacyregels uitleggen',
    );
    expect(activityHeading('De hulpverlener neemt contact op met de huisarts.', 'nl', 45)).toBe(
      'Contact opnemen met de huisarts',
    );
    expect(activityHeading('De hulpverlener vraagt naar de schulden.', 'nl', 45)).toBe(
      'Vragen naar de schulden',
    );
  });

  it('keeps the client, drops the role word before another object', () => {
    expect(activityHeading('De hulpverlener vraagt de cliënt of het lukt.', 'nl', 45)).toMatch(
      /^De cliënt vragen/,
    );
    expect(activityHeading('De hulpverlener geeft de cliënt informatie over de buurt.', 'nl', 45)).toBe(
      'Informatie geven over de buurt',
    );
  });

  it('keeps an auxiliary that changes the meaning and drops the others', () => {
    expect(activityHeading('De hulpverlener laat het plan ondertekenen.', 'nl', 45)).toBe(
      'Plan laten ondertekenen',
    );
    expect(activityHeading('De hulpverlener kan met de cliënt meegaan.', 'nl', 45)).toBe(
      'Met de cliënt meegaan',
    );
  });

  it('uses the gerund in English', () => {
    expect(activityHeading('The practitioner asks about the children.', 'en', 45)).toBe(
      'Asking about the children',
    );
    expect(activityHeading('The practitioner will call the GP.', 'en', 45)).toBe('Calling the GP');
  });

  it('cuts a long heading at a word, without a dangling article or preposition', () => {
    const h = activityHeading(
      'De hulpverlener vraagt naar de schulden van het gezin bij de gemeente en de woningcorporatie.',
      'nl',
      45,
    )!;
    expect(h.length).toBeLessThanOrEqual(46);
    expect(h).toMatch(/^Vragen naar de schulden/);
    expect(h).not.toMatch(/\b(de|het|bij|en)…$/);
  });
});

describe('group labels from what the items do', () => {
  it('names a group by its shared verb phrase and the nouns it is about', () => {
    const items = [
      'De hulpverlener neemt contact op met de huisarts over de medicatie.',
      'De hulpverlener neemt contact op met het wijkteam.',
      'De hulpverlener neemt contact op met de huisarts.',
      'De hulpverlener neemt telefonisch contact op met het wijkteam.',
    ].map((text) => ({ text }));
    expect(proposeClusters(items, { lang: 'nl', maxClusters: 1 })[0]!.label).toBe(
      'Contact opnemen met huisarts en wijkteam',
    );
  });

  it('does the same for English items', () => {
    const items = [
      'The practitioner makes agreements with the landlord about the arrears.',
      'The practitioner makes agreements with the landlord about the rent.',
      'The practitioner makes agreements about the budget.',
    ].map((text) => ({ text }));
    expect(proposeClusters(items, { lang: 'en', maxClusters: 1 })[0]!.label).toBe(
      'Making agreements with landlord',
    );
  });

  it('names a group by nouns only, never by verbs or adjectives', () => {
    const items = [
      'De hulpverlener bespreekt het budget en vindt het haalbaar.',
      'De hulpverlener vraagt naar het budget en de schulden.',
      'De hulpverlener legt uit dat de schulden en het budget ernstig zijn.',
      'De hulpverlener evalueert het plan en de doelen.',
      'De hulpverlener schrijft het plan en de doelen op.',
      'De hulpverlener ondertekent het plan met de doelen.',
    ].map((text) => ({ text }));
    const labels = proposeClusters(items, { lang: 'nl', maxClusters: 2 }).map((c) => c.label);
    expect(labels.join(' ')).not.toMatch(/haalbaar|ernstig|vindt|vraagt|legt/i);
    expect(labels.join(' ')).toMatch(/budget/i);
    for (const l of labels) expect(l.length).toBeLessThanOrEqual(MAX_HEADING);
  });
});
