import { describe, expect, it } from 'vitest';
import { proposeNew, type ActivityInput } from '../../src/cluster';

const act = (caseId: number, text: string, start = 0): ActivityInput => ({
  caseId,
  text,
  phase: 'plan',
  evidence: [{ start, end: start + 10 }],
});

describe('proposeNew', () => {
  const existing = [
    { id: 7, text: 'De hulpverlener maakt met de cliënt afspraken over de aflossing.' },
    { id: 9, text: 'De hulpverlener belt de huisarts.' },
  ];
  const acts = [
    act(11, 'De hulpverlener maakt afspraken met de cliënt over de aflossing van schulden.', 30),
    act(12, 'De hulpverlener stelt samen met de cliënt een weekplanning op.', 5),
    act(13, 'De hulpverlener stelt met de cliënt een nieuwe weekplanning op.', 50),
    act(12, 'De hulpverlener maakt met de cliënt afspraken over de aflossing.', 70),
  ];

  it('attaches activities like an existing item to it as new evidence, with their case', () => {
    const { newEvidence } = proposeNew(existing, acts, { lang: 'nl' });
    expect(newEvidence).toEqual([
      {
        itemId: 7,
        evidence: [
          { caseId: 11, start: 30, end: 40 },
          { caseId: 12, start: 70, end: 80 },
        ],
      },
    ]);
  });

  it('never changes the existing items', () => {
    const before = structuredClone(existing);
    const { newItems } = proposeNew(existing, acts, { lang: 'nl' });
    expect(existing).toEqual(before);
    expect(newItems.map((i) => i.text)).not.toContain(existing[0]!.text);
  });

  it('merges the remaining activities into new suggested items', () => {
    const { newItems } = proposeNew(existing, acts, { lang: 'nl' });
    expect(newItems).toHaveLength(1);
    expect(newItems[0]!.text).toContain('weekplanning');
    expect(newItems[0]!.caseCount).toBe(2);
  });

  it('suggests everything as new when there are no items yet', () => {
    const { newItems, newEvidence } = proposeNew([], acts, { lang: 'nl' });
    expect(newEvidence).toEqual([]);
    expect(newItems.reduce((n, i) => n + i.evidence.length, 0)).toBe(acts.length);
  });
});
