import { describe, expect, it } from 'vitest';
import { auditSummary } from '../../src/studies/audit-summary';

describe("the audit log's summary in the reader's language", () => {
  it('names standard versions in the reader’s language, whatever language they were logged in', () => {
    const copy = { action: 'standard.copy', summary: 'Versie 1 → Versie 2', after: null };
    expect(auditSummary(copy, 'en')).toBe('Version 1 → Version 2');
    expect(auditSummary({ ...copy, action: 'standard.adopt', summary: 'Version 3' }, 'nl')).toBe('Versie 3');
  });

  it('words an override from its data, not the codes of the stored summary', () => {
    const row = {
      action: 'decision.override',
      summary: 'none → in: Besproken in de slotbijeenkomst.',
      after: JSON.stringify({ computed: 'none', override: 'in', reason: 'Besproken in de slotbijeenkomst.' }),
    };
    expect(auditSummary(row, 'nl')).toBe('geen consensus → opnemen: Besproken in de slotbijeenkomst.');
    expect(auditSummary(row, 'en')).toBe('no consensus → include: Besproken in de slotbijeenkomst.');
    const removed = {
      action: 'decision.override.remove',
      summary: 'Overruling verwijderd (regel: none)',
      after: JSON.stringify({ computed: 'none', override: null, reason: null }),
    };
    expect(auditSummary(removed, 'en')).toBe('Override removed (rule: no consensus)');
  });
});
