import { describe, expect, it } from 'vitest';
import { extractActivities } from '../../src/extract';
import { detectSource } from '../../src/extract/genre';

const journal = (...notes: string[]) =>
  extractActivities(`Journaal wijkteam – mw. Jansen\n${notes.map((n, i) => `1${i}-03: ${n}`).join('\n')}`, {
    lang: 'nl',
    sourceType: 'dossier',
  }).map((a) => a.text);

describe('dossier style and passives', () => {
  it('reads an agentless passive in a file note as an act of the practitioner', () => {
    expect(journal('Er is contact gelegd met de woningcorporatie.')).toEqual([
      'De hulpverlener legt contact met de woningcorporatie.',
    ]);
    expect(journal('Door mij is een aanvraag bijzondere bijstand ingediend.')).toEqual([
      'De hulpverlener dient een aanvraag bijzondere bijstand in.',
    ]);
  });

  it('leaves a passive with another agent to that agent', () => {
    expect(journal('Er is door de politie een huisverbod opgelegd.')).toEqual([]);
  });

  it('reads telegram-style notes such as "Meldcode doorlopen" as acts', () => {
    expect(journal('Meldcode doorlopen.')).toEqual(['De hulpverlener doorloopt de meldcode.']);
  });
});

describe('safety-critical acts and acts of third parties', () => {
  it('never misses consulting Veilig Thuis, even in a sentence the rules cannot parse', () => {
    const out = journal('Anoniem advies Veilig Thuis i.v.m. blauwe plekken.');
    expect(out.join(' ')).toMatch(/Veilig Thuis om advies/);
  });

  it('attributes an act of Veilig Thuis or the school to them, not to the practitioner', () => {
    expect(journal('Veilig Thuis heeft een onderzoek gestart.')).toEqual([]);
    expect(journal('School belt over blauwe plekken.')).toEqual([]);
  });
});

describe('dated file notes without a separator', () => {
  const notes = (text: string, lang: 'nl' | 'en') => extractActivities(text, { lang });

  it('reads dd/mm and dd-mm-yyyy lines as notes, each an act of the practitioner', () => {
    const nl = notes(
      'Rapportage – mw. De Wit\n07/04 Huisbezoek afgelegd.\n09/04 Budgetplan opgesteld met mw.\n' +
        '12-04-2026 Aanvraag bijzondere bijstand ingediend.',
      'nl',
    );
    expect(nl.map((a) => a.text)).toHaveLength(3);
    expect(nl.map((a) => a.text).join(' ')).toMatch(/huisbezoek/i);
    expect(detectSource('Notities\n07/04 Huisbezoek afgelegd.\n09/04 Plan opgesteld.')).toBe('dossier');
    const en = notes(
      'Case file – Mr Hill\n03/05/2026 Visited at home with his son.\n05/05/2026 Referral made to the food bank.',
      'en',
    );
    expect(en).toHaveLength(2);
  });

  it('reads "ma 3/2"-dated notes as notes and leaves the date out of the evidence', () => {
    const text =
      'Journaal\nma 3/2 Kennismaking, uitgelegd wat begeleiding is.\nwo 5/2 Weekplanning gemaakt met cliënt.';
    const out = notes(text, 'nl');
    expect(out).toHaveLength(2);
    for (const a of out)
      expect(text.slice(a.evidence[0]!.start, a.evidence[0]!.end)).not.toMatch(/^(ma|wo) \d/);
  });

  it('does not cut a prose sentence that merely starts with a date', () => {
    expect(
      detectSource('Verslag\n12 maart ben ik op huisbezoek geweest. Daarna heb ik een plan gemaakt.'),
    ).toBe('verslag');
  });
});

describe('a note line as one act', () => {
  it('joins the short acts of one note line into one statement with the line as evidence', () => {
    const text = 'Journaal\nma 12-02: Melding ontvangen. Dossier aangemaakt.\nwo 14-02: Huisbezoek afgelegd.';
    const out = extractActivities(text, { lang: 'nl' });
    expect(out.map((a) => a.text)).toEqual([
      'De hulpverlener ontvangt de melding en maakt het dossier aan.',
      'De hulpverlener legt het huisbezoek af.',
    ]);
    const ev = out[0]!.evidence[0]!;
    expect(text.slice(ev.start, ev.end)).toBe('Melding ontvangen. Dossier aangemaakt');
  });

  it('keeps the acts of a long note line apart rather than make one overlong item', () => {
    const text =
      'Journaal\nma 12-02: Aanvraag bijzondere bijstand voor de wasmachine ingediend bij de gemeente. ' +
      'Betalingsregeling met de energieleverancier afgesproken voor de achterstand van vorig jaar. ' +
      'Budgetplan met mw. doorgenomen en aangepast.';
    expect(extractActivities(text, { lang: 'nl' }).length).toBeGreaterThan(1);
  });
});

describe('articles in telegram notes', () => {
  it('gives a bare singular noun after the verb its article, and a bare role noun too', () => {
    expect(journal('Dossier aangemaakt.')).toEqual(['De hulpverlener maakt het dossier aan.']);
    expect(journal('Huisarts gebeld.')).toEqual(['De hulpverlener belt de huisarts.']);
    expect(journal('Huisbezoek met collega.')).toEqual([
      'De hulpverlener voert een huisbezoek met een collega.',
    ]);
  });

  it('leaves plurals, idioms without article and particles as they are', () => {
    expect(journal('Afspraken gemaakt met mw.')).toEqual(['De hulpverlener maakt afspraken met de cliënt.']);
    expect(journal('Contact gelegd met de school.')).toEqual(['De hulpverlener legt contact met de school.']);
  });
});
