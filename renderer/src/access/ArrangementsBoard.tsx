/**
 * Every access need, as a card in one of three lists by how its arrangement stands: to arrange,
 * arranged, or cannot be met (so the person is told). Each card says how the need will be met, who
 * is arranging it and by when; its heading opens the fields to change those, and its buttons move
 * it between the lists. Headings and lists rather than drag and drop: it all works from the keyboard.
 *
 * A big plan has hundreds of needs, so each list draws its first few and a "Show more"
 * (lib/shownCount.ts); its heading always says how many it holds. A need the review points to is
 * drawn when asked for (REVEAL_NEED, from goTo.ts), wherever it is in its list.
 */
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Checkbox } from 'react-aria-components';
import {
  ARRANGEMENT_STATUSES,
  ARRANGEMENT_STATUS_LABELS,
  type AccessNeed,
  type Arrangement,
  type ArrangementStatus,
} from '../../../main/domain/access';
import { localToday } from '../../../main/domain/time';
import { routeHref } from '../lib/route';
import { useAnnounce } from '../components/Announcer';
import { ShowMore } from '../components/ShowMore';
import { SHOW_STEP, nextShown, shownToInclude } from '../lib/shownCount';
import { REVEAL_NEED } from '../lib/reveal';
import { ChoiceSelect } from '../components/ChoiceSelect';
import { DateEntryField } from '../components/DateEntryField';
import { DraftField } from '../components/DraftField';
import { longTextCheck, shortTextCheck } from '../lib/checks';
import type { PlanEditor } from '../plan/usePlanEditor';
import { buildBoard, displayName, dueWords, filterLabels, statusSentence, summaryLine, type Board, type NeedCard } from './board';

const EVERYONE = 'everyone';
const same = (s: string) => s;
const howCheck = longTextCheck('How it will be met');
const ownerCheck = shortTextCheck('Who is arranging it');

/** The buttons that move a card, worded for where it is now. */
const MOVES: Record<ArrangementStatus, { to: ArrangementStatus; text: string }[]> = {
  to_arrange: [
    { to: 'arranged', text: 'Mark as arranged' },
    { to: 'cannot_meet', text: 'We cannot meet this' },
  ],
  arranged: [
    { to: 'to_arrange', text: 'Move back to arrange' },
    { to: 'cannot_meet', text: 'We cannot meet this' },
  ],
  cannot_meet: [
    { to: 'arranged', text: 'Mark as arranged' },
    { to: 'to_arrange', text: 'Move back to arrange' },
  ],
};

const EMPTY_COLUMN: Record<ArrangementStatus, string> = {
  to_arrange: 'Nothing left to arrange.',
  arranged: 'Nothing arranged yet.',
  cannot_meet: 'None: every need can be met so far.',
};

const columnHeadingId = (status: ArrangementStatus) => `board-${status}`;

/** Focus, once the board has re-rendered: a card's heading, or failing that a column's heading. */
function focusAfterMove(needId: string | null, status: ArrangementStatus) {
  requestAnimationFrame(() => {
    const card = needId ? document.querySelector<HTMLElement>(`[data-need-id="${CSS.escape(needId)}"] .need-toggle`) : null;
    (card ?? document.getElementById(columnHeadingId(status)))?.focus();
  });
}

type Shown = Readonly<Record<ArrangementStatus, number>>;
const FIRST_SHOWN: Shown = { to_arrange: SHOW_STEP, arranged: SHOW_STEP, cannot_meet: SHOW_STEP };

