/**
 * Paying one person back for their time and knowledge (NIHR payment guidance): agree it first,
 * count the hours, use one of the facilitator's own rates, cover every expense so nobody is out of
 * pocket, and signpost benefits advice, because payment can affect welfare benefits.
 */
import { memo, useRef } from 'react';
import { Checkbox } from 'react-aria-components';
import {
  EXPENSE_KINDS,
  EXPENSE_KIND_LABELS,
  HOURS_PER_DAY,
  PAYMENT_METHODS,
  PAYMENT_METHOD_LABELS,
  PAYMENT_STATUSES,
  PAYMENT_STATUS_LABELS,
  expensesPence,
  feePence,
  formatPence,
  totalHours,
  type Expense,
  type Payment,
  type Rate,
} from '../../../main/domain/people';
import { LIMITS } from '../../../main/domain/plan';
import { useAnnounce } from '../components/Announcer';
import { ChoiceRadioGroup } from '../components/ChoiceRadioGroup';
import { ChoiceSelect } from '../components/ChoiceSelect';
import { DraftField } from '../components/DraftField';
import { longTextCheck, shortTextCheck } from '../lib/checks';
import { agreedCopy, matchingRate, rateAmountText, rateSourceText } from '../settings/rates';
import { formatHours, hoursCheck, hoursText, poundsCheck, poundsText } from './money';
import { THEY, verb, type PersonWords } from '../../../main/domain/pronouns';

const same = (s: string) => s;
const prepCheck = hoursCheck('Preparation time');
const sessionCheck = hoursCheck('Session time');
const followUpCheck = hoursCheck('Follow-up time');
const expenseCheck = poundsCheck('The expense');
const noteCheck = shortTextCheck('The note');
const notesCheck = longTextCheck('Notes');

const NO_RATE = 'none';
const AGREED_RATE = 'agreed';
const NO_METHOD = 'none';
const agreedPrefix = (rateKey: string) => (rateKey === AGREED_RATE ? 'As agreed: ' : '');

/** "Fee: £140 for 7 hours at £20 per hour." */
export function feeSentence(payment: Payment, words: Pick<PersonWords, 'they'> = THEY): string {
  if (payment.status === 'declined') return `No fee: ${words.they} would rather not be paid.`;
  if (!payment.rate) return 'Choose a rate to see the fee.';
  const hours = totalHours(payment);
  if (hours === 0) return 'Add the hours to see the fee.';
  const fee = formatPence(feePence(payment));
  if (payment.rate.unit === 'hour') return `Fee: ${fee} for ${formatHours(hours)} at ${rateAmountText(payment.rate)}.`;
  return `Fee: ${fee} for ${formatHours(hours)} at ${rateAmountText(payment.rate)}, counted in half days of ${HOURS_PER_DAY / 2} hours.`;
}

