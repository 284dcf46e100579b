/**
 * The payments list for a finance team, as a CSV or an Excel file: every live plan dated within
 * the range asked for (or, given `planIds`, only those plans: a project's sessions), read in one
 * transaction so the list is of one moment.
 */
import type { ParsedInput, ServiceImpl } from '../contract/contract';
import { paymentsCsv } from '../domain/payments/paymentsCsv';
import { leftOutSentences, paymentsList, type PaymentsPlan } from '../domain/payments/paymentsList';
import { paymentsFileStem, paymentsTable, rangeWords } from '../domain/payments/paymentsTable';
import { safeFileName } from '../domain/pack/fileNames';
import { paymentsWorkbook } from './paymentsWorkbook';
import type { StoreContext } from './storeContext';

type PaymentsMethods = Pick<ServiceImpl, 'paymentsFile'>;

export function paymentsMethods(ctx: StoreContext): PaymentsMethods {
  const plansFor = ctx.db.transaction(({ from, to, planIds }: ParsedInput<'paymentsFile'>): PaymentsPlan[] => {
    const only = planIds ? new Set(planIds) : null;
    // Undated plans are read too (only their count is used), so the list can say they were left out.
    return (
      ctx.plans
        .list('date_asc', undefined)
        .filter((p) => (only ? only.has(p.id) : true) && (p.date === null || (p.date >= from && p.date <= to)))
        // Only the people are read, not whole plans: a year's list reads hundreds of plans.
        .map((p) => ({ id: p.id, title: p.title, date: p.date, people: p.date === null ? [] : ctx.people.list(p.id) }))
    );
  });

  return {
    paymentsFile: async (input) => {
      const range = { from: input.from, to: input.to };
      const list = paymentsList(plansFor(input), range);
      const table = paymentsTable(list, rangeWords(range));
      const bytes = input.format === 'csv' ? new TextEncoder().encode(paymentsCsv(table)) : await paymentsWorkbook(table, ctx.clock());
      return {
        fileName: safeFileName(paymentsFileStem(range), `.${input.format}`),
        base64: Buffer.from(bytes).toString('base64'),
        lines: list.lines.length,
        sessions: list.sessions,
        notNamed: list.notNamed,
        leftOut: leftOutSentences(list),
      };
    },
  };
}