export function ArrangementsBoard({ editor }: { editor: PlanEditor }) {
  const { people, details } = editor;
  const announce = useAnnounce();
  const [only, setOnly] = useState<string | null>(null);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());
  const [shownCounts, setShownCounts] = useState<Shown>(FIRST_SHOWN);
  const today = useMemo(() => localToday(), []);
  const editorRef = useRef(editor);

  const all = useMemo(() => buildBoard(people), [people]);
  // Someone forgotten or without needs any more: back to everyone.
  const person = only === null ? null : (all.people.find((p) => p.id === only) ?? null);
  const shown = useMemo(() => (person ? buildBoard(people, person.id) : all), [people, person, all]);
  const shownRef = useRef(shown);
  // Updated once the render is committed, never during it (a render React throws away must not leak).
  useLayoutEffect(() => {
    editorRef.current = editor;
    shownRef.current = shown;
  });

  const changeNeed = useCallback((personId: string, needId: string, change: (need: AccessNeed) => AccessNeed) => {
    const ed = editorRef.current;
    const p = ed.people.find((x) => x.id === personId);
    if (!p) return;
    ed.updatePerson(personId, { accessNeeds: p.accessNeeds.map((n) => (n.id === needId ? change(n) : n)) });
  }, []);

  const onArrangement = useCallback(
    (personId: string, needId: string, patch: Partial<Arrangement>) =>
      changeNeed(personId, needId, (n) => ({ ...n, arrangement: { ...n.arrangement, ...patch } })),
    [changeNeed],
  );

  const onMove = useCallback(
    (personId: string, needId: string, to: ArrangementStatus) => {
      const column = ARRANGEMENT_STATUSES.map((s) => shownRef.current.columns[s]).find((c) => c.some((x) => x.need.id === needId));
      const i = column?.findIndex((x) => x.need.id === needId) ?? -1;
      const card = column?.[i];
      if (!column || !card) return;
      const from = card.need.arrangement.status;
      changeNeed(personId, needId, (n) => ({ ...n, arrangement: { ...n.arrangement, status: to } }));
      announce(statusSentence(card, to));
      // Stay in the list being worked through: the next card there, else the one before, else its heading.
      const next = column[i + 1] ?? column[i - 1] ?? null;
      focusAfterMove(next?.need.id ?? null, from);
    },
    [changeNeed, announce],
  );

  const onExpandedChange = useCallback((needId: string, open: boolean) => {
    setExpanded((cur) => {
      const next = new Set(cur);
      if (open) next.add(needId);
      else next.delete(needId);
      return next;
    });
  }, []);

  const onShow = useCallback(
    (key: string) => {
      const id = key === EVERYONE ? null : key;
      setOnly(id);
      const everyone = editorRef.current.people;
      const p = id === null ? null : everyone.find((x) => x.id === id);
      const name = p ? displayName(p) : undefined;
      announce(`Showing ${name ? `${name}’s needs` : 'everyone’s needs'}. ${summaryLine(buildBoard(everyone, p?.id ?? null), name)}.`);
    },
    [announce],
  );
  // Draws a need the review points to (goTo.ts asks until it is on the page), in whichever list holds it.
  useEffect(() => {
    const onReveal = (e: Event) => {
      const needId = (e as CustomEvent<string>).detail;
      const board = shownRef.current;
      for (const status of ARRANGEMENT_STATUSES) {
        const index = board.columns[status].findIndex((c) => c.need.id === needId);
        if (index !== -1) setShownCounts((cur) => (index < cur[status] ? cur : { ...cur, [status]: shownToInclude(index, cur[status]) }));
      }
    };
    document.addEventListener(REVEAL_NEED, onReveal);
    return () => document.removeEventListener(REVEAL_NEED, onReveal);
  }, []);

  const showMore = (status: ArrangementStatus) => {
    const column = shown.columns[status];
    const first = column[shownCounts[status]];
    setShownCounts((cur) => ({ ...cur, [status]: nextShown(cur[status], column.length) }));
    // Carry on from the first card just drawn.
    if (first) focusAfterMove(first.need.id, status);
  };

  // The same list while nobody's name or number of needs changes (not on every keystroke in a card).
  // It is plain data, so its JSON is the whole of it.
  const filterKey = JSON.stringify(all.people);
  const filterPeople = useMemo(() => JSON.parse(filterKey) as Board['people'], [filterKey]);

  if (all.cards.length === 0) {
    return (
      <section className="arrangements" aria-labelledby="arrangements-heading">
        <h3 id="arrangements-heading">Arrangements</h3>
        <div className="empty-board">
          <p>
            No access needs are recorded yet. Each person’s needs are recorded with them on the People tab, once they have agreed we may keep them.
            Everything recorded there shows here, with how each need will be met, who is arranging it and by when.
          </p>
          {details && (
            <p>
              <a href={routeHref({ name: 'plan', planId: details.id, tab: 'people' })}>Go to People to record access needs</a>
            </p>
          )}
        </div>
      </section>
    );
  }

  return (
    <section className="arrangements" aria-labelledby="arrangements-heading">
      <h3 id="arrangements-heading">Arrangements</h3>
      <div className="board-top">
        <p className="board-summary" data-testid="board-summary">
          {summaryLine(shown, person?.name)}
        </p>
        {filterPeople.length > 1 && <BoardFilter people={filterPeople} value={person?.id ?? EVERYONE} onChange={onShow} />}
      </div>
      <div className="board">
        {ARRANGEMENT_STATUSES.map((status) => {
          const cards = shown.columns[status];
          return (
            <section key={status} className={`board-column board-${status}`} aria-labelledby={columnHeadingId(status)}>
              <h4 id={columnHeadingId(status)} tabIndex={-1} className="board-heading">
                {ARRANGEMENT_STATUS_LABELS[status]} ({cards.length})
              </h4>
              {cards.length === 0 ? (
                <p className="board-empty">{EMPTY_COLUMN[status]}</p>
              ) : (
                <ul className="need-list">
                  {cards.slice(0, shownCounts[status]).map((c) => (
                    <NeedCardView
                      key={c.need.id}
                      need={c.need}
                      personId={c.personId}
                      personName={c.personName}
                      shared={c.shared}
                      label={c.label}
                      today={today}
                      expanded={expanded.has(c.need.id)}
                      onExpandedChange={onExpandedChange}
                      onMove={onMove}
                      onArrangement={onArrangement}
                    />
                  ))}
                </ul>
              )}
              <ShowMore
                shown={shownCounts[status]}
                total={cards.length}
                what={`in ${ARRANGEMENT_STATUS_LABELS[status]}`}
                onMore={() => showMore(status)}
              />
            </section>
          );
        })}
      </div>
    </section>
  );
}

