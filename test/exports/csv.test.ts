import { describe, expect, it } from 'vitest';
import { csvDocument, readCsv } from '../../src/exports/csv';

describe('readCsv', () => {
  it('handles quoted commas, doubled quotes, newlines in quotes and CRLF', () => {
    expect(readCsv('a,"b, c","say ""hi""","two\nlines"\r\nx,y,z,w\n')).toEqual([
      ['a', 'b, c', 'say "hi"', 'two\nlines'],
      ['x', 'y', 'z', 'w'],
    ]);
  });

  it('reads an Excel-Dutch file: BOM, semicolons, a comma inside a field and mixed line ends', () => {
    expect(readCsv('\uFEFFnaam;e-mail\r\n"Jansen, P.";p@example.org\nAli;\r')).toEqual([
      ['naam', 'e-mail'],
      ['Jansen, P.', 'p@example.org'],
      ['Ali', ''],
    ]);
  });

  it('keeps an empty line as a row, so row numbers match the lines of the file', () => {
    expect(readCsv('a,b\n\nc,d\n')).toEqual([['a', 'b'], [''], ['c', 'd']]);
  });

  it('uses the separator it is given instead of guessing', () => {
    expect(readCsv('a;b,c\n', { delimiter: ',' })).toEqual([['a;b', 'c']]);
    expect(readCsv('a\tb\n')).toEqual([['a', 'b']]);
  });

  it('reads a quote inside an unquoted field as a character', () => {
    expect(readCsv('a,b"c,d\n')).toEqual([['a', 'b"c', 'd']]);
  });

  it('throws a SyntaxError on a quote that is never closed, unless lenient', () => {
    expect(() => readCsv('a,"b\nc,d\n')).toThrow(SyntaxError);
    expect(readCsv('naam;groep\n"Jan;cliënten\n', { lenient: true })).toEqual([
      ['naam', 'groep'],
      ['"Jan', 'cliënten'],
    ]);
  });

  it('reads an empty file as no rows', () => {
    expect(readCsv('')).toEqual([]);
  });
});

describe('csvDocument', () => {
  it('writes a BOM, CRLF line ends and quotes fields with commas, semicolons, quotes or line breaks', () => {
    expect(
      csvDocument(
        ['a', 'b'],
        [
          ['x, y', 'say "hi"'],
          ['p;q', 'two\nlines'],
          [1, true],
          [null, false],
        ],
      ),
    ).toBe('\uFEFFa,b\r\n"x, y","say ""hi"""\r\n"p;q","two\nlines"\r\n1,1\r\n,0\r\n');
  });

  it('puts an apostrophe before every text cell a spreadsheet would run as a formula', () => {
    const csv = csvDocument(['=SUM(A1)'], [['=HYPERLINK("x")'], ['+31 6'], ['-1'], ['@x'], ['\tx'], ['ok']]);
    expect(csv.split('\r\n')).toEqual([
      "\uFEFF'=SUM(A1)",
      `"'=HYPERLINK(""x"")"`,
      "'+31 6",
      "'-1",
      "'@x",
      "'\tx",
      'ok',
      '',
    ]);
  });

  it('writes numbers as numbers, not as guarded text', () => {
    expect(csvDocument(['n'], [[-1.5]])).toBe('\uFEFFn\r\n-1.5\r\n');
  });

  it('writes semicolons without a BOM when asked, and reads back what it wrote', () => {
    const csv = csvDocument(['naam', 'opmerking'], [['Jan', 'a;b, "c"']], { delimiter: ';', bom: false });
    expect(csv).toBe('naam;opmerking\r\nJan;"a;b, ""c"""\r\n');
    expect(readCsv(csv)).toEqual([
      ['naam', 'opmerking'],
      ['Jan', 'a;b, "c"'],
    ]);
  });
});
