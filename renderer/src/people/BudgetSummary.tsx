/** What the plan pays people back: fees and expenses by person, and expenses by kind. */
import { memo } from 'react';
import {
  EXPENSE_KINDS,
  EXPENSE_KIND_LABELS,
  LIVED_EXPERIENCE_ROLES,
  budget,
  formatPence,
  hasPaymentRecorded,
  type Person,
} from '../../../main/domain/people';
import { nameList } from './powerSummary';
import { THEY, personWords } from '../../../main/domain/pronouns';

export const BudgetSummary = memo(function BudgetSummary({ people }: { people: readonly Person[] }) {
  const b = budget(people);
  const kinds = EXPENSE_KINDS.filter((k) => b.byExpenseKind[k] > 0);
  // People giving their time with lived experience and nothing recorded for them yet.
  const unpaid = people.filter((p) => LIVED_EXPERIENCE_ROLES.has(p.role) && !hasPaymentRecorded(p.payment));
  // One person: their own pronouns; several: they and their.
  const who = unpaid.length === 1 ? personWords(unpaid[0]!) : THEY;

  return (
    <section className="budget" aria-labelledby="budget-heading">
      <h3 id="budget-heading">What this plan pays</h3>
      {unpaid.length > 0 && (
        <p className="notice notice-attention">
          Nobody should be out of pocket for giving their time. Nothing is recorded yet for {nameList(unpaid.map((p) => p.name))}: you could agree a
          payment, add {who.their} expenses, or note that {who.they} would rather not be paid.
        </p>
      )}
      {b.lines.length === 0 ? (
        <p>No fees or expenses are recorded yet. They add up here as you agree them with people.</p>
      ) : (
        <>
          <table className="data-table" data-testid="budget-table">
            <caption>Fees and expenses for each person</caption>
            <thead>
              <tr>
                <th scope="col">Person</th>
                <th scope="col" className="money">
                  Fee
                </th>
                <th scope="col" className="money">
                  Expenses
                </th>
                <th scope="col" className="money">
                  Total
                </th>
              </tr>
            </thead>
            <tbody>
              {b.lines.map((l) => (
                <tr key={l.personId}>
                  <th scope="row">{l.name}</th>
                  <td className="money">{formatPence(l.feePence)}</td>
                  <td className="money">{formatPence(l.expensesPence)}</td>
                  <td className="money">{formatPence(l.feePence + l.expensesPence)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">Everyone</th>
                <td className="money">{formatPence(b.feesPence)}</td>
                <td className="money">{formatPence(b.expensesPence)}</td>
                <td className="money" data-testid="budget-total">
                  {formatPence(b.totalPence)}
                </td>
              </tr>
            </tfoot>
          </table>
          {kinds.length > 0 && (
            <table className="data-table data-table-narrow">
              <caption>Expenses by kind</caption>
              <thead>
                <tr>
                  <th scope="col">Kind</th>
                  <th scope="col" className="money">
                    Amount
                  </th>
                </tr>
              </thead>
              <tbody>
                {kinds.map((k) => (
                  <tr key={k}>
                    <th scope="row">{EXPENSE_KIND_LABELS[k]}</th>
                    <td className="money">{formatPence(b.byExpenseKind[k])}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">All expenses</th>
                  <td className="money">{formatPence(b.expensesPence)}</td>
                </tr>
              </tfoot>
            </table>
          )}
          <p className="field-description">
            The total for the plan is {formatPence(b.totalPence)}: {formatPence(b.feesPence)} in fees and {formatPence(b.expensesPence)} in expenses.
          </p>
        </>
      )}
    </section>
  );
});
