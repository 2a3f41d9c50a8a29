import { describe, expect, it } from 'vitest';
import {
  composeMails,
  mailMergeCsv,
  mailMergeFileName,
  mailTemplate,
  type LinkedRecipient,
} from '../../src/rounds/mail-merge';

const anna: LinkedRecipient = {
  id: 1,
  pseudonym: 'P01',
  name: 'Anna de Vries',
  email: 'anna@example.org',
  url: 'https://m.example/p/aaa',
};
const cor: LinkedRecipient = {
  id: 2,
  pseudonym: 'P02',
  name: 'Cor',
  email: null,
  url: 'https://m.example/p/ccc',
};

describe('mail merge of an invitation or reminder', () => {
  it('writes one mail per recipient with an address, filled with their name, own link and the closing date', () => {
    const mails = composeMails(
      { subject: 'Ronde sluit {sluitdatum}', body: 'Beste {naam}, uw link: {link}' },
      [anna, cor],
      '7 maart 2031',
    );
    expect(mails).toEqual([
      {
        to: 'anna@example.org',
        subject: 'Ronde sluit 7 maart 2031',
        text: 'Beste Anna de Vries, uw link: https://m.example/p/aaa',
      },
    ]);
  });

  it('heads the CSV in the study language and guards a name a spreadsheet would run as a formula', () => {
    const csv = mailMergeCsv([{ ...anna, name: '=HYPERLINK("x")' }, cor], '2031-03-07', 'en');
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe('name,e-mail,link,closing date');
    expect(lines[1]).toBe(`"'=HYPERLINK(""x"")",anna@example.org,https://m.example/p/aaa,2031-03-07`);
    expect(lines[2]).toBe('Cor,,https://m.example/p/ccc,2031-03-07');
    expect(mailMergeCsv([], null, 'nl')).toContain('naam,e-mail,link,sluitdatum');
  });

  it('names the file after the mailing and the round number', () => {
    expect(mailMergeFileName('invitation', 2)).toBe('uitnodiging-ronde-2.csv');
    expect(mailMergeFileName('reminder', 3)).toBe('herinnering-ronde-3.csv');
  });

  it('sends the default invitation until the researcher stores their own text', () => {
    const none = { invitationTemplate: '  ', reminderTemplate: '' };
    expect(mailTemplate(none, 'invitation', 'nl').body).toContain('{link}');
    const own = { invitationTemplate: 'Mijn onderwerp\n---\nMijn tekst {link}', reminderTemplate: '' };
    expect(mailTemplate(own, 'invitation', 'nl')).toEqual({
      subject: 'Mijn onderwerp',
      body: 'Mijn tekst {link}',
    });
  });
});
