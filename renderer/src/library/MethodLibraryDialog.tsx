/**
 * The method library, opened from the agenda: Kindred's tried and tested methods (search, filter,
 * read the details, add one to the agenda) and the blocks the facilitator saved from their own plans.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import {
  Button,
  Dialog,
  Heading,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Modal,
  ModalOverlay,
  SearchField,
  Tab,
  TabList,
  TabPanel,
  Tabs,
} from 'react-aria-components';
import { BLOCK_KINDS, BLOCK_KIND_LABELS, type BlockKind } from '../../../main/domain/blockKinds';
import { METHODS, methodToBlock, type Method, type MethodBlock, type MethodSetting } from '../../../main/domain/library/methods';
import { PLAN_FORMAT_LABELS, type LibraryItem, type PlanFormat } from '../../../main/domain/plan';
import { formatDurationLong } from '../../../main/domain/time';
import { api } from '../api/client';
import { ChoiceSelect } from '../components/ChoiceSelect';
import { ConfirmDelete } from './ConfirmDelete';
import { ANY_FILTER, filterMethods, formatGroupSize, type MethodFilter } from './methodSearch';
import '../styles/library.css';

export type LibraryTab = 'methods' | 'saved';

const SETTING_LABELS: Record<MethodSetting | 'any', string> = {
  any: 'Any way of meeting',
  in_person: 'In person',
  online: 'Online',
  hybrid: 'Hybrid',
};

const SETTING_FILTERS = Object.keys(SETTING_LABELS) as (MethodSetting | 'any')[];

/** Any kind, then the kinds that have at least one method, in the menu's usual order. */
const KIND_FILTERS: (BlockKind | 'any')[] = ['any', ...BLOCK_KINDS.filter((k) => METHODS.some((m) => m.kind === k))];

