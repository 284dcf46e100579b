/**
 * The payments list as rows and columns, once, so the CSV and the Excel workbook have the same
 * columns in the same order and say the same things.
 */
import { EXPENSE_KINDS, EXPENSE_KIND_LABELS } from '../people';
import { leftOutSentences, type PaymentsList, type PaymentsRange } from './paymentsList';
import { formatDate } from '../time';

export type Cell =
  | { kind: 'text'; value: string }
  /** An amount in pence, written as pounds (12.5 → "12.50"). */
  | { kind: 'money'; pence: number }
  | { kind: 'number'; value: number }
  /** An ISO date. */
  | { kind: 'date'; iso: string };

export interface PaymentsTable {
  title: string;
  header: string[];
  rows: Cell[][];
  /** The totals row, the same width as the header. */
  totals: Cell[];
  /** What the list covers and leaves out, in sentences. */
  notes: string[];
}

const text = (value: string): Cell => ({ kind: 'text', value });
const money = (pence: number): Cell => ({ kind: 'money', pence });

export const PAYMENT_COLUMNS = [
  'Person',
  'Session',
  'Date',
  'Hours',
  'Fee (£)',
  ...EXPENSE_KINDS.map((k) => `${k === 'other' ? 'Other expenses' : EXPENSE_KIND_LABELS[k]} (£)`),
  'What the expenses were for',
  'Total (£)',
  'Payment method',
  'Status',
];

/** `covers`: what the list is of, e.g. "Sessions from 1 April 2027 to 30 June 2027". */
export function paymentsTable(list: PaymentsList, covers: string): PaymentsTable {
  const rows = list.lines.map((l): Cell[] => [
    text(l.person),
    text(l.session),
    l.date ? { kind: 'date', iso: l.date } : text(''),
    { kind: 'number', value: l.hours },
    money(l.feePence),
    ...EXPENSE_KINDS.map((k) => money(l.expenses[k])),
    text(l.expenseNotes),
    money(l.totalPence),
    text(l.method),
    text(l.status),
  ]);
  const t = list.totals;
  const totals: Cell[] = [
    text('Total'),
    text(list.sessions === 1 ? '1 session' : `${list.sessions} sessions`),
    text(''),
    { kind: 'number', value: t.hours },
    money(t.feePence),
    ...EXPENSE_KINDS.map((k) => money(t.expenses[k])),
    text(''),
    money(t.totalPence),
    text(''),
    text(''),
  ];
  const notes = [
    `${covers}.`,
    ...(list.lines.length === 0 ? ['Nobody has a fee or expenses recorded for these sessions.'] : []),
    ...leftOutSentences(list),
  ];
  return { title: 'Payments list', header: PAYMENT_COLUMNS, rows, totals, notes };
}

/** "Sessions from 1 April 2027 to 30 June 2027". */
export function rangeWords(range: PaymentsRange): string {
  return range.from === range.to ? `Sessions on ${formatDate(range.from)}` : `Sessions from ${formatDate(range.from)} to ${formatDate(range.to)}`;
}

/** A file name for the list, without its extension: "Payments 2027-04-01 to 2027-06-30". */
export function paymentsFileStem(range: PaymentsRange): string {
  return range.from === range.to ? `Payments ${range.from}` : `Payments ${range.from} to ${range.to}`;
}

/** Pence as pounds with two decimals, no symbol or separators, so a spreadsheet reads a number. */
export const pounds = (pence: number): string => (pence / 100).toFixed(2);
