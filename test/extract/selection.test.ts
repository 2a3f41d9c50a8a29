import { describe, expect, it } from 'vitest';
import { extractActivities } from '../../src/extract';

describe('which sentences count as activities', () => {
  it('leaves out what the client, relatives and other agencies do', () => {
    const text =
      'Mevrouw vroeg zelf een voorschot aan bij haar werkgever. Haar zus bood aan om op te passen. ' +
      'De gemeente nam haar op in de schuldregeling. Ik heb de brieven met haar geordend.';
    const out = extractActivities(text, { lang: 'nl', sourceType: 'verslag' });
    expect(out.map((a) => a.text)).toEqual(['De hulpverlener ordent de brieven met de cliënt.']);
  });

  it("does not take the client's reported speech for the practitioner's words", () => {
    const text = 'Hij zei: ik ga weer naar mijn werk. Ik heb dat genoteerd.';
    expect(extractActivities(text, { lang: 'nl', sourceType: 'verslag' }).map((a) => a.text)).toEqual([
      'De hulpverlener noteert dat.',
    ]);
  });

  it('leaves out feelings, opinions and context of the practitioner', () => {
    const text =
      'Ik vond het een moeilijke situatie. Ik was blij dat hij kwam. Ik kreeg een mail van de wijkagent.';
    expect(extractActivities(text, { lang: 'nl', sourceType: 'verslag' })).toEqual([]);
  });

  it('keeps participle and verbless file notes but not notes about others', () => {
    const text = [
      'Dossier',
      '03-02: Huisbezoek afgelegd. Mw. onrustig, slaapt slecht.',
      '05-02: Afspraken gemaakt over de aflossing. Dhr. niet verschenen op de afspraak.',
      '09-02: Gesprek met mw. en haar dochter over de planning.',
    ].join('\n');
    const out = extractActivities(text, { lang: 'nl' }).map((a) => a.text);
    expect(out).toEqual([
      'De hulpverlener legt het huisbezoek af.',
      'De hulpverlener maakt afspraken over de aflossing.',
      'De hulpverlener voert een gesprek met de cliënt en de dochter van de cliënt over de planning.',
    ]);
  });

  it('reads notes stamped with a clock time as file notes, without the time', () => {
    const text = [
      'Notities wijkteam',
      'di 4 maart',
      '09:30 Telefonisch contact met de intern begeleider.',
      '14.15 uur: Aanvraag bijstand samen met moeder ingevuld.',
    ].join('\n');
    const out = extractActivities(text, { lang: 'nl' });
    expect(out.map((a) => a.text)).toEqual([
      'De hulpverlener voert telefonisch contact met de intern begeleider.',
      'De hulpverlener vult de aanvraag bijstand samen met de moeder in.',
    ]);
    expect(text.slice(out[0]!.evidence[0]!.start, out[0]!.evidence[0]!.end)).toMatch(/^Telefonisch/);
  });

  it('keeps a verbless note about a compound meeting word', () => {
    const text = [
      'Dossier',
      '12-03: Evaluatiegesprek met moeder bij haar thuis.',
      '14-03: Moeder belt zelf.',
    ].join('\n');
    expect(extractActivities(text, { lang: 'nl' }).map((a) => a.text)).toEqual([
      'De hulpverlener voert een evaluatiegesprek met de moeder bij het thuis van de cliënt.',
    ]);
  });

  it('finds the practitioner among first-name speakers from a header that names the role', () => {
    const text = [
      'Transcript gesprek',
      'Sanne Visser is de schuldhulpverlener; Mehmet Yilmaz is de cliënt.',
      '',
      'Sanne: Ik bel nu de deurwaarder.',
      'Mehmet: Ik heb de brieven niet opengemaakt.',
      'Sanne: Ik meld je vandaag aan bij de kredietbank.',
    ].join('\n');
    expect(extractActivities(text, { lang: 'nl' }).map((a) => a.text)).toEqual([
      'De hulpverlener neemt nu contact op met de deurwaarder.',
      'De hulpverlener meldt de cliënt vandaag aan bij de kredietbank.',
    ]);
  });

  it('adds "dat doen we ook" to the act before it instead of listing it', () => {
    const text = 'We zeggen dat we volgende week terugkomen. Dat doen we ook.';
    const out = extractActivities(text, { lang: 'nl', sourceType: 'verslag' });
    expect(out).toHaveLength(1);
    expect(out[0]!.evidence[0]!.end).toBe(text.length);
  });

  it('leaves out being allowed in, but keeps asking leave to do something', () => {
    const verslag = 'Bij het derde bezoek mogen we binnen. Ik mag van haar de huisarts bellen.';
    expect(extractActivities(verslag, { lang: 'nl', sourceType: 'verslag' }).map((a) => a.text)).toEqual([
      'De hulpverlener mag van de cliënt de huisarts bellen.',
    ]);
  });

  it("takes only the respondent's turns from an interview", () => {
    const text = [
      'I: Heb ik goed begrepen dat je haar hebt gebeld?',
      'R: Ja, ik heb haar de volgende dag gebeld.',
      'I: En toen heb ik het verslag gelezen.',
    ].join('\n');
    const out = extractActivities(text, { lang: 'nl' });
    expect(out.map((a) => a.text)).toEqual([
      'De hulpverlener neemt de volgende dag contact op met de cliënt.',
    ]);
  });

  it("takes only the practitioner's turns from a conversation transcript", () => {
    const text = [
      'Aanwezig: Piet (cliënt, C), Anna de Vries (maatschappelijk werker, MW)',
      'C: Ik heb de brief weggegooid.',
      'MW: Ik schrijf de afspraak voor u op.',
      'C: Dank u.',
      'MW: Wat wilt u als eerste regelen?',
    ].join('\n');
    const out = extractActivities(text, { lang: 'nl' }).map((a) => a.text);
    expect(out).toEqual([
      'De hulpverlener schrijft de afspraak voor de cliënt op.',
      'De hulpverlener vraagt wat de cliënt als eerste wil regelen.',
    ]);
  });

  it('turns pseudonymisation placeholders and titled names into roles', () => {
    const out = extractActivities(
      'Ik heb [CLIËNT 1] gebeld en [PERSOON 2] uitgenodigd. Ik heb meneer Jansen bezocht.',
      {
        lang: 'nl',
        sourceType: 'verslag',
      },
    ).map((a) => a.text);
    expect(out).toEqual([
      'De hulpverlener neemt contact op met de cliënt en nodigt een betrokkene uit.',
      'De hulpverlener bezoekt de cliënt.',
    ]);
  });

  it('returns nothing for empty or non-text input', () => {
    expect(extractActivities('')).toEqual([]);
    expect(extractActivities('   \n ')).toEqual([]);
    expect(extractActivities(undefined as unknown as string)).toEqual([]);
    expect(extractActivities(42 as unknown as string)).toEqual([]);
  });
});

describe('Dutch file notes, further', () => {
  const notes = (body: string) =>
    extractActivities(`Dossier\n${body}`, { lang: 'nl', sourceType: 'dossier' }).map((a) => a.text);

  it('keeps a participle note whose object mentions an infinitive used as a noun', () => {
    expect(notes('02-05: Haar gewezen op het spreekuur voor vragen over toeslagen.')).toEqual([
      'De hulpverlener wijst de cliënt op het spreekuur voor vragen over toeslagen.',
    ]);
  });

  it('leaves out what the client says after a semicolon in a note', () => {
    expect(notes('03-05: Mw. gebeld; zegt dat de brief kwijt is.')).toEqual([
      'De hulpverlener neemt contact op met de cliënt.',
    ]);
  });

  it("tells a present tense from a participle by 't kofschip", () => {
    expect(notes('04-05: Dhr. vertelt dat hij een baan heeft.')).toEqual([]);
    expect(
      extractActivities('Ik heb haar verteld wat de regels zijn.', { lang: 'nl', sourceType: 'verslag' })[0]!
        .text,
    ).toBe('De hulpverlener vertelt de cliënt wat de regels zijn.');
  });
});
