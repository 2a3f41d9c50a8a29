import { describe, expect, it } from 'vitest';
import { parsePanelCsv } from '../../src/panel';

describe('panel CSV import', () => {
  it('reads Dutch headers with semicolons and quoted fields', () => {
    const res = parsePanelCsv(
      'Naam;E-mail;Organisatie;Functie;Stakeholdergroep\n"Jansen, Piet";piet@example.org;AMW;mw;teamleiders\n',
    );
    expect(res.ok && res.rows[0]).toMatchObject({
      row: 2,
      errors: [],
      input: {
        name: 'Jansen, Piet',
        email: 'piet@example.org',
        organisation: 'AMW',
        role: 'mw',
        stakeholderGroup: 'teamleiders',
      },
    });
  });

  it('reads English headers and reports each refused row with its reason', () => {
    const csv =
      'name,email,group\nAnna,anna@example.org,a\n,nobody@example.org,a\nBram,not-an-email,b\nCor,ANNA@example.org,b\nDirk,known@example.org,b\n\nEef,,c\n';
    const res = parsePanelCsv(csv, ['known@example.org']);
    if (!res.ok) throw new Error('parse failed');
    const refused = res.rows.filter((r) => r.errors.length).map((r) => [r.row, r.errors]);
    expect(refused).toEqual([
      [3, ['errName']],
      [4, ['errEmail']],
      [5, ['errDuplicateFile']],
      [6, ['errDuplicatePanel']],
    ]);
    expect(res.rows.filter((r) => !r.errors.length).map((r) => r.input.name)).toEqual(['Anna', 'Eef']);
  });

  it('refuses a file without a name column', () => {
    expect(parsePanelCsv('email\nx@example.org\n')).toEqual({ ok: false, error: 'errCsvNoName' });
    expect(parsePanelCsv('')).toEqual({ ok: false, error: 'errCsvEmpty' });
  });
});
