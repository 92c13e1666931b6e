/**
 * A table as a real XLSX workbook (exceljs). Text goes in as string cells, never formulas, so a
 * site named `=HYPERLINK(...)` is shown as the text it is; numbers stay numbers for sums.
 */
import ExcelJS from 'exceljs';
import type { ExportTable } from './portfolio-export';

/** The workbook's bytes: one sheet, a bold frozen header row, columns sized to their header. */
export async function tableToXlsx(table: ExportTable, sheetName: string): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Enalysis';
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = table.columns.map((header) => ({
    header,
    width: Math.min(48, Math.max(12, header.length + 2)),
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of table.rows) {
    // exceljs writes a JS string as a shared-string cell; only `{ formula }` objects become
    // formulas, and no cell here is ever one.
    sheet.addRow(row.map((cell) => (cell === undefined ? null : cell)));
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
