/**
 * The payments list as an Excel workbook (exceljs), for a finance team: real numbers in pounds and
 * real dates, a bold header row that stays in view and repeats when printed, a totals row, and a
 * second sheet saying what the list covers and leaves out. Service side only: exceljs is large and
 * the page never needs it.
 *
 * Text goes in as text cells, which Excel never evaluates, so a name starting with "=" shows as it
 * is here without the apostrophe the CSV needs.
 */
import type ExcelJS from 'exceljs';
import type { Cell, PaymentsTable } from '../domain/payments/paymentsTable';

function value(cell: Cell): ExcelJS.CellValue {
  switch (cell.kind) {
    case 'text':
      // exceljs leaves out characters XML cannot hold (a pasted control character), so the file stays readable.
      return cell.value;
    case 'money':
      return cell.pence / 100;
    case 'number':
      return Math.round(cell.value * 100) / 100;
    case 'date': {
      const [y, m, d] = cell.iso.split('-').map(Number) as [number, number, number];
      // Midday UTC, so no time zone can move it to another day.
      return new Date(Date.UTC(y, m - 1, d, 12));
    }
  }
}

const FORMATS: Partial<Record<Cell['kind'], string>> = { money: '£#,##0.00', date: 'd mmmm yyyy', number: '0.##' };

function addRow(sheet: ExcelJS.Worksheet, cells: readonly Cell[], bold = false): void {
  const row = sheet.addRow(cells.map(value));
  cells.forEach((cell, i) => {
    const target = row.getCell(i + 1);
    const format = FORMATS[cell.kind];
    if (format) target.numFmt = format;
    if (bold) target.font = { bold: true };
  });
}

export async function paymentsWorkbook(table: PaymentsTable, created: Date): Promise<Uint8Array> {
  // Loaded on first use: it is large, rarely needed, and CommonJS that bundles for the app's start-up
  // (and the crash tests' children) would otherwise have to carry.
  const { default: Excel } = await import('exceljs');
  const book = new Excel.Workbook();
  book.creator = 'Kindred';
  book.title = table.title;
  book.created = created;
  book.modified = created;

  const sheet = book.addWorksheet('Payments', {
    views: [{ state: 'frozen', ySplit: 1 }],
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' },
  });
  sheet.columns = table.header.map((header, i) => ({
    header,
    // Wide enough for "13 September 2027" and "£1,234.00", so Excel never shows ####.
    width: i === 0 || i === 1 ? 28 : header.startsWith('What') ? 36 : header === 'Date' ? 18 : Math.max(12, header.length + 4),
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of table.rows) addRow(sheet, row);
  addRow(sheet, table.totals, true);

  const about = book.addWorksheet('About this list');
  about.columns = [{ header: 'About this list', width: 110 }];
  about.getRow(1).font = { bold: true };
  for (const note of table.notes) about.addRow([note]).getCell(1).alignment = { wrapText: true };

  const buffer = await book.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
