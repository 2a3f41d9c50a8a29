import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectLanguage, extractActivities } from '../../src/extract';

describe('English cases', () => {
  it('rewrites first-person past and perfect into the practitioner in the present', () => {
    const text =
      'I phoned her mother to check the arrangements. We have arranged a meeting with the school. ' +
      'I went with him to the housing office and wrote a supporting letter. She was angry about the delay.';
    expect(extractActivities(text, { sourceType: 'verslag' }).map((a) => a.text)).toEqual([
      "The practitioner contacts the client's mother to check the arrangements.",
      'The practitioner arranges with the client a meeting with the school.',
      'The practitioner goes with the client to the housing office and writes a supporting letter.',
    ]);
  });

  it('detects English and Dutch', () => {
    expect(detectLanguage('I asked him what he needed and we wrote a plan.')).toBe('en');
    expect(detectLanguage('Ik heb hem gevraagd wat hij nodig had en we hebben een plan gemaakt.')).toBe('nl');
  });
});

describe('evidence', () => {
  it('points at the practitioner clause in the source text', () => {
    const text = 'Ze begon te huilen. Daarna heb ik het dossier gesloten.';
    const [activity] = extractActivities(text, { lang: 'nl', sourceType: 'verslag' });
    const span = activity!.evidence[0]!;
    expect(text.slice(span.start, span.end)).toBe('Daarna heb ik het dossier gesloten');
  });

  it('counts offsets in UTF-16 code units like JavaScript strings', () => {
    const text = 'Cliënt ☺ kwam binnen. Ik heb de cliënt 😀 uitgelegd wat we doen.';
    const [activity] = extractActivities(text, { lang: 'nl', sourceType: 'verslag' });
    const span = activity!.evidence[0]!;
    expect(text.slice(span.start, span.end)).toBe('Ik heb de cliënt 😀 uitgelegd wat we doen');
  });
});

describe('phase suggestion', () => {
  const story =
    'Ik heb mevrouw na de aanmelding gebeld voor een kennismaking. Ik heb haar situatie in kaart gebracht. ' +
    'We hebben samen doelen opgesteld in een plan. Ik ben met haar meegegaan naar het loket. ' +
    'In het laatste gesprek heb ik met haar teruggekeken en het dossier gesloten.';

  it('follows cue words and the order of the story', () => {
    const phases = extractActivities(story, { lang: 'nl', sourceType: 'verslag' }).map((a) => a.phase);
    expect(phases).toEqual(['intake', 'analyse', 'plan', 'uitvoering', 'afsluiting']);
  });

  it("stays within the case's phase tags", () => {
    const phases = extractActivities(story, {
      lang: 'nl',
      sourceType: 'verslag',
      phaseTags: ['uitvoering', 'afsluiting'],
    }).map((a) => a.phase);
    expect(new Set(phases)).toEqual(new Set(['uitvoering', 'afsluiting']));
    expect(phases.at(-1)).toBe('afsluiting');
  });
});

describe('extract CLI', () => {
  it('prints one line of JSON with the activities of the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'maatstaf-extract-'));
    const file = join(dir, 'case.txt');
    writeFileSync(file, 'Mevrouw belde zelf. Ik heb haar dezelfde dag teruggebeld.', 'utf8');
    const out = execFileSync(
      'npx',
      ['tsx', 'scripts/extract.ts', file, '--lang', 'nl', '--source', 'verslag'],
      {
        encoding: 'utf8',
      },
    );
    expect(out.trim().split('\n')).toHaveLength(1);
    const parsed = JSON.parse(out) as {
      activities: Array<{ text: string; phase: string; evidence: Array<{ start: number; end: number }> }>;
    };
    expect(parsed.activities).toHaveLength(1);
    expect(parsed.activities[0]!.evidence[0]).toEqual({ start: 20, end: 56 });
  }, 20_000);

  it('exits 1 with a message on stderr for a missing file', () => {
    expect(() =>
      execFileSync('npx', ['tsx', 'scripts/extract.ts', '/nonexistent/case.txt'], { stdio: 'pipe' }),
    ).toThrow(/cannot read/);
  }, 20_000);
});
