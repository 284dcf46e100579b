/**
 * The People screen: everyone Kindred knows across plans, found by name, the name they use,
 * organisation or email, and sorted by name, when they were last involved or when they were added.
 * Possible duplicates are offered here, one merge at a time, and never merged by themselves.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Button, Input, Label, SearchField } from 'react-aria-components';
import {
  DIRECTORY_SORTS,
  DIRECTORY_SORT_LABELS,
  filterPeople,
  searchText,
  sortPeople,
  type DirectorySort,
  type DirectorySummary,
} from '../../../main/domain/directory';
import { consentReminderSentence, consentReminder, consentToCheck } from '../../../main/domain/consentReminders';
import { localToday } from '../../../main/domain/time';
import { api } from '../api/client';
import { useAnnounce } from '../components/Announcer';
import { ChoiceSelect } from '../components/ChoiceSelect';
import { AddToDirectoryDialog } from './AddToDirectoryDialog';
import { DirectoryList } from './DirectoryList';
import { ForgetEverywhereDialog } from './ForgetEverywhereDialog';
import { countSentence } from './directoryWords';
import { MergeDialog } from './MergeDialog';
import { ProfileDialog } from './ProfileDialog';
import '../styles/directory.css';

const messageOf = (err: unknown, fallback: string) => (err instanceof Error && err.message ? err.message : fallback);

/** Everyone, or only those whose consent is due a check. */
const SHOWS = ['everyone', 'consent'] as const;
type Show = (typeof SHOWS)[number];
const SHOW_LABELS: Record<Show, string> = { everyone: 'Everyone', consent: 'Consent to check' };

