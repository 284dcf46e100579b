/**
 * The benefits check amount: payments to one person in a tax year above it bring a gentle prompt on
 * their profile to check their benefits advice is current. Kindred ships no figure (thresholds
 * change and differ by benefit), so, like a rate, it is the facilitator's, with its source and date.
 */
import { useState } from 'react';
import type { BenefitsCheck } from '../../../main/domain/history';
import { formatPence } from '../../../main/domain/people';
import { formatDate } from '../../../main/domain/time';
import { DateEntryField } from '../components/DateEntryField';
import { TextBox } from '../directory/TextBox';
import { parsePounds, poundsText } from '../people/money';
import { useSettingsSave } from './useSettings';

export function BenefitsCheckFields() {
  const { settings, problem, change } = useSettingsSave();
  const saved = settings.benefitsCheck;
  // A new saved amount (here or in another window) starts the fields afresh from it.
  const key = saved ? `${saved.amountPence}|${saved.source}|${saved.asOf}` : 'none';
  return <BenefitsCheckForm key={key} saved={saved} problem={problem} change={change} />;
}

function BenefitsCheckForm({ saved, problem, change }: { saved: BenefitsCheck | null } & Omit<ReturnType<typeof useSettingsSave>, 'settings'>) {
  const [amount, setAmount] = useState(saved ? poundsText(saved.amountPence) : '');
  const [source, setSource] = useState(saved?.source ?? '');
  const [asOf, setAsOf] = useState<string | null>(saved?.asOf ?? null);
  const [missing, setMissing] = useState<string | null>(null);

  const save = () => {
    const amountPence = parsePounds(amount);
    if (amountPence === null || amountPence === 0) return setMissing('Add the amount, like 1500 or 1,500.00.');
    if (source.trim() === '') return setMissing('Say where this amount comes from, so anyone can check it later.');
    if (asOf === null) return setMissing('Add the date you checked it.');
    setMissing(null);
    const next: BenefitsCheck = { amountPence, source: source.trim(), asOf };
    void change({ benefitsCheck: next });
  };

  return (
    <section className="settings-section" aria-labelledby="settings-benefits-heading">
      <h3 id="settings-benefits-heading" className="settings-section-title">
        Benefits check amount
      </h3>
      <p className="field-description">
        Payment can affect welfare benefits. When what you pay someone in a tax year (6 April to 5 April) passes this amount, their profile suggests
        checking their benefits advice is current. Kindred has no figure of its own: use the one your organisation or a benefits adviser gives you.
      </p>
      {saved && (
        <p data-testid="benefits-check-saved">
          Now: {formatPence(saved.amountPence)} a tax year ({saved.source}, checked {formatDate(saved.asOf)}).
        </p>
      )}
      <TextBox label="Amount in a tax year (£)" value={amount} onChange={setAmount} />
      <TextBox label="Where the amount comes from" value={source} onChange={setSource} />
      <DateEntryField label="Checked on" value={asOf} onCommit={setAsOf} />
      {(missing ?? problem) && (
        <p className="notice notice-problem" role="alert">
          {missing ?? problem}
        </p>
      )}
      <div className="button-row">
        <button type="button" className="button button-secondary" onClick={save}>
          Save the amount
        </button>
        {saved && (
          <button type="button" className="button button-quiet" onClick={() => void change({ benefitsCheck: null })}>
            Remove the amount
          </button>
        )}
      </div>
    </section>
  );
}
