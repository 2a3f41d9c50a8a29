import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ANSWERS_SHEET, ITEMS_SHEET, LONG_COLUMNS } from '../../src/exports';
import { exportCsv, exportJson, exportXlsx } from '../../src/services/exports';
import { decideRound } from '../../src/services/decisions';
import { readCsv } from '../../src/exports/csv';
import { tempDb } from '../_setup';
import { seedPanel, seedRound, seedStudy } from '../report/_fixture';

async function seeded() {
  const db = tempDb();
  const { studyId, userId } = await seedStudy(db);
  const panel = seedPanel(db, studyId, ['cliënten', 'werkers', 'werkers']);
  const { roundId } = seedRound(db, studyId, {
    number: 1,
    items: ['Maakt afspraken', 'Vraagt door'],
    panellists: panel,
    answer: (i, j) => {
      if (i === 0 && j === 0)
        return { importance: 9, frequency: 4, comment: 'Heel belangrijk, "echt"', dissent: '' };
      if (i === 1 && j === 2)
        return { importanceCannotJudge: true, frequency: 2, dissent: 'Geen taak van ons' };
      if (i === 1 && j === 1) return null;
      return { importance: 7 - j, frequency: 3 };
    },
  });
  decideRound(db, roundId, userId);
  return { db, studyId, roundId };
}

type Row = Record<(typeof LONG_COLUMNS)[number], string>;

function records(rows: string[][]): Row[] {
  const [header, ...body] = rows;
  return body
    .filter((r) => r.length > 1)
    .map((r) => Object.fromEntries(header!.map((h, k) => [h, r[k] ?? ''])) as Row);
}

describe('exports', () => {
  it('writes the answers as long-format CSV that parses back to what was inserted', async () => {
    const { db, studyId } = await seeded();
    const csv = exportCsv(db, studyId);
    const rows = records(readCsv(csv.replace(/^\uFEFF/, ''), { delimiter: ',' }));
    expect(Object.keys(rows[0]!)).toEqual([...LONG_COLUMNS]);
    // 2 items × 3 panellists − 1 unanswered = 5 answers; each has both dimensions.
    expect(rows).toHaveLength(10);
    const first = rows.find(
      (r) => r.panellist === 'P001' && r.item_number === '1.1' && r.dimension === 'importance',
    )!;
    expect(first).toMatchObject({
      round: '1',
      item_version: '1',
      group: 'cliënten',
      value: '9',
      cannot_judge: '0',
      comment: 'Heel belangrijk, "echt"',
      dissent: '1',
    });
    expect(new Date(first.timestamp).getTime()).not.toBeNaN();
    const cj = rows.find(
      (r) => r.panellist === 'P003' && r.item_number === '1.2' && r.dimension === 'importance',
    )!;
    expect(cj).toMatchObject({
      value: '',
      cannot_judge: '1',
      dissent: '1',
      dissent_reason: 'Geen taak van ons',
    });
    expect(rows.some((r) => r.panellist === 'P002' && r.item_number === '1.2')).toBe(false);
  });

  it('never puts names or e-mail addresses in any export', async () => {
    const { db, studyId, roundId } = await seeded();
    const xlsx = await exportXlsx(db, studyId, 'nl', roundId);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
    const cells: string[] = [];
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => cells.push(String(c.value)))));
    for (const text of [
      exportCsv(db, studyId),
      JSON.stringify(exportJson(db, studyId, 'nl')),
      cells.join('\n'),
    ]) {
      expect(text).not.toMatch(/Geheime Naam|geheim\d@example\.org/);
      expect(text).toContain('P001');
    }
  });

  it('writes an XLSX with a sheet of raw answers and one of item statistics', async () => {
    const { db, studyId } = await seeded();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await exportXlsx(db, studyId, 'nl')) as unknown as ArrayBuffer);
    const answers = wb.getWorksheet(ANSWERS_SHEET)!;
    const items = wb.getWorksheet(ITEMS_SHEET)!;
    expect(answers.rowCount).toBe(11);
    const header = (answers.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual([...LONG_COLUMNS]);
    const values = (answers.getRow(2).values as unknown[]).slice(1);
    expect(values.slice(0, 7)).toEqual([1, '1.1', 1, 'P001', 'cliënten', 'importance', 9]);
    const itemHeader = (items.getRow(1).values as unknown[]).slice(1) as string[];
    const col = (name: string) => itemHeader.indexOf(name) + 1;
    // Item 1.1 importance: 9, 6, 5 → median 6, n 3.
    const row = items.getRow(2);
    expect(row.getCell(col('item_number')).value).toBe('1.1');
    expect(row.getCell(col('dimension')).value).toBe('importance');
    expect(row.getCell(col('n')).value).toBe(3);
    expect(row.getCell(col('median')).value).toBe(6);
    expect(row.getCell(col('dissent')).value).toBe(1);
    expect(row.getCell(col('decision')).value).toBe('none');
    // Item 1.2 importance: one rating (5), one cannot-judge.
    expect(items.getRow(4).getCell(col('cannot_judge')).value).toBe(1);
  });

  it('gives per round the report figures and the answers as JSON', async () => {
    const { db, studyId } = await seeded();
    const json = exportJson(db, studyId, 'nl');
    expect(json.rounds).toHaveLength(1);
    expect(json.rounds[0]!.report.items[1]!.dissent).toBe(1);
    expect(json.rounds[0]!.answers).toHaveLength(10);
  });
});