export function DirectoryScreen() {
  const [people, setPeople] = useState<DirectorySummary[] | null>(null);
  const [duplicates, setDuplicates] = useState<DirectorySummary[][]>([]);
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState<DirectorySort>('name');
  const [problem, setProblem] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const [merging, setMerging] = useState<DirectorySummary[] | null>(null);
  const [adding, setAdding] = useState(false);
  const [show, setShow] = useState<Show>('everyone');
  const [forgetting, setForgetting] = useState<{ id: string; name: string } | null>(null);
  const announce = useAnnounce();

  useEffect(() => {
    document.title = 'People – Kindred';
  }, []);

  // Read afresh when the screen opens and after each change made here.
  const [version, setVersion] = useState(0);
  const refresh = useCallback(() => setVersion((v) => v + 1), []);
  useEffect(() => {
    let live = true;
    Promise.all([api.listDirectory({}), api.listDuplicates({})]).then(
      ([all, groups]) => {
        if (!live) return;
        setPeople(all);
        setDuplicates(groups);
        setProblem(null);
      },
      (err: unknown) => live && setProblem(messageOf(err, 'Kindred could not read the people you work with just now. Please try again.')),
    );
    return () => {
      live = false;
    };
  }, [version]);

  // Each person's text is lower-cased once per load, so a keystroke only compares strings.
  const texts = useMemo(() => new Map((people ?? []).map((p) => [p.id, searchText(p)])), [people]);
  const sorted = useMemo(() => sortPeople(people ?? [], sort), [people, sort]);
  const today = localToday();
  const toCheck = useMemo(() => consentToCheck(people ?? [], today), [people, today]);
  const listed = useMemo(
    () => (show === 'consent' ? sorted.filter((p) => consentReminder(p.askAgainOn, today) !== null) : sorted),
    [sorted, show, today],
  );
  const shown = useMemo(() => filterPeople(listed, search, texts), [listed, search, texts]);
  const overdue = toCheck.filter((p) => consentReminder(p.askAgainOn, today) === 'overdue').length;

  const done = (sentence: string) => {
    setNote(sentence);
    announce(sentence);
    refresh();
  };

  return (
    <div className="page directory-page">
      <div className="page-header">
        <h1 tabIndex={-1} id="page-title">
          People you work with
        </h1>
        <div className="button-row page-header-actions">
          <button type="button" className="button button-primary" onClick={() => setAdding(true)}>
            Add someone
          </button>
        </div>
      </div>
      <p className="directory-intro">
        Everyone from your plans, kept once: what helps them take part, how they like their pack and to be paid, and the plans they have been part of.
        A change here reaches every plan that has not happened yet.
      </p>

      {duplicates.length > 0 && (
        <section className="notice notice-attention directory-duplicates" aria-labelledby="duplicates-title">
          <h2 id="duplicates-title">Possible duplicates</h2>
          <p>
            {duplicates.length === 1 ? 'One person seems' : `${duplicates.length} people seem`} to be here more than once (the same name with the same
            email or phone). Have a look, and merge them only if they are the same person.
          </p>
          <ul className="directory-duplicate-list">
            {duplicates.map((group) => (
              <li key={group.map((g) => g.id).join()}>
                <span>
                  {group[0]!.name.trim()}: {group.length} entries
                </span>
                <button type="button" className="button button-secondary" onClick={() => setMerging(group)}>
                  Review {group[0]!.name.trim()}…
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}

      {toCheck.length > 0 && (
        <section className="notice notice-calm directory-consent" aria-labelledby="consent-title">
          <h2 id="consent-title">Consent to check</h2>
          <p>{consentReminderSentence(toCheck.length - overdue, overdue)}</p>
          {show !== 'consent' && (
            <button type="button" className="button button-secondary" onClick={() => setShow('consent')}>
              Show only them
            </button>
          )}
        </section>
      )}

      <div className="toolbar directory-toolbar" role="search" aria-label="Find someone">
        <SearchField className="field search-field" value={search} onChange={setSearch}>
          <Label className="label">Find someone</Label>
          <div className="search-row">
            <Input className="input" placeholder="Name, organisation or email" />
            {search && (
              <Button className="button button-quiet" aria-label="Clear search">
                ×
              </Button>
            )}
          </div>
        </SearchField>
        <ChoiceSelect label="Show" value={show} options={SHOWS} labels={SHOW_LABELS} onChange={setShow} />
        <ChoiceSelect label="Sort by" value={sort} options={DIRECTORY_SORTS} labels={DIRECTORY_SORT_LABELS} onChange={setSort} />
      </div>

      {problem && (
        <p className="notice notice-problem" role="alert">
          {problem}
        </p>
      )}
      {note && <p className="notice notice-calm">{note}</p>}
      {people && (
        <p className="result-count" aria-live="polite">
          {countSentence(shown.length, show === 'consent' ? listed.length : people.length, search.trim() !== '', show === 'consent')}
        </p>
      )}
      {people && shown.length > 0 && <DirectoryList people={shown} today={today} onOpen={setOpen} />}

      {open && (
        <ProfileDialog
          directoryPersonId={open}
          onClose={() => setOpen(null)}
          onSaved={(sentence) => {
            setOpen(null);
            done(sentence);
          }}
          onForget={(person) => {
            setOpen(null);
            setForgetting(person);
          }}
        />
      )}
      {forgetting && (
        <ForgetEverywhereDialog
          person={forgetting}
          onClose={() => {
            setForgetting(null);
            refresh();
          }}
          onForgotten={(sentence) => {
            setNote(sentence);
            announce(sentence);
            refresh();
          }}
        />
      )}
      {merging && (
        <MergeDialog
          group={merging}
          onClose={() => setMerging(null)}
          onMerged={(sentence) => {
            setMerging(null);
            done(sentence);
          }}
        />
      )}
      <AddToDirectoryDialog
        isOpen={adding}
        onClose={() => setAdding(false)}
        onAdded={(person) => {
          setAdding(false);
          refresh();
          announce(`Added ${person.name}.`);
          setOpen(person.id);
        }}
      />
    </div>
  );
}
