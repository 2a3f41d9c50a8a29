import { describe, expect, it } from 'vitest';
import { mergeActivities, type ActivityInput, type PhaseId } from '../../src/cluster';

const act = (caseId: number, text: string, phase: PhaseId = 'plan', start = 0): ActivityInput => ({
  caseId,
  text,
  phase,
  evidence: [{ start, end: start + text.length }],
});

describe('mergeActivities', () => {
  const acts = [
    act(1, 'De hulpverlener maakt met de cliënt afspraken over de aflossing.', 'plan', 10),
    act(2, 'De hulpverlener maakt afspraken met de cliënt over de aflossing van de schulden.', 'plan', 40),
    act(3, 'De hulpverlener maakt met de cliënt afspraken over de aflossing.', 'uitvoering', 5),
    act(3, 'De hulpverlener belt de huisarts.', 'analyse', 80),
    act(2, 'De hulpverlener maakt met de cliënt afspraken over de aflossing.', 'plan', 120),
  ];

  it('merges near-duplicate wordings from different cases into one item that keeps all evidence', () => {
    const items = mergeActivities(acts, { lang: 'nl' });
    const agreement = items.find((i) => i.text.includes('aflossing'))!;
    expect(agreement.evidence).toHaveLength(4);
    expect(agreement.evidence).toContainEqual({ caseId: 2, start: 40, end: 40 + acts[1]!.text.length });
    expect(agreement.evidence.map((e) => e.caseId).sort()).toEqual([1, 2, 2, 3]);
  });

  it('counts distinct cases, not activities', () => {
    const agreement = mergeActivities(acts, { lang: 'nl' }).find((i) => i.text.includes('aflossing'))!;
    expect(agreement.caseCount).toBe(3);
  });

  it('takes the most frequent wording as the text and lists every variant', () => {
    const agreement = mergeActivities(acts, { lang: 'nl' }).find((i) => i.text.includes('aflossing'))!;
    expect(agreement.text).toBe('De hulpverlener maakt met de cliënt afspraken over de aflossing.');
    expect(agreement.variants).toEqual([agreement.text, acts[1]!.text]);
  });

  it('gives the item the phase most of its activities were found in', () => {
    const agreement = mergeActivities(acts, { lang: 'nl' }).find((i) => i.text.includes('aflossing'))!;
    expect(agreement.phase).toBe('plan');
  });

  it('keeps unrelated activities apart', () => {
    const items = mergeActivities(acts, { lang: 'nl' });
    expect(items).toHaveLength(2);
    const call = items.find((i) => i.text.includes('huisarts'))!;
    expect(call.caseCount).toBe(1);
    expect(call.evidence).toEqual([
      { caseId: 3, start: 80, end: 80 + 'De hulpverlener belt de huisarts.'.length },
    ]);
  });

  it('keeps activities apart that share only a general word', () => {
    const items = mergeActivities(
      [
        act(1, 'De hulpverlener stelt met de cliënt de doelen vast.'),
        act(2, 'De hulpverlener evalueert met de cliënt of de doelen bereikt zijn.', 'afsluiting'),
      ],
      { lang: 'nl' },
    );
    expect(items).toHaveLength(2);
  });

  it('does not let a wording with a single content word absorb wordings that say more', () => {
    const items = mergeActivities(
      [
        act(1, 'De hulpverlener bespreekt met de cliënt wie wat zal doen.'),
        act(2, 'De hulpverlener bespreekt met de cliënt wat haalbaar is.'),
        act(3, 'De hulpverlener bespreekt met de cliënt wie wat zal doen.'),
      ],
      { lang: 'nl' },
    );
    expect(items.map((i) => i.caseCount)).toEqual([2, 1]);
  });

  it('merges English wordings too and orders items by phase', () => {
    const items = mergeActivities([
      act(1, 'The practitioner calls the GP.', 'uitvoering'),
      act(2, "The practitioner calls the client's GP.", 'uitvoering'),
      act(2, 'The practitioner welcomes the client at the first meeting.', 'intake'),
    ]);
    expect(items.map((i) => i.phase)).toEqual(['intake', 'uitvoering']);
    expect(items[1]!.caseCount).toBe(2);
  });

  it('merges more when the threshold is lower', () => {
    const pair = [act(1, 'De hulpverlener belt de huisarts.'), act(2, 'De hulpverlener belt de school.')];
    expect(mergeActivities(pair, { lang: 'nl' })).toHaveLength(2);
    expect(mergeActivities(pair, { lang: 'nl', threshold: 0.2 })).toHaveLength(1);
  });

  it('returns nothing for no activities', () => {
    expect(mergeActivities([])).toEqual([]);
  });

  it('merges 5000 activities of 500 cases, each kept as evidence (speed: npm run bench:extract)', () => {
    const verbs = ['belt', 'bespreekt', 'plant', 'evalueert', 'schrijft', 'regelt', 'bezoekt', 'informeert'];
    const objects = ['de huisarts', 'de schulden', 'een huisbezoek', 'de doelen', 'een brief', 'de toeslag'];
    const extra = ['', ' met spoed', ' opnieuw', ' schriftelijk', ' in overleg', ' na afloop'];
    const many: ActivityInput[] = [];
    for (let c = 0; c < 500; c++)
      for (let a = 0; a < 10; a++) {
        const k = c * 10 + a;
        const text = `De hulpverlener ${verbs[k % 8]} ${objects[(k * 7) % 6]}${extra[(k * 13) % 6]} bij adres${k % 1500}.`;
        many.push(act(c, text, 'uitvoering'));
      }
    const items = mergeActivities(many, { lang: 'nl' });
    expect(items.reduce((sum, i) => sum + i.evidence.length, 0)).toBe(5000);
  });
});
