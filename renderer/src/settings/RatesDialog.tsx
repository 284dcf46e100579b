/**
 * The facilitator's own payment rates: add, change and remove them, each with where it comes from
 * and when it was checked. Kindred ships no amounts (NIHR payment guidance: rates change), so
 * every figure here is the facilitator's, with its source beside it.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { RATE_UNITS, RATE_UNIT_LABELS, type Rate, type RateUnit } from '../../../main/domain/people';
import { LIMITS } from '../../../main/domain/plan';
import { isIsoDate } from '../../../main/domain/time';
import { checkField, rateSchema } from '../../../main/domain/validation';
import { ApiError } from '../api/client';
import { useAnnounce } from '../components/Announcer';
import { ChoiceRadioGroup } from '../components/ChoiceRadioGroup';
import { DateEntryField } from '../components/DateEntryField';
import { DoneDialog } from '../components/DoneDialog';
import { DraftField, type Check } from '../components/DraftField';
import { poundsText, requiredPoundsCheck } from '../people/money';
import { localToday } from '../../../main/domain/time';
import { rateAmountText, rateSourceText } from './rates';
import { useSettings } from './useSettings';
import '../styles/people.css';

const same = (s: string) => s;
const fieldCheck =
  (schema: Parameters<typeof checkField>[0]): Check<string> =>
  (draft) => {
    const message = checkField(schema, draft);
    return message === null ? { ok: true, value: draft } : { ok: false, message };
  };
const nameCheck = fieldCheck(rateSchema.shape.name);
const sourceCheck = fieldCheck(rateSchema.shape.source);
const amountCheck = requiredPoundsCheck('The rate');
const dateCheck: Check<string> = (draft) =>
  isIsoDate(draft) ? { ok: true, value: draft } : { ok: false, message: 'Choose the date you checked it, like 1 March 2027.' };

export const RATES_INTRO = 'Kindred does not come with rates: use your organisation’s, and note where they come from and when you checked.';

export function RatesDialog({ isOpen, onClose }: { isOpen: boolean; onClose: () => void }) {
  return (
    <DoneDialog isOpen={isOpen} onClose={onClose} title="Payment rates" titleLevel={2} wide done="secondary" footerClassName="rates-done">
      <RatesEditor />
    </DoneDialog>
  );
}

type Editing = { mode: 'add' } | { mode: 'edit'; rate: Rate } | null;

function RatesEditor() {
  const { settings, save } = useSettings();
  const rates = settings.rates;
  const announce = useAnnounce();
  const [editing, setEditing] = useState<Editing>(() => (rates.length === 0 ? { mode: 'add' } : null));
  const [removed, setRemoved] = useState<{ rate: Rate; index: number } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  // Each ask to put focus back on "Add a rate" is counted, and met once the form has closed.
  const [focusAddAsks, setFocusAddAsks] = useState(0);
  const focusAddMet = useRef(0);
  const askFocusAdd = () => setFocusAddAsks((n) => n + 1);

  useEffect(() => {
    if (focusAddAsks > focusAddMet.current && editing === null) {
      addButton.current?.focus();
      focusAddMet.current = focusAddAsks;
    }
  }, [focusAddAsks, editing]);

  const persist = async (next: Rate[]) => {
    setProblem(null);
    try {
      await save({ rates: next });
      return true;
    } catch (err) {
      setProblem(err instanceof ApiError ? err.message : 'That change was not kept. Please try again.');
      return false;
    }
  };

  const onSave = async (rate: Rate) => {
    const exists = rates.some((r) => r.id === rate.id);
    const next = exists ? rates.map((r) => (r.id === rate.id ? rate : r)) : [...rates, rate];
    if (await persist(next)) {
      setEditing(null);
      askFocusAdd();
      announce(exists ? `Saved the changes to “${rate.name}”.` : `Added the rate “${rate.name}”.`);
    }
  };

  const onRemove = async (rate: Rate) => {
    const index = rates.findIndex((r) => r.id === rate.id);
    if (await persist(rates.filter((r) => r.id !== rate.id))) {
      setRemoved({ rate, index });
      if (editing?.mode === 'edit' && editing.rate.id === rate.id) setEditing(null);
      askFocusAdd();
    }
  };

  const putBack = async () => {
    if (!removed) return;
    const next = [...rates];
    next.splice(Math.min(removed.index, next.length), 0, removed.rate);
    if (await persist(next)) {
      announce(`“${removed.rate.name}” is back.`);
      setRemoved(null);
    }
  };

  return (
    <div className="rates-editor">
      <p>{RATES_INTRO}</p>
      <p className="field-description">
        Choosing a rate for someone keeps a copy with them, so changing or removing a rate here does not change what you have already agreed.
      </p>
      {rates.length === 0 ? (
        <p>You have not added any rates yet.</p>
      ) : (
        <ul className="rate-list" aria-label="Your rates">
          {rates.map((rate) => (
            <li key={rate.id} className="rate-item">
              <div className="rate-text">
                <p className="rate-name">
                  {rate.name}: {rateAmountText(rate)}
                </p>
                <p className="field-description">{capitalise(rateSourceText(rate))}</p>
              </div>
              <div className="rate-actions">
                <button
                  type="button"
                  className="button button-secondary"
                  aria-label={`Change “${rate.name}”`}
                  onClick={() => setEditing({ mode: 'edit', rate })}
                >
                  Change
                </button>
                <button type="button" className="button button-quiet" aria-label={`Remove “${rate.name}”`} onClick={() => void onRemove(rate)}>
                  Remove
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <div role="status" className="rate-removed">
        {removed && (
          <p className="notice notice-calm">
            Removed “{removed.rate.name}”. People who already have it agreed keep their copy.{' '}
            <button type="button" className="button button-secondary" onClick={() => void putBack()}>
              Put it back
            </button>
          </p>
        )}
      </div>
      {problem && (
        <p className="notice notice-problem" role="alert">
          {problem}
        </p>
      )}
      {editing ? (
        <RateForm
          key={editing.mode === 'edit' ? editing.rate.id : 'new'}
          rate={editing.mode === 'edit' ? editing.rate : null}
          onSave={(rate) => void onSave(rate)}
          onCancel={() => {
            setEditing(null);
            askFocusAdd();
          }}
          canCancel={rates.length > 0 || editing.mode === 'edit'}
        />
      ) : (
        <button
          ref={addButton}
          type="button"
          className="button button-secondary"
          onClick={() => setEditing({ mode: 'add' })}
          disabled={rates.length >= LIMITS.rates}
        >
          Add a rate
        </button>
      )}
    </div>
  );
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function RateForm({
  rate,
  onSave,
  onCancel,
  canCancel,
}: {
  rate: Rate | null;
  onSave: (rate: Rate) => void;
  onCancel: () => void;
  canCancel: boolean;
}) {
  const [name, setName] = useState(rate?.name ?? '');
  const [amount, setAmount] = useState(rate ? poundsText(rate.amountPence) : '');
  const [unit, setUnit] = useState<RateUnit>(rate?.unit ?? 'hour');
  const [source, setSource] = useState(rate?.source ?? '');
  const [asOf, setAsOf] = useState(rate?.asOf ?? localToday());
  const [problems, setProblems] = useState<string[]>([]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    // Only this form: the dialog around it must not see the submit.
    e.stopPropagation();
    const checks = [nameCheck(name), amountCheck(amount), sourceCheck(source), dateCheck(asOf)];
    const found = checks.flatMap((c) => (c.ok ? [] : [c.message]));
    setProblems(found);
    const amountPence = amountCheck(amount);
    if (found.length > 0 || !amountPence.ok) return;
    onSave({ id: rate?.id ?? crypto.randomUUID(), name: name.trim(), amountPence: amountPence.value, unit, source: source.trim(), asOf });
  };

  const title = rate ? `Change “${rate.name}”` : 'Add a rate';
  return (
    <form className="rate-form" onSubmit={submit} noValidate aria-labelledby="rate-form-heading">
      <h3 id="rate-form-heading" className="rate-form-title">
        {title}
      </h3>
      <DraftField
        label="Name"
        description="For example, “Involvement, per hour” or “Advisory group day”."
        value={name}
        format={same}
        check={nameCheck}
        onCommit={() => {}}
        onDraftChange={setName}
        isRequired
        autoFocus
      />
      <div className="field-row">
        <DraftField
          label="Amount in pounds"
          description="For example, 20 or 12.50"
          value={amount}
          format={same}
          check={(d) => {
            const c = amountCheck(d);
            return c.ok ? { ok: true, value: d } : c;
          }}
          onCommit={() => {}}
          onDraftChange={setAmount}
          inputMode="text"
          className="field-short"
          isRequired
        />
        <ChoiceRadioGroup label="Paid" className="radio-inline" value={unit} options={RATE_UNITS} labels={RATE_UNIT_LABELS} onChange={setUnit} />
      </div>
      <DraftField
        label="Where does this rate come from?"
        description="For example, your organisation’s involvement policy, so anyone can check it later."
        value={source}
        format={same}
        check={sourceCheck}
        onCommit={() => {}}
        onDraftChange={setSource}
        isRequired
      />
      <DateEntryField
        label="Checked on"
        value={asOf === '' ? null : asOf}
        onCommit={(d) => setAsOf(d ?? '')}
        isRequired
        requiredMessage="Choose the date you checked it, like 1 March 2027."
        className="field-short"
      />
      {problems.length > 0 && (
        <div className="notice notice-problem" role="alert">
          <p>A few things before this rate can be saved:</p>
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="button-row">
        <button type="submit" className="button button-primary">
          Save rate
        </button>
        {canCancel && (
          <button type="button" className="button button-secondary" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
