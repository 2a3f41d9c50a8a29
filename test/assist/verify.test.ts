import { describe, expect, it } from 'vitest';
import { assistMessages, PROMPT_VERSION } from '../../src/assist/prompt';
import { checkAnswer, parseAnswer } from '../../src/assist/verify';

const TEXT = 'Ik heb de energieleverancier gebeld. Daarna heb ik met haar afspraken gemaakt over de doelen.';
const PHASES = new Set(['intake', 'plan']);

describe('parseAnswer', () => {
  it('reads the JSON object also inside a code fence or a sentence', () => {
    expect(parseAnswer('Zeker!\n```json\n{"statements":[]}\n```')).toEqual({ statements: [] });
  });

  it('gives undefined for a reply without usable JSON', () => {
    expect(parseAnswer('geen json')).toBeUndefined();
    expect(parseAnswer('{"statements": "nee"}')).toBeUndefined();
  });
});

describe('checkAnswer', () => {
  const statement = (text: string, evidence: object[], phase = 'plan') => ({
    statements: [{ text, phase, evidence }],
  });

  it('keeps a statement whose offsets hold its quote', () => {
    const quote = 'met haar afspraken gemaakt over de doelen';
    const start = TEXT.indexOf(quote);
    const r = checkAnswer(
      TEXT,
      parseAnswer(
        JSON.stringify(
          statement('De hulpverlener maakt afspraken over de doelen.', [
            { quote, start, end: start + quote.length },
          ]),
        ),
      )!,
      PHASES,
    );
    expect(r).toEqual({
      kept: [
        {
          text: 'De hulpverlener maakt afspraken over de doelen.',
          phaseId: 'plan',
          evidence: [{ start, end: start + quote.length }],
        },
      ],
      dropped: 0,
    });
  });

  it('moves evidence to where its quote really is when the offsets are wrong', () => {
    const r = checkAnswer(
      TEXT,
      parseAnswer(
        JSON.stringify(
          statement('De hulpverlener belt de energieleverancier.', [
            { quote: 'de energieleverancier gebeld', start: 50, end: 60 },
          ]),
        ),
      )!,
      PHASES,
    );
    expect(r.kept[0]!.evidence).toEqual([{ start: 7, end: 35 }]);
  });

  it('drops a statement whose quote is not in the case, or whose offsets fall outside it', () => {
    const a = parseAnswer(
      JSON.stringify(statement('De hulpverlener belt de huisarts.', [{ quote: 'de huisarts gebeld' }])),
    )!;
    const b = parseAnswer(
      JSON.stringify(statement('De hulpverlener belt de huisarts.', [{ start: 10, end: 5000 }])),
    )!;
    const c = parseAnswer(JSON.stringify(statement('De hulpverlener belt de huisarts.', [])))!;
    expect(checkAnswer(TEXT, a, PHASES)).toEqual({ kept: [], dropped: 1 });
    expect(checkAnswer(TEXT, b, PHASES)).toEqual({ kept: [], dropped: 1 });
    expect(checkAnswer(TEXT, c, PHASES)).toEqual({ kept: [], dropped: 1 });
  });

  it('drops a statement the draft editor would flag (I/we/you, question, placeholder)', () => {
    const ev = [{ quote: 'de energieleverancier gebeld' }];
    for (const text of [
      'Ik bel de energieleverancier.',
      'De hulpverlener vraagt: wat is er?',
      'De hulpverlener belt [PERSOON 2].',
    ]) {
      expect(checkAnswer(TEXT, parseAnswer(JSON.stringify(statement(text, ev)))!, PHASES).dropped).toBe(1);
    }
  });

  it('leaves the phase empty when the model names one the study does not have', () => {
    const r = checkAnswer(
      TEXT,
      parseAnswer(
        JSON.stringify(
          statement(
            'De hulpverlener belt de energieleverancier.',
            [{ quote: 'de energieleverancier gebeld' }],
            'onbekend',
          ),
        ),
      )!,
      PHASES,
    );
    expect(r.kept[0]!.phaseId).toBeNull();
  });
});

describe('assistMessages', () => {
  it('sends the instructions and then the case text alone, in the study language', () => {
    const m = assistMessages(TEXT, 'en', [{ id: 'intake', label: 'Intake' }]);
    expect(m[0]!.content).toContain('The practitioner');
    expect(m[0]!.content).toContain('intake (Intake)');
    expect(m[1]).toEqual({ role: 'user', content: TEXT });
    expect(PROMPT_VERSION).toMatch(/^assist-\d+$/);
  });
});
