import { describe, expect, it } from 'vitest';
import { buildHandbook, coveredReportingItems, type Block, type HandbookDoc } from '../../src/handbook';
import { fixture } from './fixture';

const headings = (doc: HandbookDoc, level = 1) =>
  doc.blocks.flatMap((b) => (b.kind === 'heading' && b.level === level ? [b.text] : []));

/** All text of the document, flattened, to check what a reader will find somewhere in it. */
const allText = (doc: HandbookDoc) =>
  doc.blocks
    .map((b: Block) => {
      switch (b.kind) {
        case 'paragraph':
          return b.runs.map((r) => r.text).join('');
        case 'list':
          return b.items.map((it) => it.map((r) => r.text).join('')).join('\n');
        case 'table':
          return [b.caption, ...b.header, ...b.rows.flat()].join('\n');
        case 'fields':
          return b.fields.flat().join('\n');
        case 'checklist':
          return [b.caption, ...b.rows].join('\n');
        case 'heading':
          return b.text;
        default:
          return '';
      }
    })
    .join('\n');

describe('buildHandbook', () => {
  const doc = buildHandbook(fixture);
  const text = allText(doc);

  it('puts the chapters in the order of the handbook, in Dutch', () => {
    expect(headings(doc)).toEqual([
      '1 Inleiding',
      '2 Verantwoording van de werkwijze',
      '3 Begrippen',
      '4 De standaard',
      '5 Procedure voor onderlinge toetsing',
      '6 Scoren en naleving berekenen',
      '7 Terugkoppeling, verbeterplan en herziening',
      'Bijlage A. Scorelijsten per fase en cluster',
      'Bijlage B. Sjabloon voor het toetsingsverslag',
      'Bijlage C. Itemstatistieken per ronde',
    ]);
    expect(doc.blocks[0]?.kind).toBe('titlePage');
    expect(doc.blocks.findIndex((b) => b.kind === 'toc')).toBeLessThan(
      doc.blocks.findIndex((b) => b.kind === 'heading'),
    );
  });

  it('starts every chapter on a new page', () => {
    doc.blocks.forEach((b, k) => {
      if (b.kind === 'heading' && b.level === 1) expect(doc.blocks[k - 1]?.kind).toBe('pageBreak');
    });
  });

  it('gives every heading a unique anchor id', () => {
    const ids = doc.blocks.flatMap((b) => (b.kind === 'heading' ? [b.id] : []));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('lists the standard per cluster and sub-aspect with each item, criterion and norm', () => {
    expect(headings(doc, 2)).toContain('Cluster 3. Organiseren van hulpverlening');
    expect(headings(doc, 3)).toContain('3.1 Onderhandelen met de cliënt');
    expect(text).toContain('De hulpverlener maakt met de cliënt schriftelijke afspraken over de doelen.');
    expect(text).toContain('Er is een door de cliënt ondertekend hulpverleningsplan met doelen.');
    expect(text).toContain('In ten minste 90% van de getoetste dossiers');
    expect(text).toContain('32 (belang 8 × frequentie 4)');
    expect(text).toContain('Hulpvraag in woorden van de cliënt, door de cliënt bevestigd.');
  });

  it('keeps an item the decision included in the standard and on the scoring lists whatever its 2×2 class', () => {
    const rows = doc.blocks.flatMap((b) => (b.kind === 'checklist' ? b.rows : []));
    expect(rows).toHaveLength(10);
    const kept = rows.find((r) => r.title.startsWith('3.2.3 De hulpverlener wijst de cliënt'));
    expect(kept?.lines).toEqual([
      ['Criterium', 'In het afsluitende verslag staat dat de cliënt weet hoe hij weer hulp kan vragen.'],
      ['Norm', 'Geen norm vastgesteld'],
      ['Bron van bewijs', 'Dossier'],
    ]);
    expect(text).toContain('advies niet opnemen (het vastgelegde besluit geldt)');
  });

  it('says "geen fase" for an item placed in no phase instead of leaving the field empty', () => {
    const [first] = fixture.clusters;
    const [sub] = first!.subAspects;
    const input = {
      ...fixture,
      clusters: [{ ...first!, subAspects: [{ ...sub!, items: [{ ...sub!.items[0]!, phase: '' }] }] }],
    };
    const fields = buildHandbook(input).blocks.flatMap((b) => (b.kind === 'fields' ? b.fields : []));
    expect(fields.filter(([k]) => k === 'Fase').map(([, v]) => v)).toEqual(['geen fase']);
  });

  it('lists the items a decision kept out, with that decision, never on the scoring lists', () => {
    const rows = doc.blocks.flatMap((b) => (b.kind === 'checklist' ? b.rows : []));
    expect(rows.some((r) => r.title.includes('een kaart'))).toBe(false);
    expect(headings(doc, 2)).toContain('Niet opgenomen items');
    expect(text).toContain(
      'ronde 2: 3.2.3 De hulpverlener stuurt de cliënt een kaart na afsluiting. (consensus: niet opnemen)',
    );
  });

  it('names every scoring row by number and activity, with criterion, norm and source, per phase and cluster', () => {
    const forms = doc.blocks.filter((b) => b.kind === 'checklist');
    expect(forms.map((f) => f.kind === 'checklist' && f.caption)).toContain(
      'Scorelijst fase Aanmelding en kennismaking — Cluster 1. Contact leggen en kennismaken',
    );
    const first = forms[0]?.kind === 'checklist' ? forms[0].rows[0] : undefined;
    expect(first?.title).toBe(
      '1.1.1 De hulpverlener neemt binnen vijf werkdagen na aanmelding contact op met de cliënt.',
    );
    expect(first?.lines.map(([k]) => k)).toEqual(['Criterium', 'Norm', 'Bron van bewijs']);
    expect(first?.lines[1]?.[1]).toBe('In ten minste 90% van de getoetste dossiers');
  });

  it('accounts for cases, panel, rounds, protocol changes, overrides, member checks and dissent', () => {
    expect(text).toContain('zijn 24 casusbeschrijvingen');
    expect(text).toContain('Interview met de hulpverlener');
    expect(text).toContain('Cliëntenraad');
    expect(text).toContain('89,5%'); // 17 of 19 invited completed round 1
    expect(text).toContain(
      'Van ronde 1 naar ronde 2 ging het aantal voltooide vragenlijsten van 17 naar 15.',
    );
    expect(text).toContain('Aansluiten bij de COMET-richtlijn, vóór de beoordelingsronde.');
    expect(text).toContain('Wettelijke meldcode; zelden maar van groot belang.');
    expect(text).toContain('Verslag aangepast op twee punten.');
    expect(text).toContain('Zes weken is te kort bij crisisbegeleiding');
  });

  it('reports all dissent with where the item ended up, also on items left out', () => {
    expect(text).toContain('Item 3.2.1 De hulpverlener evalueert');
    expect(text).toContain('opgenomen in de standaard.');
    expect(text).toContain(
      'Item ronde 2: 3.2.3 De hulpverlener stuurt de cliënt een kaart na afsluiting. (1 panellid)',
    );
    expect(text).toContain('Een kaart hoort bij goed afsluiten');
  });

  it('states feedback, coverage and the adoption warnings only as the records show them', () => {
    expect(text).toContain('In ronde 2 (3 items) zag ieder panellid bij elk opnieuw voorgelegd item');
    expect(text).toContain('Er is geen aparte ronde gehouden waarin het panel de dekking');
    expect(text).toContain('de definitieve standaard is niet aan het panel voorgelegd');
    const none = buildHandbook({
      ...fixture,
      method: { ...fixture.method, feedback: [{ round: 2, items: 0 }] },
    });
    expect(allText(none)).toContain('er is dus geen groepsfeedback tussen rondes gegeven');
    expect(allText(none)).not.toContain('opnieuw voorgelegd item de verdeling');
  });

  it('counts the items presented again per round, not summed over the rounds as if they were different items', () => {
    const two = buildHandbook({
      ...fixture,
      method: {
        ...fixture.method,
        feedback: [
          { round: 2, items: 10 },
          { round: 3, items: 1 },
        ],
      },
    });
    expect(allText(two)).toContain('In ronde 2 (10 items) en ronde 3 (1 item) zag ieder panellid');
    expect(allText(two)).not.toContain('bij de 11');
    expect(allText(two)).not.toContain('per stakeholdergroep uitgesplitst');
    const split = buildHandbook({
      ...fixture,
      method: { ...fixture.method, feedback: [{ round: 2, items: 3, byGroup: true }] },
    });
    expect(allText(split)).toContain(
      'In ronde 2 was die terugkoppeling ook per stakeholdergroep uitgesplitst.',
    );
  });

  it('says what became of the activities the panel proposed in a round, only where it proposed any', () => {
    expect(text).not.toContain('noemde het panel');
    const withProposals = buildHandbook({
      ...fixture,
      method: {
        ...fixture.method,
        rounds: fixture.method.rounds.map((r, k) =>
          k === 0 ? { ...r, proposals: { named: 4, accepted: 1, merged: 2, rejected: 0 } } : r,
        ),
      },
    });
    expect(allText(withProposals)).toContain(
      `In ronde ${fixture.method.rounds[0]!.number} noemde het panel 4 nieuwe of ontbrekende activiteiten: 1 opgenomen als nieuw item, 2 samengevoegd met een bestaand item en 1 nog niet verwerkt.`,
    );
  });

  it('names the rounds whose reports went back to the panel, not "the rounds" in general', () => {
    expect(text).toContain('De verslagen van ronde 1 zijn aan het panel voorgelegd');
    expect(text).not.toContain('De verslagen van de rondes');
  });

  it('says when the protocol was laid down: before rating, after the first rating round opened, or not at all', () => {
    expect(text).toContain('Voordat de beoordeling begon, is vastgelegd');
    const late = buildHandbook({
      ...fixture,
      method: {
        ...fixture.method,
        consensus: { ...fixture.method.consensus, timing: { when: 'after', at: '2024-11-20', round: 2 } },
      },
    });
    expect(allText(late)).toContain(
      'Het consensusprotocol is vastgelegd op 20 november 2024, nadat ronde 2 (de eerste beoordelingsronde) was geopend.',
    );
    expect(allText(late)).not.toContain('Voordat de beoordeling begon');
    const none = buildHandbook({
      ...fixture,
      method: { ...fixture.method, consensus: { ...fixture.method.consensus, timing: { when: 'default' } } },
    });
    expect(allText(none)).toContain('Er is geen eigen consensusprotocol vastgelegd');
  });

  it('lists the dissenting arguments as sentences, without stray punctuation between them', () => {
    expect(text).toContain('Zes weken is te kort bij crisisbegeleiding. Evaluatie "op maat" volstaat.');
    expect(text).not.toMatch(/[.!?];/);
  });

  it('explains scoring with n/a left out of the denominator and a worked example', () => {
    expect(text).toContain('(aantal scores − aantal n.v.t.)');
    expect(text).toContain('3,5 / 4 = 87,5%');
    expect(text).toMatch(/drie tot acht collega's/);
    expect(text).toContain('De volgende herziening is uiterlijk in 2028 gepland.');
  });

  it('adds the item statistics per round with Dutch decimals and decisions', () => {
    const stats = doc.blocks.find((b) => b.kind === 'table' && b.caption === 'Itemstatistieken ronde 2');
    expect(stats?.kind === 'table' && stats.rows[1]).toEqual([
      '3.2.1 (ronde 2: 3.1.5) De hulpverlener evalueert elke zes weken met de cliënt de voortgang op de doelen.',
      '15 / 15',
      '6,5 (2,5)',
      '60%',
      '3 (2)',
      '0 / 0',
      'Geen consensus',
    ]);
    expect(stats?.kind === 'table' && stats.rows[2]?.[0]).toMatch(/^ronde 2: 3\.2\.3 De hulpverlener stuurt/);
  });

  it('writes the whole handbook in English when the study is in English', () => {
    const en = buildHandbook({ ...fixture, study: { ...fixture.study, lang: 'en' } });
    expect(en.lang).toBe('en');
    expect(headings(en)[0]).toBe('1 Introduction');
    expect(headings(en)).toContain('6 Scoring and computing compliance');
    const enText = allText(en);
    expect(enText).toContain('In at least 90% of the reviewed files');
    expect(enText).toContain('(number of scores − number n/a)');
    expect(enText).not.toContain('Inleiding');
  });

  it('shows a draft as not adopted, without a review date', () => {
    const draft = buildHandbook({
      ...fixture,
      version: { number: 3, status: 'draft', createdAt: '2025-06-01' },
    });
    const first = draft.blocks[0];
    expect(first?.kind === 'titlePage' && first.status).toBe('Versie 3 — concept, nog niet vastgesteld');
    expect(allText(draft)).not.toContain('De volgende herziening');
  });
});

describe('coveredReportingItems', () => {
  it('names CREDES and DELPHISTAR items with where the handbook covers them', () => {
    const items = coveredReportingItems('en');
    expect(items.some((x) => x.framework === 'CREDES' && x.item.includes('response rate'))).toBe(true);
    expect(items.some((x) => x.framework === 'DELPHISTAR' && x.item === 'Dissent')).toBe(true);
    expect(coveredReportingItems('nl').every((x) => x.where.length > 0)).toBe(true);
  });
});
