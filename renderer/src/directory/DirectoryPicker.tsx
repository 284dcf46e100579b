/**
 * "Someone you already know": a searchable combobox over the People directory, for adding someone
 * to a plan with their profile. It shows the best matches only (a directory can hold thousands),
 * found the same way as on the People screen.
 */
import { useEffect, useMemo, useState } from 'react';
import { ComboBox, Input, Label, ListBox, ListBoxItem, Popover, Text } from 'react-aria-components';
import { filterPeople, searchText, sortPeople, type DirectorySummary } from '../../../main/domain/directory';
import { api } from '../api/client';
import { summaryLine } from './directoryWords';

const MOST_SHOWN = 50;

export function DirectoryPicker({ onPick }: { onPick: (person: DirectorySummary) => void }) {
  const [people, setPeople] = useState<DirectorySummary[] | null>(null);
  const [input, setInput] = useState('');
  useEffect(() => {
    let live = true;
    api.listDirectory({}).then(
      (all) => live && setPeople(all),
      () => live && setPeople([]),
    );
    return () => {
      live = false;
    };
  }, []);
  const texts = useMemo(() => new Map((people ?? []).map((p) => [p.id, searchText(p)])), [people]);
  const sorted = useMemo(() => sortPeople(people ?? [], 'name'), [people]);
  const matches = useMemo(() => filterPeople(sorted, input, texts), [sorted, input, texts]);
  if (people !== null && people.length === 0) return null;
  return (
    <ComboBox
      className="field directory-picker"
      inputValue={input}
      onInputChange={setInput}
      items={matches.slice(0, MOST_SHOWN)}
      onSelectionChange={(key) => {
        const person = matches.find((p) => p.id === key);
        if (person) onPick(person);
      }}
      menuTrigger="focus"
    >
      <Label className="label">Someone you already know</Label>
      <Text slot="description" className="field-description">
        Type part of their name, organisation or email. Their profile comes with them: what helps them take part, their pack and how they like to be
        paid.
        {matches.length > MOST_SHOWN
          ? ` Showing the first ${MOST_SHOWN} of ${matches.length.toLocaleString('en-GB')}; keep typing to narrow it down.`
          : ''}
      </Text>
      <Input className="input" />
      <Popover className="popover">
        <ListBox<DirectorySummary> className="listbox" renderEmptyState={() => <p className="listbox-empty">Nobody by that name yet.</p>}>
          {(person) => (
            <ListBoxItem id={person.id} className="listbox-item" textValue={person.name}>
              <span className="directory-name">{person.name}</span>
              <span className="directory-meta"> · {summaryLine(person)}</span>
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
