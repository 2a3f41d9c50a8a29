import { describe, expect, it } from 'vitest';
import { clustersFromPhases, proposeClusters, type PhaseId } from '../../src/cluster';

const items: { text: string; phase: PhaseId }[] = [
  { text: 'De hulpverlener voert een kennismakingsgesprek met de cliënt.', phase: 'intake' },
  { text: 'De hulpverlener legt uit hoe het kennismakingsgesprek verloopt.', phase: 'intake' },
  { text: 'De hulpverlener vraagt toestemming voor het kennismakingsgesprek.', phase: 'intake' },
  { text: 'De hulpverlener brengt de schulden in kaart.', phase: 'analyse' },
  { text: 'De hulpverlener maakt een overzicht van de schulden en schuldeisers.', phase: 'analyse' },
  { text: 'De hulpverlener bespreekt de schulden met de schuldeisers.', phase: 'analyse' },
  { text: 'De hulpverlener maakt schriftelijke afspraken over de doelen.', phase: 'plan' },
  { text: 'De hulpverlener legt de afspraken over de doelen vast in het plan.', phase: 'plan' },
  { text: 'De hulpverlener onderhandelt met de cliënt over de doelen.', phase: 'plan' },
  {
    text: 'De hulpverlener evalueert of de doelen bereikt zijn en sluit het dossier af.',
    phase: 'afsluiting',
  },
  { text: 'De hulpverlener schrijft een eindverslag en sluit het dossier af.', phase: 'afsluiting' },
  {
    text: 'De hulpverlener informeert de verwijzer over het afsluiten van het dossier.',
    phase: 'afsluiting',
  },
];

const allIndexes = (clusters: ReturnType<typeof proposeClusters>) =>
  clusters.flatMap((c) => c.subAspects.flatMap((s) => s.itemIndexes)).sort((a, b) => a - b);

describe('proposeClusters', () => {
  it('numbers clusters 1, 2, … and their sub-aspects 1.1, 1.2, …', () => {
    const clusters = proposeClusters(items, { lang: 'nl' });
    clusters.forEach((c, i) => {
      expect(c.number).toBe(String(i + 1));
      c.subAspects.forEach((s, j) => expect(s.number).toBe(`${i + 1}.${j + 1}`));
    });
  });

  it('puts every item in exactly one cluster and one of its sub-aspects', () => {
    const clusters = proposeClusters(items, { lang: 'nl' });
    expect(allIndexes(clusters)).toEqual(items.map((_, i) => i));
    for (const c of clusters) {
      expect(c.subAspects.flatMap((s) => s.itemIndexes).sort((a, b) => a - b)).toEqual(c.itemIndexes);
    }
  });

  it('groups items about the same subject together', () => {
    const clusters = proposeClusters(items, { lang: 'nl' });
    const clusterOf = (i: number) => clusters.findIndex((c) => c.itemIndexes.includes(i));
    expect(clusterOf(0)).toBe(clusterOf(1));
    expect(clusterOf(3)).toBe(clusterOf(4));
    expect(clusterOf(10)).toBe(clusterOf(11));
    expect(clusterOf(0)).not.toBe(clusterOf(10));
  });

  it('labels clusters by their characteristic words and sub-aspects by a central wording', () => {
    const clusters = proposeClusters(items, { lang: 'nl' });
    for (const c of clusters) {
      expect(c.label.trim()).not.toBe('');
      for (const s of c.subAspects) expect(s.label.trim()).not.toBe('');
    }
    const intake = clusters.find((c) => c.itemIndexes.includes(0))!;
    expect(intake.label.toLowerCase()).toContain('kennismakingsgesprek');
    expect(intake.subAspects[0]!.label).not.toMatch(/^De hulpverlener/);
  });

  it('gives the same clusters for the same input', () => {
    expect(proposeClusters(items, { lang: 'nl' })).toEqual(
      proposeClusters(structuredClone(items), { lang: 'nl' }),
    );
  });

  it('returns no clusters for no items', () => {
    expect(proposeClusters([])).toEqual([]);
  });

  it('gives one item one cluster with one sub-aspect', () => {
    const clusters = proposeClusters([{ text: 'De hulpverlener belt de huisarts.' }]);
    expect(clusters).toHaveLength(1);
    expect(clusters[0]).toMatchObject({ number: '1', itemIndexes: [0] });
    expect(clusters[0]!.subAspects).toEqual([{ number: '1.1', label: 'Huisarts bellen', itemIndexes: [0] }]);
  });

  it('keeps identical items together instead of splitting them to reach a cluster count', () => {
    const same = Array.from({ length: 10 }, () => ({ text: 'De hulpverlener belt de huisarts.' }));
    const clusters = proposeClusters(same);
    expect(clusters).toHaveLength(1);
    expect(clusters[0]!.subAspects).toHaveLength(1);
    expect(clusters[0]!.itemIndexes).toHaveLength(10);
  });

  it('respects the maximum number of clusters', () => {
    expect(proposeClusters(items, { lang: 'nl', maxClusters: 2 }).length).toBeLessThanOrEqual(2);
  });

  it('clusters 1500 items into at most nine clusters (speed: npm run bench:extract)', () => {
    let s = 42;
    const rand = (n: number) => (s = (s * 16807) % 2147483647) % n;
    const vocab = Array.from({ length: 600 }, (_, i) => `woord${String.fromCharCode(97 + (i % 26))}${i}`);
    const phases: PhaseId[] = ['intake', 'analyse', 'plan', 'uitvoering', 'afsluiting'];
    const many = Array.from({ length: 1500 }, () => ({
      text: `De hulpverlener ${Array.from({ length: 4 + rand(4) }, () => vocab[rand(600)]).join(' ')}.`,
      phase: phases[rand(5)]!,
    }));
    const clusters = proposeClusters(many, { lang: 'nl' });
    expect(allIndexes(clusters)).toHaveLength(1500);
    expect(clusters.length).toBeLessThanOrEqual(9);
  });
});