export function MethodLibraryDialog({
  isOpen,
  onClose,
  format,
  onInsert,
  initialTab = 'methods',
}: {
  isOpen: boolean;
  onClose: () => void;
  /** The plan's format: notes for online are left out of an in-person plan's blocks. */
  format: PlanFormat;
  /** Adds the block to the agenda (the dialog closes as it does). */
  onInsert: (fields: MethodBlock) => void;
  initialTab?: LibraryTab;
}) {
  const [tab, setTab] = useState<LibraryTab>(initialTab);
  // Opening (or being asked for another tab) starts on that tab; reset while rendering, not in an effect.
  const [opened, setOpened] = useState<readonly [boolean, LibraryTab] | null>(null);
  if (opened === null || opened[0] !== isOpen || opened[1] !== initialTab) {
    setOpened([isOpen, initialTab]);
    if (isOpen) setTab(initialTab);
  }
  return (
    <ModalOverlay className="modal-overlay" isOpen={isOpen} onOpenChange={(open) => !open && onClose()} isDismissable>
      <Modal className="modal modal-wide">
        <Dialog className="dialog library-dialog">
          <div className="dialog-heading-row">
            <Heading slot="title" className="dialog-title">
              Method library
            </Heading>
            <Button className="button button-secondary" onPress={onClose}>
              Close
            </Button>
          </div>
          <p className="dialog-intro">
            Tried and tested ways to run part of a workshop, each with words for participants, steps for you, and ways to make it work for everyone.
          </p>
          <Tabs selectedKey={tab} onSelectionChange={(k) => setTab(k as LibraryTab)}>
            <TabList className="tab-list" aria-label="Where to look">
              <Tab id="methods" className="tab">
                Kindred’s methods
              </Tab>
              <Tab id="saved" className="tab">
                My saved blocks
              </Tab>
            </TabList>
            <TabPanel id="methods" className="tab-panel">
              <MethodsPanel format={format} onInsert={onInsert} />
            </TabPanel>
            <TabPanel id="saved" className="tab-panel">
              <SavedPanel onInsert={onInsert} />
            </TabPanel>
          </Tabs>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}

function MethodsPanel({ format, onInsert }: { format: PlanFormat; onInsert: (fields: MethodBlock) => void }) {
  const [filter, setFilter] = useState<MethodFilter>(ANY_FILTER);
  const found = useMemo(() => filterMethods(METHODS, filter), [filter]);
  const [selectedId, setSelectedId] = useState<string | null>(METHODS[0]?.id ?? null);
  // The details always show a method that is in the list.
  const selected = found.find((m) => m.id === selectedId) ?? found[0] ?? null;

  return (
    <div className="library-methods">
      <div className="library-filters" role="search" aria-label="Find a method">
        <SearchField className="field search-field" value={filter.query} onChange={(query) => setFilter((f) => ({ ...f, query }))}>
          <Label className="label">Search methods</Label>
          <div className="search-row">
            <Input className="input" placeholder="For example: check-in, decide, stories" />
            {filter.query && (
              <Button className="button button-quiet" aria-label="Clear search">
                ×
              </Button>
            )}
          </div>
        </SearchField>
        <ChoiceSelect
          label="Kind of block"
          value={filter.kind}
          options={KIND_FILTERS}
          labels={(k) => (k === 'any' ? 'Any kind' : BLOCK_KIND_LABELS[k])}
          onChange={(kind) => setFilter((f) => ({ ...f, kind }))}
        />
        <ChoiceSelect
          label="Works for"
          value={filter.setting}
          options={SETTING_FILTERS}
          labels={SETTING_LABELS}
          onChange={(setting) => setFilter((f) => ({ ...f, setting }))}
        />
      </div>
      <p className="result-count" aria-live="polite">
        {found.length === 0
          ? 'No methods match. Try fewer words, or another kind of block.'
          : `${found.length} ${found.length === 1 ? 'method' : 'methods'}`}
      </p>
      {found.length > 0 && (
        <div className="library-browser">
          <ListBox
            className="listbox library-list"
            aria-label="Methods"
            items={found}
            selectionMode="single"
            selectionBehavior="replace"
            disallowEmptySelection
            selectedKeys={selected ? [selected.id] : []}
            onSelectionChange={(keys) => {
              const [first] = keys === 'all' ? [] : [...keys];
              if (first !== undefined) setSelectedId(String(first));
            }}
          >
            {(m) => (
              <ListBoxItem id={m.id} textValue={m.name} className="listbox-item library-option">
                {/* All visible words are in the option's name (one name, not a name and a description). */}
                <span className="library-option-name">{m.name}</span>
                <span className="visually-hidden">, </span>
                <span className="library-option-meta">
                  {formatDurationLong(m.durationMinutes)}, {formatGroupSize(m.groupSize).toLocaleLowerCase('en-GB')}
                </span>
              </ListBoxItem>
            )}
          </ListBox>
          {selected && <MethodDetails method={selected} format={format} onInsert={onInsert} />}
        </div>
      )}
    </div>
  );
}

function MethodDetails({ method, format, onInsert }: { method: Method; format: PlanFormat; onInsert: (fields: MethodBlock) => void }) {
  const headingId = `method-${method.id}-heading`;
  const suits = method.suits.map((s) => PLAN_FORMAT_LABELS[s].replace(/ \(.*\)$/, '').toLocaleLowerCase('en-GB'));
  return (
    <section className="library-details" aria-labelledby={headingId}>
      <h3 id={headingId}>{method.name}</h3>
      <p className="library-details-meta">
        {BLOCK_KIND_LABELS[method.kind]}, {formatDurationLong(method.durationMinutes)}, {formatGroupSize(method.groupSize).toLocaleLowerCase('en-GB')}
        . Works {suits.length === 3 ? 'in person, online and hybrid' : suits.join(' and ')}.
      </p>
      <button type="button" className="button button-primary" onClick={() => onInsert(methodToBlock(method, { format }))}>
        Add “{method.name}” to the agenda
      </button>
      <h4>Why it helps</h4>
      <p>{method.purpose}</p>
      <h4>What participants will read</h4>
      <p className="library-participant-text">{method.participantDescription}</p>
      <h4>Steps for facilitators</h4>
      <ol className="library-steps">
        {method.steps.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ol>
      {method.materials.length > 0 && (
        <>
          <h4>Materials</h4>
          <ul>
            {method.materials.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </>
      )}
      <h4>Making it work for everyone</h4>
      <dl className="library-access">
        <div>
          <dt>Moving and writing</dt>
          <dd>{method.access.movingAndWriting}</dd>
        </div>
        <div>
          <dt>Online</dt>
          <dd>{method.access.online}</dd>
        </div>
        <div>
          <dt>BSL interpreters</dt>
          <dd>{method.access.bsl}</dd>
        </div>
      </dl>
    </section>
  );
}

function SavedPanel({ onInsert }: { onInsert: (fields: MethodBlock) => void }) {
  const [items, setItems] = useState<LibraryItem[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const listRef = useRef<HTMLUListElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let cancelled = false;
    api.listLibrary({}).then(
      (list) => !cancelled && setItems(list),
      (err: unknown) => !cancelled && setProblem(err instanceof Error ? err.message : 'We could not open your saved blocks.'),
    );
    return () => {
      cancelled = true;
    };
  }, []);

  const remove = async (item: LibraryItem) => {
    const index = items?.findIndex((i) => i.id === item.id) ?? -1;
    try {
      await api.deleteLibraryItem({ itemId: item.id });
    } catch (err) {
      setProblem(err instanceof Error ? err.message : 'That block could not be deleted. Please try again.');
      return;
    }
    const rest = (items ?? []).filter((i) => i.id !== item.id);
    setItems(rest);
    setConfirming(null);
    setStatus(`Deleted “${item.title}” from your library.`);
    requestAnimationFrame(() => {
      const next = rest[Math.min(index, rest.length - 1)];
      const target = next ? listRef.current?.querySelector<HTMLElement>(`[data-item-id="${next.id}"] .library-add`) : headingRef.current;
      target?.focus();
    });
  };

  return (
    <div className="library-saved">
      <h3 ref={headingRef} tabIndex={-1}>
        Blocks you saved
      </h3>
      <p className="visually-hidden" role="status">
        {status}
      </p>
      {problem && (
        <p className="notice notice-problem" role="alert">
          {problem}
        </p>
      )}
      {items === null && !problem && <p>Opening your saved blocks…</p>}
      {items?.length === 0 && (
        <p>Nothing saved yet. Open a block in any agenda and choose “Save to my library”: it will wait here for your next plan.</p>
      )}
      {items && items.length > 0 && (
        <ul className="library-saved-list" ref={listRef} aria-label="Saved blocks">
          {items.map((item) => (
            <li key={item.id} className="library-saved-item" data-item-id={item.id}>
              <h4>{item.title}</h4>
              <p className="library-details-meta">
                {BLOCK_KIND_LABELS[item.kind]}, {formatDurationLong(item.durationMinutes)}
              </p>
              {item.description && <p>{item.description}</p>}
              {confirming === item.id ? (
                <ConfirmDelete
                  label={`Delete “${item.title}”?`}
                  onDelete={() => void remove(item)}
                  onKeep={() => {
                    setConfirming(null);
                    requestAnimationFrame(() => listRef.current?.querySelector<HTMLElement>(`[data-item-id="${item.id}"] .library-delete`)?.focus());
                  }}
                >
                  Delete “{item.title}” from your library? Plans that already use it keep their copy.
                </ConfirmDelete>
              ) : (
                <div className="button-row">
                  <button
                    type="button"
                    className="button button-primary library-add"
                    onClick={() =>
                      onInsert({
                        title: item.title,
                        kind: item.kind,
                        durationMinutes: item.durationMinutes,
                        description: item.description,
                        facilitatorNotes: item.facilitatorNotes,
                        materials: item.materials,
                      })
                    }
                  >
                    Add “{item.title}” to the agenda
                  </button>
                  <button type="button" className="button button-secondary library-delete" onClick={() => setConfirming(item.id)}>
                    Delete<span className="visually-hidden"> “{item.title}” from your library</span>
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
