import { describe, expect, it } from 'vitest';
import { buildHandbook, renderMarkdown } from '../../src/handbook';
import { fixture } from './fixture';

describe('renderMarkdown', () => {
  const md = renderMarkdown(buildHandbook(fixture));

  it('contains the item texts and criteria', () => {
    expect(md).toContain(
      '**3.1.2** De hulpverlener maakt met de cliënt schriftelijke afspraken over de doelen.',
    );
    expect(md).toContain(
      '- **Criterium:** Er is een door de cliënt ondertekend hulpverleningsplan met doelen.',
    );
  });

  it('renders GFM tables with a header separator, numbers right-aligned', () => {
    expect(md).toContain('| Soort bron | Aantal casussen |\n| --- | ---: |\n| Schriftelijk verslag | 9 |');
    expect(md).toContain(
      '| Handeling, criterium, norm en bron | Voldaan | Deels | Niet voldaan | N.v.t. | Notities |',
    );
    expect(md).toContain(
      '| **1.1.1 De hulpverlener neemt binnen vijf werkdagen na aanmelding contact op met de cliënt.**<br>Criterium: ',
    );
    expect(md).toMatch(
      /<br>Criterium: Er is een door de cliënt ondertekend hulpverleningsplan met doelen\.<br>Norm: [^|]+<br>Bron van bewijs: Dossier \| ☐ \| ☐ \| ☐ \| ☐ \|/,
    );
  });

  it('links the table of contents to GitHub heading anchors', () => {
    expect(md).toContain('- [1 Inleiding](#1-inleiding)');
    expect(md).toContain('  - [2.1 Gebruikte casuïstiek](#21-gebruikte-casuïstiek)');
    expect(md).toContain('### 2.1 Gebruikte casuïstiek');
  });

  it('escapes Markdown and HTML in user text', () => {
    expect(md).toContain('Stichting Welzijn Één \\<Oost\\>');
    const tricky = structuredClone(fixture);
    const first = tricky.clusters[0]?.subAspects[0]?.items[0];
    if (first) first.criterion = 'Kolom | pijp en *ster* en <script>';
    const out = renderMarkdown(buildHandbook(tricky));
    expect(out).toContain('Kolom \\| pijp en \\*ster\\* en \\<script\\>');
    expect(out).not.toContain('<script>');
  });
});