describe('clustersFromPhases', () => {
  const phases = [
    { id: 'intake' as const, label: 'Aanmelding en kennismaking' },
    { id: 'analyse' as const, label: 'Probleemverheldering' },
    { id: 'plan' as const, label: 'Hulpverleningsplan en afspraken' },
    { id: 'uitvoering' as const, label: 'Uitvoering en begeleiding' },
    { id: 'afsluiting' as const, label: 'Evaluatie en afsluiting' },
  ];

  it('makes one cluster per phase with items, in phase order, labelled with the phase', () => {
    const clusters = clustersFromPhases(items, phases, { lang: 'nl' });
    expect(clusters.map((c) => [c.number, c.label])).toEqual([
      ['1', 'Aanmelding en kennismaking'],
      ['2', 'Probleemverheldering'],
      ['3', 'Hulpverleningsplan en afspraken'],
      ['4', 'Evaluatie en afsluiting'],
    ]);
    expect(clusters[0]!.itemIndexes).toEqual([0, 1, 2]);
  });

  it('splits each phase into numbered sub-aspects covering its items', () => {
    for (const c of clustersFromPhases(items, phases, { lang: 'nl' })) {
      expect(c.subAspects.length).toBeGreaterThan(0);
      c.subAspects.forEach((s, j) => expect(s.number).toBe(`${c.number}.${j + 1}`));
      expect(c.subAspects.flatMap((s) => s.itemIndexes).sort((a, b) => a - b)).toEqual(c.itemIndexes);
    }
  });

  it('collects items of unlisted phases in a last cluster', () => {
    const clusters = clustersFromPhases(items, phases.slice(0, 2), { lang: 'nl' });
    expect(clusters.map((c) => c.label)).toEqual([
      'Aanmelding en kennismaking',
      'Probleemverheldering',
      'Overig',
    ]);
    expect(clusters[2]!.itemIndexes).toHaveLength(6);
  });
});
