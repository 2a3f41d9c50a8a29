import { describe, expect, it } from 'vitest';
import { planStandard, type DecidedItem } from '../../src/standard';
import { SCALE_1_9 } from '../../src/stats';

const decided = (
  refId: number,
  cluster: string,
  sub: string | null,
  imp: number | null,
  freq: number | null,
): DecidedItem => ({
  refId,
  text: `De hulpverlener doet ${refId}.`,
  phaseId: 'plan',
  clusterNumber: cluster ? cluster.split(' ')[0]! : '',
  clusterLabel: cluster ? cluster.split(' ').slice(1).join(' ') : '',
  subAspectNumber: sub ? sub.split(' ')[0]! : null,
  subAspectLabel: sub ? sub.split(' ').slice(1).join(' ') : null,
  position: refId,
  importanceMedian: imp,
  frequencyMedian: freq,
});
const labels = { general: 'Algemeen', unclustered: 'Overige handelingen' };

describe('planStandard', () => {
  it('groups items by cluster and sub-aspect in the order of their numbers', () => {
    const plan = planStandard(
      [
        decided(3, '2 Afspraken', null, 8, 4),
        decided(1, '1 Contact', '1.2 Hulpvraag', 8, 4),
        decided(2, '1 Contact', '1.1 Aanmelding', 8, 4),
      ],
      SCALE_1_9,
      labels,
    );
    expect(plan.map((c) => [c.label, c.subAspects.map((s) => s.label)])).toEqual([
      ['Contact', ['Aanmelding', 'Hulpvraag']],
      ['Afspraken', ['Algemeen']],
    ]);
  });

  it('puts unclustered items in a last cluster', () => {
    const plan = planStandard(
      [decided(1, '', null, 8, 4), decided(2, '1 Contact', null, 8, 4)],
      SCALE_1_9,
      labels,
    );
    expect(plan.map((c) => c.label)).toEqual(['Contact', 'Overige handelingen']);
  });

  it('computes criticality and the 2×2 class from the medians', () => {
    const [c] = planStandard(
      [
        decided(1, '1 A', null, 8, 4),
        decided(2, '1 A', null, 8, 2),
        decided(3, '1 A', null, 5, 4),
        decided(4, '1 A', null, 5, 1),
        decided(5, '1 A', null, null, 3),
      ],
      SCALE_1_9,
      labels,
    );
    expect(c!.subAspects[0]!.items.map((x) => [x.criticality, x.criticalityClass])).toEqual([
      [32, 'core'],
      [16, 'critical'],
      [20, 'optional'],
      [5, 'drop'],
      [null, null],
    ]);
  });

  it('derives item lineages from the draft item, so the same item keeps its identity', () => {
    const [c] = planStandard([decided(42, '1 A', null, 8, 4)], SCALE_1_9, labels);
    expect(c!.subAspects[0]!.items[0]!.lineage).toBe('item-42');
  });
});
