/**
 * The payments list as CSV for a spreadsheet: UTF-8 with a byte order mark (so Excel reads "£" and
 * accented names rightly), CRLF line ends and quoting as RFC 4180 has them, and safe to open: a
 * text cell that a spreadsheet would take as a formula (starting with = + - @, a tab or a carriage
 * return) gets a leading apostrophe, so it shows as the text it is and never runs.
 */
import { pounds, type Cell, type PaymentsTable } from './paymentsTable';

export const UTF8_BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r]/;

/** One text value as a CSV field: defused, then quoted when it holds a comma, quote or line end. */
export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function cellText(cell: Cell): string {
  switch (cell.kind) {
    case 'text':
      return csvField(cell.value);
    case 'money':
      return pounds(cell.pence);
    case 'number':
      // Hours can be halves and quarters; never a long tail of digits.
      return String(Math.round(cell.value * 100) / 100);
    case 'date':
      // ISO dates read the same in every locale's spreadsheet (12/03 is March in the UK, December in the US).
      return cell.iso;
  }
}

const line = (cells: readonly Cell[]) => cells.map(cellText).join(',');

/** The whole file's text, BOM first: the header, a line per payment, the totals, then the notes. */
export function paymentsCsv(table: PaymentsTable): string {
  const lines = [table.header.map(csvField).join(','), ...table.rows.map(line), line(table.totals), '', ...table.notes.map(csvField)];
  return UTF8_BOM + lines.join('\r\n') + '\r\n';
}
