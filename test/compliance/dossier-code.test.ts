import { describe, expect, it } from 'vitest';
import { assignReviewers, personalDataIn } from '../../src/compliance';

describe('personalDataIn', () => {
  it('accepts meaningless reference codes', () => {
    for (const code of ['D-2024-031', 'AMW-17', 'dossier 3', 'A12', 'G-7'])
      expect(personalDataIn(code), code).toBeNull();
  });

  it('flags names, BSNs and dates of birth', () => {
    expect(personalDataIn('Jan de Vries')).toBe('name');
    expect(personalDataIn('Jansen 3')).toBe('name');
    expect(personalDataIn('123456782')).toBe('bsn');
    expect(personalDataIn('123 456 782')).toBe('bsn');
    expect(personalDataIn('12-03-1987')).toBe('birthdate');
    expect(personalDataIn('3 mei 1980')).toBe('birthdate');
    expect(personalDataIn('12031987')).toBe('birthdate');
  });
});

describe('assignReviewers', () => {
  it('lets pairs review each other and an odd group end in a rotating trio', () => {
    expect(assignReviewers(4, 'pairs')).toEqual([
      [1, 0],
      [0, 1],
      [3, 2],
      [2, 3],
    ]);
    const five = assignReviewers(5, 'pairs');
    expect(five).toHaveLength(5);
    expect(new Set(five.map(([, p]) => p)).size).toBe(5);
    expect(five.every(([r, p]) => r !== p)).toBe(true);
  });

  it('rotates roles so each practitioner gets the next colleagues as reviewers', () => {
    expect(assignReviewers(3, 'rotating', 2)).toEqual([
      [1, 0],
      [2, 0],
      [2, 1],
      [0, 1],
      [0, 2],
      [1, 2],
    ]);
  });
});