export const PaymentEditor = memo(function PaymentEditor({
  personId,
  words,
  payment,
  rates,
  onChange,
  onOpenRates,
}: {
  personId: string;
  /** Their pronouns, for the sentences about them. */
  words: PersonWords;
  payment: Payment;
  rates: readonly Rate[];
  onChange: (personId: string, patch: Partial<Payment>) => void;
  onOpenRates: () => void;
}) {
  const announce = useAnnounce();
  const addExpenseRef = useRef<HTMLButtonElement>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const update = (patch: Partial<Payment>) => onChange(personId, patch);
  const benefitsId = `payment-${personId}-benefits`;
  const declined = payment.status === 'declined';
  const matched = matchingRate(rates, payment.rate);
  const rateKey = payment.rate === null ? null : (matched?.id ?? AGREED_RATE);
  const rateFor = (key: string) => (key === AGREED_RATE ? payment.rate : rates.find((r) => r.id === key));

  const setExpense = (id: string, patch: Partial<Expense>) =>
    update({ expenses: payment.expenses.map((e) => (e.id === id ? { ...e, ...patch } : e)) });

  const addExpense = () => {
    const expense: Expense = { id: crypto.randomUUID(), kind: 'travel', note: '', amountPence: 0 };
    update({ expenses: [...payment.expenses, expense] });
    requestAnimationFrame(() => listRef.current?.querySelector<HTMLElement>(`[data-expense-id="${expense.id}"] .select-button`)?.focus());
  };

  const removeExpense = (expense: Expense, index: number) => {
    update({ expenses: payment.expenses.filter((e) => e.id !== expense.id) });
    announce(`Removed expense ${index + 1}, ${EXPENSE_KIND_LABELS[expense.kind]}.`);
    requestAnimationFrame(() => addExpenseRef.current?.focus());
  };

  return (
    <div className="payment">
      <p className="field-description">
        Agree payment before {words.theyDo('start')}, and tell {words.them} clearly what {words.they} {verb(words, 'are')} offered (NIHR payment
        guidance).
      </p>
      <ChoiceRadioGroup
        label="Payment"
        value={payment.status}
        options={PAYMENT_STATUSES}
        labels={PAYMENT_STATUS_LABELS}
        onChange={(status) => update({ status })}
      />

      {!declined && (
        <>
          <fieldset className="plain-fieldset">
            <legend className="label">Hours</legend>
            <p className="field-description">Count preparation and follow-up too: reading, travel time you agreed, and any feedback.</p>
            <div className="field-row">
              <DraftField
                label="Preparation"
                description="Hours, like 1.5"
                value={payment.prepHours}
                format={hoursText}
                check={prepCheck}
                onCommit={(prepHours) => update({ prepHours })}
                inputMode="text"
                className="field-hours"
              />
              <DraftField
                label="The session"
                description="Hours"
                value={payment.sessionHours}
                format={hoursText}
                check={sessionCheck}
                onCommit={(sessionHours) => update({ sessionHours })}
                inputMode="text"
                className="field-hours"
              />
              <DraftField
                label="Follow-up"
                description="Hours"
                value={payment.followUpHours}
                format={hoursText}
                check={followUpCheck}
                onCommit={(followUpHours) => update({ followUpHours })}
                inputMode="text"
                className="field-hours"
              />
            </div>
          </fieldset>

          {rates.length === 0 && payment.rate === null ? (
            <div className="notice notice-calm rate-missing">
              <p>
                You have not added any payment rates yet. Kindred does not come with rates: add your organisation’s, with where it comes from, and
                choose it here.
              </p>
              <button type="button" className="button button-secondary" onClick={onOpenRates}>
                Add a payment rate
              </button>
            </div>
          ) : (
            <div className="rate-choice">
              <ChoiceSelect
                label="Rate"
                value={rateKey}
                none={{ id: NO_RATE, label: 'No rate chosen yet' }}
                options={[...(payment.rate && !matched ? [AGREED_RATE] : []), ...rates.map((r) => r.id)]}
                labels={(k) => {
                  const rate = rateFor(k);
                  return rate && `${agreedPrefix(k)}${rate.name}, ${rateAmountText(rate)}`;
                }}
                textValue={(k) => `${agreedPrefix(k)}${rateFor(k)?.name ?? ''}`}
                description={payment.rate ? `${rateAmountText(payment.rate)} · ${rateSourceText(payment.rate)}` : undefined}
                onChange={(k) => {
                  if (k === null) update({ rate: null });
                  else if (k !== AGREED_RATE) {
                    const rate = rates.find((r) => r.id === k);
                    if (rate) update({ rate: agreedCopy(rate) });
                  }
                }}
              />
              <button type="button" className="button button-quiet rate-link" onClick={onOpenRates}>
                Your payment rates…
              </button>
            </div>
          )}
          {payment.rate && !matched && (
            <p className="field-description">This is the rate as you agreed it; it has since changed or been removed in your payment rates.</p>
          )}
          <p className="fee-line" aria-live="polite" aria-atomic="true" data-testid="fee">
            {feeSentence(payment, words)}
          </p>

          <ChoiceSelect
            label={`How ${words.they} will be paid`}
            className="field-medium"
            value={payment.method}
            none={{ id: NO_METHOD, label: 'Not decided yet' }}
            options={PAYMENT_METHODS}
            labels={PAYMENT_METHOD_LABELS}
            onChange={(method) => update({ method })}
          />
        </>
      )}

      <fieldset className="plain-fieldset expenses">
        <legend className="label">Expenses</legend>
        <p className="field-description">
          Travel, carer cover and childcare are expenses, not payment: nobody should be out of pocket for taking part
          {declined ? `, even when ${words.they} would rather not be paid` : ''}.
        </p>
        {payment.expenses.length > 0 && (
          <ol className="expense-list" ref={listRef}>
            {payment.expenses.map((e, i) => (
              <li key={e.id} className="expense-row" data-expense-id={e.id}>
                <ExpenseRow expense={e} index={i} onChange={setExpense} onRemove={removeExpense} />
              </li>
            ))}
          </ol>
        )}
        {payment.expenses.length > 0 && <p className="expenses-total">Expenses in all: {formatPence(expensesPence(payment))}</p>}
        <button
          ref={addExpenseRef}
          type="button"
          className="button button-secondary"
          onClick={addExpense}
          disabled={payment.expenses.length >= LIMITS.expensesPerPerson}
        >
          Add an expense
        </button>
      </fieldset>

      <Checkbox
        className="checkbox benefits"
        isSelected={payment.benefitsAdviceOffered}
        onChange={(benefitsAdviceOffered) => update({ benefitsAdviceOffered })}
        aria-describedby={benefitsId}
      >
        <span className="checkbox-box" aria-hidden="true" />
        We have pointed {words.them} to benefits advice
      </Checkbox>
      <p className="field-description checkbox-description" id={benefitsId}>
        Payment can affect welfare benefits, so people who receive them may want advice before they agree.
      </p>

      <DraftField
        label="Notes about payment"
        description="For example, what you agreed and when."
        value={payment.notes}
        format={same}
        check={notesCheck}
        onCommit={(notes) => update({ notes })}
        multiline
        rows={2}
      />
    </div>
  );
});

function ExpenseRow({
  expense,
  index,
  onChange,
  onRemove,
}: {
  expense: Expense;
  index: number;
  onChange: (id: string, patch: Partial<Expense>) => void;
  onRemove: (expense: Expense, index: number) => void;
}) {
  const n = index + 1;
  return (
    <fieldset className="plain-fieldset expense-fields">
      <legend className="visually-hidden">Expense {n}</legend>
      <ChoiceSelect
        label="Kind"
        className="field-kind"
        value={expense.kind}
        options={EXPENSE_KINDS}
        labels={EXPENSE_KIND_LABELS}
        onChange={(kind) => onChange(expense.id, { kind })}
      />
      <DraftField label="What for" value={expense.note} format={same} check={noteCheck} onCommit={(note) => onChange(expense.id, { note })} />
      <DraftField
        label="Amount in pounds"
        value={expense.amountPence}
        format={(p) => (p === 0 ? '' : poundsText(p))}
        check={expenseCheck}
        onCommit={(amountPence) => onChange(expense.id, { amountPence })}
        className="field-money"
      />
      <button
        type="button"
        className="button button-quiet expense-remove"
        onClick={() => onRemove(expense, index)}
        aria-label={`Remove expense ${n}`}
      >
        Remove
      </button>
    </fieldset>
  );
}
