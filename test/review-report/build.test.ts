import { describe, expect, it } from 'vitest';
import { roundResults, type ResultScore } from '../../src/compliance';
import { renderMarkdown } from '../../src/handbook';
import { buildReviewReport, textBar } from '../../src/review-report/build';
import { texts } from '../../views/i18n';

describe('textBar', () => {
  it('draws compliance in 5% cells with the norm as a bar, readable without colour', () => {
    expect(textBar(50, 80)).toBe('==========------|----');
    expect(textBar(100, null)).toBe('====================');
    expect(textBar(null, 80)).toBe('');
  });
});

describe('buildReviewReport', () => {
  const items = [1, 2].map((id) => ({
    id,
    lineage: `L${id}`,
    number: `1.${id}`,
    text: `item ${id}`,
    clusterNumber: '1',
    clusterLabel: 'Contact',
    normPercentage: 80,
  }));
  // A group of four of whom two were reviewed; two reviewers on dossier 10, who disagree on item 2.
  const s = (reviewerId: number, practitionerId: number, itemId: number, score: ResultScore['score']) => ({
    reviewerId,
    practitionerId,
    dossierId: practitionerId * 10,
    itemId,
    score,
    note: '',
  });
  const rows = [s(2, 1, 1, 'voldaan'), s(3, 1, 1, 'voldaan'), s(2, 1, 2, 'niet'), s(3, 1, 2, 'deels')];
  rows.push(s(4, 2, 1, 'niet'));
  const report = (lang: 'nl' | 'en') =>
    renderMarkdown(
      buildReviewReport(
        {
          lang,
          studyTitle: 'Studie',
          round: { number: 1, title: 'Voorjaar', status: 'closed', startsOn: null, endsOn: null },
          versionNumber: 1,
          results: roundResults(items, rows),
          actions: [],
          followedUp: [],
          trend: [],
        },
        texts(lang),
      ),
    );

  it('says how many practitioners were reviewed, not that this is the size of the group', () => {
    expect(report('nl')).toContain('**Getoetste hulpverleners:** 2');
    expect(report('en')).toContain('**Practitioners reviewed:** 2');
  });

  it('draws the items as a chart of their own, so the table of figures fits a page without breaking a bar', () => {
    const md = report('nl');
    const figures = md.slice(
      md.indexOf('| Item | Toepasbaar'),
      md.indexOf('\n\n', md.indexOf('| Item | Toepasbaar')),
    );
    expect(figures).not.toContain('====');
    const chart = md.slice(md.indexOf('*Naleving per item'), md.indexOf('### Items onder de norm'));
    // Item 1.1: voldaan twice, niet once → 67%; item 1.2: niet and deels → 25%; norm 80.
    expect(chart).toContain('| 1.1 | 67% | =============---\\|---- |');
    expect(chart).toContain('| 1.2 | 25% | =====-----------\\|---- |');
  });

  it('writes kappa with the decimal sign of the report language', () => {
    // Two subjects, one agreement; pooled v2 d1 n1 of 4 → Pe = 6/16; kappa = (½ − 3/8)/(5/8) = 0.2.
    expect(report('nl')).toContain('Fleiss’ kappa 0,20');
    expect(report('en')).toContain('kappa 0.20');
  });
});
