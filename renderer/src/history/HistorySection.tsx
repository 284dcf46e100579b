/**
 * Their history with you, on a person's profile: each workshop they were part of (with the part they
 * played, hours and money), the "you said, we did" that came from them, and what was paid per UK tax
 * year, with a gentle prompt about benefits advice when a year passes the amount set in Settings.
 */
import { useEffect, useState } from 'react';
import type { PersonHistory } from '../../../main/domain/history';
import { PERSON_ROLE_LABELS, formatPence } from '../../../main/domain/people';
import { formatDate } from '../../../main/domain/time';
import { api } from '../api/client';
import { routeHref } from '../lib/route';
import { benefitsPromptWords, hoursWords, partWords } from './historyWords';
// The shared table styles (.data-table) live with the plan's people; load them wherever the history shows.
import '../styles/people.css';

export function HistorySection({ directoryPersonId, name }: { directoryPersonId: string; name: string }) {
  const [history, setHistory] = useState<PersonHistory | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    api.getPersonHistory({ directoryPersonId }).then(
      (h) => live && setHistory(h),
      (err: unknown) => live && setProblem(err instanceof Error ? err.message : 'Their history could not be opened just now.'),
    );
    return () => {
      live = false;
    };
  }, [directoryPersonId]);

  const prompt = history && benefitsPromptWords(name, history);
  const said = history?.entries.flatMap((e) => e.changes.map((c) => ({ ...c, title: e.title }))) ?? [];

  return (
    <section className="form-section history" aria-labelledby="profile-history">
      <h3 id="profile-history">Their history with you</h3>
      {problem && <p className="notice notice-attention">{problem}</p>}
      {!history && !problem && <p>Gathering their history…</p>}
      {history && history.entries.length === 0 && <p>Not in a plan yet. Their workshops with you will gather here.</p>}
      {history && history.entries.length > 0 && (
        <>
          {prompt && (
            <p className="notice notice-calm" data-testid="benefits-prompt">
              {prompt}
            </p>
          )}
          <div className="history-scroll">
            <table className="data-table" data-testid="history-table">
              <caption>Workshops with you, newest first</caption>
              <Head columns={['Workshop', 'Date', 'Role', 'Their part', 'Hours']} money={['Fee', 'Expenses']} />
              <tbody>
                {history.entries.map((e) => (
                  <tr key={e.planId}>
                    <th scope="row">
                      <a href={routeHref({ name: 'plan', planId: e.planId, tab: 'people' })}>{e.title}</a>
                    </th>
                    <td>
                      {e.date ? formatDate(e.date) : 'No date yet'}
                      {e.delivered ? '' : ' (still ahead)'}
                      {e.attended === null ? '' : e.attended ? ' · came' : ' · could not come'}
                    </td>
                    <td>{PERSON_ROLE_LABELS[e.role]}</td>
                    <td>{partWords(e)}</td>
                    <td className="nowrap">{hoursWords(e.hours)}</td>
                    <td className="money">{e.declined ? 'They would rather not be paid' : formatPence(e.feePence)}</td>
                    <td className="money">{formatPence(e.expensesPence)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {history.taxYears.length === 0 ? (
            <p>Nothing paid yet: payments are counted once a workshop is marked delivered.</p>
          ) : (
            <table className="data-table data-table-narrow" data-testid="tax-years-table">
              <caption>Paid per tax year (6 April to 5 April), delivered workshops</caption>
              <Head columns={['Tax year', 'Workshops']} money={['Fees', 'Expenses', 'Total']} />
              <tbody>
                {history.taxYears.map((t) => (
                  <tr key={t.startYear}>
                    <th scope="row">{t.label}</th>
                    <td>{t.sessions}</td>
                    <td className="money">{formatPence(t.feesPence)}</td>
                    <td className="money">{formatPence(t.expensesPence)}</td>
                    <td className="money">{formatPence(t.totalPence)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <h4>You said, we did: from {name}</h4>
          {said.length === 0 ? (
            <p>
              Nothing is recorded as coming from them yet, with their agreement to be named. You can note who an item came from on a plan’s After tab.
            </p>
          ) : (
            <ul className="history-said">
              {said.map((c) => (
                <li key={c.id}>
                  <strong>{c.title}:</strong> you said “{c.youSaid}”; we did: {c.weDid || 'not yet recorded'}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

/** A table's header row: the columns of words, then the money columns (right-aligned, like the figures). */
function Head({ columns, money }: { columns: string[]; money: string[] }) {
  return (
    <thead>
      <tr>
        {columns.map((c) => (
          <th key={c} scope="col" className="nowrap">
            {c}
          </th>
        ))}
        {money.map((c) => (
          <th key={c} scope="col" className="money">
            {c}
          </th>
        ))}
      </tr>
    </thead>
  );
}
