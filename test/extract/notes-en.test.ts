import { describe, expect, it } from 'vitest';
import { extractActivities } from '../../src/extract';

const notes = (body: string) =>
  extractActivities(`Case notes – Mr Patel\n${body}`, { lang: 'en', sourceType: 'dossier' });

describe('English file notes without a subject', () => {
  it('reads a note opening with a past verb as the practitioner acting', () => {
    const out = notes('03/04: Rang his landlord about the repairs. Went through the budget with him.');
    expect(out.map((a) => a.text)).toEqual([
      "The practitioner contacts the client's landlord about the repairs.",
      'The practitioner goes through the budget with the client.',
    ]);
  });

  it('reads a noun with a participle as the practitioner acting on that thing', () => {
    const out = notes('05/04: Referral form signed with him.\n06/04: File closed.');
    expect(out.map((a) => a.text)).toEqual([
      'The practitioner signs the referral form with the client.',
      'The practitioner closes the file.',
    ]);
    // Two short acts on one note line are one act of that day.
    expect(notes('05/04: Referral form signed with him. File closed.').map((a) => a.text)).toEqual([
      'The practitioner signs the referral form with the client and closes the file.',
    ]);
  });

  it('leaves out notes in which someone else acts', () => {
    const out = notes('06/04: Housing officer visited the flat. Son phoned, worried; he wants a meeting.');
    expect(out).toEqual([]);
  });

  it('cites the items after a colon but keeps them out of the wording', () => {
    const text = 'Case notes\n07/04: Plan agreed with him: two visits a week, a bus pass.';
    const [a] = extractActivities(text, { lang: 'en', sourceType: 'dossier' });
    expect(a!.text).toBe('The practitioner agrees the plan with the client.');
    expect(text.slice(a!.evidence[0]!.start, a!.evidence[0]!.end)).toBe(
      'Plan agreed with him: two visits a week, a bus pass',
    );
  });

  it('reads "her" before an adverb or a following clause as the person, not a possessive', () => {
    const out = notes('08/04: Asked her what she needs now. Wrote to her explaining how to appeal.');
    expect(out.map((a) => a.text)).toEqual([
      'The practitioner asks the client what the client needs now.',
      'The practitioner writes to the client explaining how to appeal.',
    ]);
  });
});

describe('articles in English file notes', () => {
  it('gives a bare noun phrase moved after its verb, and a bare role after a preposition, their article', () => {
    expect(notes('06/04: File closed.').map((a) => a.text)).toEqual(['The practitioner closes the file.']);
    expect(notes('07/04: Care Act assessment started.').map((a) => a.text)).toEqual([
      'The practitioner starts the Care Act assessment.',
    ]);
    expect(notes('08/04: Spoke to OT about a home visit.').map((a) => a.text)).toEqual([
      'The practitioner speaks to the OT about a home visit.',
    ]);
    expect(notes('09/04: Carers arranged.').map((a) => a.text)).toEqual([
      'The practitioner arranges carers.',
    ]);
  });
});
