/**
 * The People tab: who is part of this workshop, how power is shared (who plans, who helps run the
 * day), and how each person is paid back for their time (reciprocity), with the plan's budget.
 */
import { memo, useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { personWords, verb } from '../../../main/domain/pronouns';
import { Button, Disclosure, DisclosurePanel, Heading } from 'react-aria-components';
import {
  LIVED_EXPERIENCE_ROLES,
  PAYMENT_STATUS_LABELS,
  PERSON_ROLE_LABELS,
  expensesPence,
  feePence,
  formatPence,
  hasPaymentRecorded,
  totalHours,
  type Payment,
  type Person,
  type Rate,
} from '../../../main/domain/people';
import { plannedSendDate } from '../../../main/domain/packSchedule';
import type { PlanFormat } from '../../../main/domain/plan';
import type { PersonPatch } from '../../../main/domain/validation';
import { useAnnounce } from '../components/Announcer';
import { useToast } from '../components/Toasts';
import type { PlanEditor } from '../plan/usePlanEditor';
import { RatesDialog } from '../settings/RatesDialog';
import { useSettings } from '../settings/useSettings';
import { needsSummary } from './accessSummary';
import { AddPersonDialog } from './AddPersonDialog';
import { BudgetSummary } from './BudgetSummary';
import { sameNamesById } from './duplicates';
import { ForgetPersonDialog } from './ForgetPersonDialog';
import { PaymentEditor } from './PaymentEditor';
import { PersonAccess } from './PersonAccess';
import { CardSection } from './CardSection';
import { PersonDetailsFields, TakingPartFields, type PersonFieldValues } from './PersonFields';
import { JumpLink } from '../components/JumpLink';
import { powerSummary } from './powerSummary';
import { OLDER_BACKUPS_KEEP_A_COPY } from '../backups/olderBackups';
import '../styles/people.css';
import '../styles/accessPeople.css';

const focusPerson = (personId: string) => {
  // After the dialog or toast that led here has let go of focus.
  requestAnimationFrame(() =>
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-person-id="${personId}"] .person-toggle`)?.focus()),
  );
};

export function PeopleScreen({ editor }: { editor: PlanEditor }) {
  const { people, details } = editor;
  const format: PlanFormat = details?.format ?? 'in_person';
  const { settings } = useSettings();
  const announce = useAnnounce();
  const toast = useToast();
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());
  const [addOpen, setAddOpen] = useState(false);
  const [ratesOpen, setRatesOpen] = useState(false);
  const [forgetting, setForgetting] = useState<string | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const editorRef = useRef(editor);
  useLayoutEffect(() => {
    editorRef.current = editor;
  });

  const onExpandedChange = useCallback((personId: string, open: boolean) => {
    setExpanded((cur) => {
      const next = new Set(cur);
      if (open) next.add(personId);
      else next.delete(personId);
      return next;
    });
  }, []);

  const onUpdate = useCallback((personId: string, patch: PersonPatch) => editorRef.current.updatePerson(personId, patch), []);
  const onPayment = useCallback((personId: string, patch: Partial<Payment>) => {
    const person = editorRef.current.people.find((p) => p.id === personId);
    if (person) editorRef.current.updatePerson(personId, { payment: { ...person.payment, ...patch } });
  }, []);
  const onOpenRates = useCallback(() => setRatesOpen(true), []);
  const latestPerson = useCallback((personId: string) => editorRef.current.people.find((p) => p.id === personId), []);
  const onAskForget = useCallback((personId: string) => setForgetting(personId), []);

  const onForget = (personId: string) => {
    const index = people.findIndex((p) => p.id === personId);
    const person = editor.forgetPerson(personId);
    setForgetting(null);
    if (!person) return;
    const next = people[index + 1] ?? people[index - 1];
    if (next) focusPerson(next.id);
    else requestAnimationFrame(() => requestAnimationFrame(() => addButton.current?.focus()));
    announce(`${person.name.trim() || 'Someone without a name'} has been forgotten. Nothing about ${personWords(person).them} is kept in this plan.`);
  };

  const onAdd = (values: PersonFieldValues) => {
    const person = editor.addPerson(values);
    setAddOpen(false);
    onExpandedChange(person.id, true);
    announce(`Added ${person.name}.`);
    focusPerson(person.id);
  };

  const onPickFromDirectory = (picked: { id: string; name: string }) => {
    setAddOpen(false);
    editor.addFromDirectory(picked.id).then(
      (person) => {
        onExpandedChange(person.id, true);
        announce(`Added ${person.name}, with their profile.`);
        focusPerson(person.id);
      },
      (err: unknown) => toast({ message: err instanceof Error ? err.message : `${picked.name} could not be added just now.` }),
    );
  };

  const onRemove = useCallback(
    (personId: string) => {
      const ed = editorRef.current;
      const index = ed.people.findIndex((p) => p.id === personId);
      // What they led or decided, so Undo can name them there again.
      const links = ed.history.blocks
        .filter((b) => b.leadPersonId === personId || b.deciderIds.includes(personId))
        .map((b) => ({ blockId: b.id, led: b.leadPersonId === personId, decided: b.deciderIds.includes(personId) }));
      const person = ed.deletePerson(personId);
      if (!person) return;
      const w = personWords(person);
      const next = ed.people[index + 1] ?? ed.people[index - 1];
      if (next) focusPerson(next.id);
      else requestAnimationFrame(() => addButton.current?.focus());
      toast({
        message:
          links.length > 0
            ? `Removed ${person.name}. ${w.TheyDo('are')} no longer named as leading or deciding anything.`
            : `Removed ${person.name}.`,
        actionLabel: 'Undo',
        onAction: () => {
          const e = editorRef.current;
          e.restorePerson(person, index);
          for (const link of links) {
            const block = e.history.blocks.find((b) => b.id === link.blockId);
            if (!block) continue;
            const patch: { leadPersonId?: string; deciderIds?: string[] } = {};
            if (link.led && block.leadPersonId === null) patch.leadPersonId = person.id;
            if (link.decided && !block.deciderIds.includes(person.id)) patch.deciderIds = [...block.deciderIds, person.id];
            if (Object.keys(patch).length > 0) e.updateBlock(block.id, patch);
          }
          announce(`${person.name} is back${links.length > 0 ? `, named where ${w.they} ${verb(w, 'were')} before` : ''}.`);
          focusPerson(person.id);
        },
      });
    },
    [toast, announce],
  );

  const summary = useMemo(() => powerSummary(people, format), [people, format]);
  const sameNames = useMemo(() => sameNamesById(people), [people]);
  const existingNames = useMemo(() => people.map((p) => p.name), [people]);
  const showOnline = format !== 'in_person';
  // Nobody is in the room at an online workshop: there they join online or by phone.
  const inRoomOffered = format !== 'online';
  const forgettingPerson = people.find((p) => p.id === forgetting) ?? null;

  return (
    <section className="people" aria-labelledby="people-heading">
      <div className="section-header">
        <h2 id="people-heading">People</h2>
        <div className="toolbar">
          <button ref={addButton} type="button" className="button button-primary" onClick={() => setAddOpen(true)}>
            Add a person
          </button>
          <button type="button" className="button button-secondary" onClick={() => setRatesOpen(true)}>
            Payment rates
          </button>
        </div>
      </div>
      <p className="section-intro">
        Everyone who plans, runs or takes part in this workshop: how they share the planning and the day, and how they are paid back for their time
        and knowledge.
      </p>

      {people.length > 0 && (
        <section className="power-summary" aria-labelledby="power-heading">
          <h3 id="power-heading">How power is shared</h3>
          <dl className="power-lines">
            {summary.lines.map((l) => (
              <div key={l.label} className="power-line">
                <dt>{l.label}</dt>
                <dd>{l.text}</dd>
              </div>
            ))}
          </dl>
          {summary.note && <p className="power-note">{summary.note}</p>}
        </section>
      )}

      {people.length === 0 ? (
        <div className="empty-people">
          <p>
            Nobody is named yet. Add the people who will plan and run the day with you, and the public contributors and carers taking part, so you can
            agree how they are paid and see how power is shared.
          </p>
        </div>
      ) : (
        <ul className="people-list" aria-label={`People in this plan, ${people.length}`}>
          {people.map((p) => (
            <PersonItem
              key={p.id}
              person={p}
              expanded={expanded.has(p.id)}
              showOnline={showOnline || p.hostsOnline}
              showJoinsOnline={showOnline || p.takesPart !== 'in_room'}
              inRoomOffered={inRoomOffered}
              sameNameAs={sameNames.get(p.id) ?? null}
              rates={settings.rates}
              sendBy={plannedSendDate(details?.date ?? null, p, settings.packSendDays)}
              onExpandedChange={onExpandedChange}
              onUpdate={onUpdate}
              onPayment={onPayment}
              onRemove={onRemove}
              onOpenRates={onOpenRates}
              onForget={onAskForget}
              latestPerson={latestPerson}
            />
          ))}
        </ul>
      )}

      {people.length > 0 && <BudgetSummary people={people} />}

      <AddPersonDialog
        isOpen={addOpen}
        onClose={() => setAddOpen(false)}
        onAdd={onAdd}
        showOnline={showOnline}
        showJoinsOnline={showOnline}
        inRoomOffered={inRoomOffered}
        existingNames={existingNames}
        onPickFromDirectory={onPickFromDirectory}
      />
      <ForgetPersonDialog
        person={forgettingPerson}
        name={forgettingPerson?.name.trim() || 'Someone without a name'}
        onForget={onForget}
        onKeep={() => setForgetting(null)}
        plan={editor.plan}
        onReplace={editor.replaceNamesInPlace}
      />
      <RatesDialog isOpen={ratesOpen} onClose={() => setRatesOpen(false)} />
    </section>
  );
}

/** "Agreed · fee £140 · expenses £6.40", or null when there is nothing to say. */
function paymentSummary(person: Person): string | null {
  const p = person.payment;
  const lived = LIVED_EXPERIENCE_ROLES.has(person.role);
  if (!lived && !hasPaymentRecorded(p) && p.rate === null && p.status === 'to_agree') return null;
  const parts: string[] = [p.status === 'declined' ? 'Would rather not be paid' : `Payment ${PAYMENT_STATUS_LABELS[p.status].toLowerCase()}`];
  const fee = feePence(p);
  if (fee > 0) parts.push(`fee ${formatPence(fee)}`);
  const expenses = expensesPence(p);
  if (expenses > 0) parts.push(`expenses ${formatPence(expenses)}`);
  return parts.join(' · ');
}

/** Shown to everyone with lived experience, and to anyone else once a payment is started. */
function paysSomething(person: Person): boolean {
  const p = person.payment;
  return (
    LIVED_EXPERIENCE_ROLES.has(person.role) ||
    hasPaymentRecorded(p) ||
    p.rate !== null ||
    p.status !== 'to_agree' ||
    totalHours(p) > 0 ||
    p.notes !== '' ||
    p.benefitsAdviceOffered
  );
}

const PersonItem = memo(function PersonItem({
  person,
  expanded,
  showOnline,
  showJoinsOnline,
  inRoomOffered,
  sameNameAs,
  rates,
  sendBy,
  onExpandedChange,
  onUpdate,
  onPayment,
  onRemove,
  onOpenRates,
  onForget,
  latestPerson,
}: {
  person: Person;
  expanded: boolean;
  showOnline: boolean;
  showJoinsOnline: boolean;
  inRoomOffered: boolean;
  sameNameAs: string | null;
  rates: readonly Rate[];
  /** When their pack should be sent (from the workshop's date and the settings), or null. */
  sendBy: string | null;
  onExpandedChange: (personId: string, open: boolean) => void;
  onUpdate: (personId: string, patch: PersonPatch) => void;
  onPayment: (personId: string, patch: Partial<Payment>) => void;
  onRemove: (personId: string) => void;
  onOpenRates: () => void;
  onForget: (personId: string) => void;
  latestPerson: (personId: string) => Person | undefined;
}) {
  const [paymentStarted, setPaymentStarted] = useState(false);
  const name = person.name.trim() || 'Someone without a name';
  const meta = [PERSON_ROLE_LABELS[person.role], person.pronouns, person.organisation].filter((s) => s.trim() !== '');
  const badges = [person.coPlans && 'Co-plans', person.coFacilitates && 'Co-facilitates', person.hostsOnline && 'Looks after online'].filter(
    (b): b is string => typeof b === 'string',
  );
  const pay = paymentSummary(person);
  const access = needsSummary(person.accessNeeds);
  const showPayment = paysSomething(person) || paymentStarted;
  const { pronouns } = person;
  const words = useMemo(() => personWords({ pronouns }), [pronouns]);

  // Closing the card forgets a payment begun but not filled in (reset while rendering, not in an effect).
  const [wasExpanded, setWasExpanded] = useState(expanded);
  if (expanded !== wasExpanded) {
    setWasExpanded(expanded);
    if (!expanded) setPaymentStarted(false);
  }

  return (
    <li className="person-card" data-person-id={person.id}>
      <Disclosure isExpanded={expanded} onExpandedChange={(open) => onExpandedChange(person.id, open)} className="person-disclosure">
        <div className="person-head">
          <Heading level={3} className="person-name">
            <Button slot="trigger" className="person-toggle">
              <span className="toggle-chevron" aria-hidden="true">
                {expanded ? '▾' : '▸'}
              </span>
              {name}
            </Button>
          </Heading>
          <p className="person-meta">{meta.join(' · ')}</p>
          {badges.length > 0 && (
            <ul className="person-badges" aria-label={`What ${name} does`}>
              {badges.map((b) => (
                <li key={b} className="badge">
                  {b}
                </li>
              ))}
            </ul>
          )}
          {pay && <p className="person-pay">{pay}</p>}
          {access && <p className="person-pay person-access">Access needs: {access}</p>}
        </div>
        <DisclosurePanel className="person-panel" aria-label={`${name}’s details`}>
          {expanded && (
            <>
              <CardSection personId={person.id} section="details" className="person-about" title={<>About {name}</>}>
                <PersonDetailsFields values={person} onChange={(patch) => onUpdate(person.id, patch)} sameNameAs={sameNameAs} them={words.them} />
              </CardSection>
              <CardSection personId={person.id} section="taking-part" className="person-taking-part" title={<>How {name} takes part</>}>
                <TakingPartFields
                  values={person}
                  onChange={(patch) => onUpdate(person.id, patch)}
                  showOnline={showOnline}
                  showJoinsOnline={showJoinsOnline}
                  inRoomOffered={inRoomOffered}
                  legend={false}
                />
              </CardSection>
              <PersonAccess person={person} name={name} sendBy={sendBy} onUpdate={onUpdate} latestPerson={latestPerson} />
              <CardSection personId={person.id} section="payment" className="person-payment" title={<>Paying {name} back</>}>
                {showPayment ? (
                  <PaymentEditor
                    personId={person.id}
                    words={words}
                    payment={person.payment}
                    rates={rates}
                    onChange={onPayment}
                    onOpenRates={onOpenRates}
                  />
                ) : (
                  <div className="payment-offer">
                    <p className="field-description">
                      People taking part in a professional role are usually paid by their employer. If {name} is giving {words.their} own time, you
                      can agree a payment and expenses here too.
                    </p>
                    <button
                      type="button"
                      className="button button-secondary"
                      onClick={() => {
                        setPaymentStarted(true);
                        requestAnimationFrame(() =>
                          document.querySelector<HTMLElement>(`[data-person-id="${person.id}"] .payment input[type="radio"]:checked`)?.focus(),
                        );
                      }}
                    >
                      Add payment for {name}
                    </button>
                  </div>
                )}
              </CardSection>
              <div className="button-row person-remove">
                <button type="button" className="button button-quiet button-remove" onClick={() => onRemove(person.id)}>
                  Remove {name} from this plan
                </button>
                <button
                  type="button"
                  className="button button-quiet button-remove"
                  onClick={() => onForget(person.id)}
                  aria-describedby={`forget-${person.id}`}
                >
                  Forget {name}…
                </button>
              </div>
              <p className="field-description forget-note" id={`forget-${person.id}`}>
                Forgetting deletes everything about {words.them} straight away, and cannot be undone. {OLDER_BACKUPS_KEEP_A_COPY} Removing can be
                undone for a few seconds.
              </p>
              {/* A card with every part open runs to several screens: one step back to its name. */}
              <p className="back-to-person">
                <JumpLink jump="person" to={() => document.querySelector<HTMLElement>(`[data-person-id="${person.id}"] .person-toggle`)}>
                  Back to the top of {name}’s card
                </JumpLink>
              </p>
            </>
          )}
        </DisclosurePanel>
      </Disclosure>
    </li>
  );
});
