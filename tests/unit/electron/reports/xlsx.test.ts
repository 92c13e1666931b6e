import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { tableToXlsx } from '../../../../electron/reports/xlsx';

describe('tableToXlsx', () => {
  it('writes text as string cells (never formulas) and numbers as numbers, read back by exceljs', async () => {
    const hostile = '=HYPERLINK("http://x","y")';
    const bytes = await tableToXlsx(
      {
        columns: ['Site', 'Energy (kWh)'],
        rows: [
          [hostile, 12.5],
          ['+cmd', null],
          ['  @SUM(A1)', 0],
        ],
      },
      'Production',
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
    const sheet = workbook.getWorksheet('Production')!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'Site', 'Energy (kWh)']);
    const a2 = sheet.getCell('A2');
    expect(a2.type).toBe(ExcelJS.ValueType.String);
    expect(a2.value).toBe(hostile);
    expect(a2.formula).toBeUndefined();
    expect(sheet.getCell('B2').type).toBe(ExcelJS.ValueType.Number);
    expect(sheet.getCell('B2').value).toBe(12.5);
    expect(sheet.getCell('A3').type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell('B3').type).toBe(ExcelJS.ValueType.Null);
    expect(sheet.getCell('A4').value).toBe('  @SUM(A1)');
    // Nothing in the file is a formula.
    sheet.eachRow((row) =>
      row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)),
    );
  });
});
