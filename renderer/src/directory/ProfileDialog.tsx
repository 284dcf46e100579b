/**
 * One person's profile, edited as a whole and saved together: who they are, how to reach them,
 * their consent, what helps them take part (in their words), their pack and how they like to be
 * paid, notes, and the plans they have been part of. Saving flows it into every open plan.
 */
import { useEffect, useState } from 'react';
import { Checkbox, CheckboxGroup, Label } from 'react-aria-components';
import { PACK_DELIVERIES, PACK_DELIVERY_LABELS, PACK_FORMATS, PACK_FORMAT_LABELS } from '../../../main/domain/access';
import type { DirectoryProfile, Involvement } from '../../../main/domain/directory';
import { PAYMENT_METHODS, PAYMENT_METHOD_LABELS, PERSON_ROLES, PERSON_ROLE_LABELS } from '../../../main/domain/people';
import { formatDate } from '../../../main/domain/time';
import { api, ApiError } from '../api/client';
import { ChoiceSelect } from '../components/ChoiceSelect';
import { DateEntryField } from '../components/DateEntryField';
import { FormDialog } from '../components/FormDialog';
import { routeHref } from '../lib/route';
import { NeedTypeSelect } from '../people/NeedTypeSelect';
import { flowSentence } from './directoryWords';
import { TextBox } from './TextBox';

function Tick({ label, value, onChange }: { label: string; value: boolean; onChange: (on: boolean) => void }) {
  return (
    <Checkbox className="checkbox" isSelected={value} onChange={onChange}>
      <span className="checkbox-box" aria-hidden="true" />
      {label}
    </Checkbox>
  );
}