/** "Show: Everyone / Amara (2 needs) / …": one person's view of the board. */
const BoardFilter = memo(function BoardFilter({
  people,
  value,
  onChange,
}: {
  people: Board['people'];
  value: string;
  onChange: (key: string) => void;
}) {
  const { options, labels, names } = useMemo(() => {
    const words = filterLabels(people);
    return {
      options: [EVERYONE, ...people.map((p) => p.id)],
      labels: (key: string) => words.get(key) ?? 'Everyone',
      names: (key: string) => words.get(key) ?? 'Everyone',
    };
  }, [people]);
  return <ChoiceSelect label="Show" className="board-filter" value={value} options={options} labels={labels} textValue={names} onChange={onChange} />;
});

const NeedCardView = memo(function NeedCardView({
  need,
  personId,
  personName,
  shared,
  label,
  today,
  expanded,
  onExpandedChange,
  onMove,
  onArrangement,
}: Omit<NeedCard, 'need'> & {
  need: AccessNeed;
  today: string;
  expanded: boolean;
  onExpandedChange: (needId: string, open: boolean) => void;
  onMove: (personId: string, needId: string, to: ArrangementStatus) => void;
  onArrangement: (personId: string, needId: string, patch: Partial<Arrangement>) => void;
}) {
  const a = need.arrangement;
  const due = dueWords(a.dueDate, a.status, today);
  const about = `${label} for ${personName}`;
  const personLineId = `need-person-${need.id}`;
  const panelId = `need-panel-${need.id}`;
  const change = (patch: Partial<Arrangement>) => onArrangement(personId, need.id, patch);
  return (
    <li className={`need-card need-${a.status}${expanded ? ' need-card-open' : ''}`} data-need-id={need.id}>
      {/* A plain disclosure: hundreds of cards mount at once, so each is kept light. */}
      <h5 className="need-title">
        <button
          type="button"
          className="need-toggle"
          aria-expanded={expanded}
          aria-controls={panelId}
          aria-describedby={personLineId}
          onClick={() => onExpandedChange(need.id, !expanded)}
        >
          <span className="toggle-chevron" aria-hidden="true">
            {expanded ? '▾' : '▸'}
          </span>
          {label}
        </button>
      </h5>
      <p className="need-person" id={personLineId}>
        For {personName}
        {!shared && <span className="badge badge-private">Not to be shared</span>}
      </p>
      {need.detail.trim() !== '' && (
        <p className="need-detail">
          <span className="visually-hidden">In their words: </span>“{need.detail}”
        </p>
      )}
      <dl className="need-facts">
        <div>
          <dt>How</dt>
          <dd className={a.how.trim() ? 'need-how' : 'need-unset'}>{a.how.trim() || 'Not decided yet'}</dd>
        </div>
        <div>
          <dt>Who</dt>
          <dd className={a.owner.trim() ? undefined : 'need-unset'}>{a.owner.trim() || 'Nobody named yet'}</dd>
        </div>
        <div>
          {/* The same name as the field here and on the People tab: one name for one date. */}
          <dt>Arrange by</dt>
          <dd className={due.text ? undefined : 'need-unset'}>
            {due.text ?? 'No date yet'}
            {due.overdue && <span className="badge badge-overdue">Overdue</span>}
          </dd>
        </div>
      </dl>
      {a.status === 'cannot_meet' && (
        <Checkbox className="checkbox need-told" isSelected={a.personTold} onChange={(personTold) => change({ personTold })}>
          <span className="checkbox-box" aria-hidden="true" />
          {personName} has been told, and asked what might work instead
        </Checkbox>
      )}
      <div className="need-actions">
        {MOVES[a.status].map((m, i) => (
          <button
            key={m.to}
            type="button"
            className={`button ${i === 0 && m.to === 'arranged' ? 'button-primary' : 'button-secondary'}`}
            aria-label={`${m.text}: ${about}`}
            onClick={() => onMove(personId, need.id, m.to)}
          >
            {m.text}
          </button>
        ))}
      </div>
      <div className="need-panel" id={panelId} role="group" aria-label={`How ${about} is arranged`} hidden={!expanded}>
        {expanded && (
          <>
            <DraftField
              label="How it will be met"
              description="For example: Booked the room with the loop; we test it the day before."
              value={a.how}
              format={same}
              check={howCheck}
              onCommit={(how) => change({ how })}
              multiline
              rows={3}
            />
            <DraftField
              label="Who is arranging it"
              description="A name, “the venue”, or “me”."
              value={a.owner}
              format={same}
              check={ownerCheck}
              onCommit={(owner) => change({ owner })}
            />
            <DateEntryField
              label="Arrange by"
              description="Optional."
              value={a.dueDate}
              onCommit={(dueDate) => change({ dueDate })}
              className="field-date"
            />
          </>
        )}
      </div>
    </li>
  );
});