export function ProfileDialog({
  directoryPersonId,
  onClose,
  onSaved,
}: {
  directoryPersonId: string;
  onClose: () => void;
  onSaved: (sentence: string) => void;
}) {
  const [draft, setDraft] = useState<DirectoryProfile | null>(null);
  const [plans, setPlans] = useState<Involvement[]>([]);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    api.getDirectoryPerson({ directoryPersonId }).then(
      ({ person: { id: _id, createdAt: _c, updatedAt: _u, ...profile }, plans }) => {
        if (!live) return;
        setDraft(profile);
        setPlans(plans);
      },
      (err: unknown) => live && setProblems({ any: err instanceof Error ? err.message : 'That profile could not be opened just now.' }),
    );
    return () => {
      live = false;
    };
  }, [directoryPersonId]);

  const set = <K extends keyof DirectoryProfile>(key: K, value: DirectoryProfile[K]) => setDraft((d) => (d ? { ...d, [key]: value } : d));
  const p = (key: string) => problems[`patch.${key}`];

  const save = async () => {
    if (!draft) return;
    setBusy(true);
    try {
      const result = await api.updateDirectoryPerson({ directoryPersonId, patch: draft });
      onSaved(flowSentence(result.person.name.trim(), result.plansUpdated, result.plansKept));
    } catch (err) {
      setProblems(err instanceof ApiError ? { ...err.fields, any: err.message } : { any: 'That could not be saved just now. Please try again.' });
      setBusy(false);
    }
  };

  const title = draft ? `${draft.name.trim() || 'Someone'}’s profile` : 'Profile';
  return (
    <FormDialog
      isOpen
      title={title}
      submitLabel="Save profile"
      onSubmit={() => void save()}
      onClose={onClose}
      busy={busy || !draft}
      problem={problems.any ?? null}
      modalClassName="modal-profile"
    >
      {draft && (
        <div className="profile-form">
          <fieldset className="form-section">
            <legend>Who they are</legend>
            <TextBox label="Name" value={draft.name} onChange={(v) => set('name', v)} problem={p('name')} />
            <TextBox label="The name they like to be called" value={draft.knownAs} onChange={(v) => set('knownAs', v)} problem={p('knownAs')} />
            <TextBox label="Pronouns" value={draft.pronouns} onChange={(v) => set('pronouns', v)} problem={p('pronouns')} />
            <CheckboxGroup
              className="field"
              value={draft.roles}
              onChange={(v) =>
                set(
                  'roles',
                  PERSON_ROLES.filter((r) => v.includes(r)),
                )
              }
            >
              <Label className="label">The parts they play with you</Label>
              {PERSON_ROLES.map((r) => (
                <Checkbox key={r} value={r} className="checkbox">
                  <span className="checkbox-box" aria-hidden="true" />
                  {PERSON_ROLE_LABELS[r]}
                </Checkbox>
              ))}
            </CheckboxGroup>
            <TextBox label="Organisation" value={draft.organisation} onChange={(v) => set('organisation', v)} problem={p('organisation')} />
          </fieldset>

          <fieldset className="form-section">
            <legend>How to reach them</legend>
            <TextBox label="Email" type="email" value={draft.email} onChange={(v) => set('email', v)} problem={p('email')} />
            <TextBox label="Phone" type="tel" value={draft.phone} onChange={(v) => set('phone', v)} problem={p('phone')} />
            <TextBox label="Any other way" multiline value={draft.contact} onChange={(v) => set('contact', v)} problem={p('contact')} />
          </fieldset>

          <fieldset className="form-section">
            <legend>Consent</legend>
            <Tick
              label="They agree we may keep a record of what helps them take part"
              value={draft.consent.store}
              onChange={(store) => set('consent', { ...draft.consent, store })}
            />
            <Tick
              label="They agree we may share it with the venue and co-facilitators"
              value={draft.consent.share}
              onChange={(share) => set('consent', { ...draft.consent, share })}
            />
            <DateEntryField
              label="Recorded on"
              value={draft.consent.recordedOn}
              onCommit={(d) => set('consent', { ...draft.consent, recordedOn: d })}
            />
            <DateEntryField
              label="Ask again on"
              description="A gentle reminder to check they are still happy with what we keep."
              value={draft.consent.askAgainOn}
              onCommit={(d) => set('consent', { ...draft.consent, askAgainOn: d })}
            />
          </fieldset>

          <fieldset className="form-section">
            <legend>What helps them take part</legend>
            {!draft.consent.store ? (
              <p className="field-description">Once they agree we may keep it, you can note here what helps them take part, in their words.</p>
            ) : (
              <>
                <ul className="profile-needs">
                  {draft.accessProfile.map((need, i) => (
                    <li key={need.id} className="profile-need">
                      <NeedTypeSelect
                        label={`Need ${i + 1}`}
                        value={need.type}
                        onChange={(type) =>
                          set(
                            'accessProfile',
                            draft.accessProfile.map((n) => (n.id === need.id ? { ...n, type } : n)),
                          )
                        }
                      />
                      <TextBox
                        label={`Need ${i + 1}, in their words`}
                        multiline
                        value={need.detail}
                        onChange={(detail) =>
                          set(
                            'accessProfile',
                            draft.accessProfile.map((n) => (n.id === need.id ? { ...n, detail } : n)),
                          )
                        }
                      />
                      <button
                        type="button"
                        className="button button-quiet"
                        onClick={() =>
                          set(
                            'accessProfile',
                            draft.accessProfile.filter((n) => n.id !== need.id),
                          )
                        }
                      >
                        Remove need {i + 1}
                      </button>
                    </li>
                  ))}
                </ul>
                <button
                  type="button"
                  className="button button-secondary"
                  onClick={() => set('accessProfile', [...draft.accessProfile, { id: crypto.randomUUID(), type: 'other', detail: '' }])}
                >
                  Add something that helps
                </button>
                {p('accessProfile') && <p className="field-error">{p('accessProfile')}</p>}
              </>
            )}
          </fieldset>

          <fieldset className="form-section">
            <legend>Their pack</legend>
            <ChoiceSelect
              label="Format"
              value={draft.packFormat}
              options={PACK_FORMATS}
              labels={PACK_FORMAT_LABELS}
              onChange={(v) => set('packFormat', v)}
            />
            <ChoiceSelect
              label="How it reaches them"
              value={draft.packDelivery}
              options={PACK_DELIVERIES}
              labels={PACK_DELIVERY_LABELS}
              onChange={(v) => set('packDelivery', v)}
            />
          </fieldset>

          <fieldset className="form-section">
            <legend>Being paid</legend>
            <ChoiceSelect
              label="How they like to be paid"
              value={draft.paymentPreferences.method}
              options={PAYMENT_METHODS}
              labels={PAYMENT_METHOD_LABELS}
              none={{ id: 'none', label: 'Not said yet' }}
              onChange={(method) => set('paymentPreferences', { ...draft.paymentPreferences, method })}
            />
            <Tick
              label="They would rather not be paid"
              value={draft.paymentPreferences.declines}
              onChange={(declines) => set('paymentPreferences', { ...draft.paymentPreferences, declines })}
            />
            <DateEntryField
              label="Benefits advice offered on"
              description="Payment can affect welfare benefits; note when you pointed them to advice."
              value={draft.paymentPreferences.benefitsAdviceOfferedOn}
              onCommit={(d) => set('paymentPreferences', { ...draft.paymentPreferences, benefitsAdviceOfferedOn: d })}
            />
          </fieldset>

          <fieldset className="form-section">
            <legend>Notes</legend>
            <TextBox label="Notes" multiline value={draft.notes} onChange={(v) => set('notes', v)} problem={p('notes')} />
          </fieldset>

          <section className="form-section" aria-labelledby="profile-plans">
            <h3 id="profile-plans">Plans they are part of</h3>
            {plans.length === 0 ? (
              <p>Not in a plan yet.</p>
            ) : (
              <ul className="profile-plans">
                {plans.map((plan) => (
                  <li key={plan.planId}>
                    <a href={routeHref({ name: 'plan', planId: plan.planId, tab: 'people' })}>{plan.title}</a>
                    {` · ${PERSON_ROLE_LABELS[plan.role]}${plan.date ? ` · ${formatDate(plan.date)}` : ''}${plan.delivered ? ' · delivered' : ''}${plan.attended === null ? '' : plan.attended ? ' · came' : ' · could not come'}`}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
      )}
    </FormDialog>
  );
}
