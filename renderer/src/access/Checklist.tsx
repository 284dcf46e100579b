/**
 * A checklist of what the venue (or the online room) offers: for each check, yes / no / not sure
 * yet / not needed and a short note, with the people whose needs depend on it. A "no" that someone
 * needs is pointed out kindly, beside the check, so it can be sorted before the day.
 */
import { memo, useId } from 'react';
import { Label, Radio, RadioGroup, Text } from 'react-aria-components';
import { CHECK_ANSWERS, CHECK_ANSWER_LABELS, type CheckAnswer, type CheckItem } from '../../../main/domain/access';
import { personWords } from '../../../main/domain/pronouns';
import { useAnnounce } from '../components/Announcer';
import { DraftField } from '../components/DraftField';
import { shortTextCheck } from '../lib/checks';
import { checkProgress, namesList, type Dependent } from './board';

const same = (s: string) => s;
const noteCheck = shortTextCheck('The note');
const NO_ONE: readonly Dependent[] = [];

export type ChecklistKind = 'venue' | 'online';

const WORRY: Record<ChecklistKind, string> = {
  venue: 'Could the venue help another way, or is there a better room?',
  online: 'Could it be set up another way?',
};

export function Checklist<K extends string>({
  kind,
  title,
  intro,
  ids,
  labels,
  answers,
  dependents,
  onChange,
}: {
  kind: ChecklistKind;
  title: string;
  intro: string;
  ids: readonly K[];
  labels: Readonly<Record<K, string>>;
  answers: Partial<Record<K, CheckItem>>;
  dependents: Partial<Record<K, Dependent[]>>;
  onChange: (id: K, change: Partial<CheckItem>) => void;
}) {
  const headingId = useId();
  return (
    <section className="checklist" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      <p className="section-intro">{intro}</p>
      <p className="check-progress" data-testid={`${kind}-progress`}>
        {checkProgress(ids, answers)}
      </p>
      <ul className="check-list">
        {ids.map((id) => (
          <CheckRow
            key={id}
            kind={kind}
            id={id}
            label={labels[id]}
            item={answers[id]}
            needers={dependents[id] ?? NO_ONE}
            onChange={onChange as (id: string, change: Partial<CheckItem>) => void}
          />
        ))}
      </ul>
    </section>
  );
}

const CheckRow = memo(function CheckRow({
  kind,
  id,
  label,
  item,
  needers,
  onChange,
}: {
  kind: ChecklistKind;
  id: string;
  label: string;
  item: CheckItem | undefined;
  needers: readonly Dependent[];
  onChange: (id: string, change: Partial<CheckItem>) => void;
}) {
  const names = namesList(needers.map((p) => p.name));
  const worry = item?.answer === 'no' && needers.length > 0;
  const dataAttr = kind === 'venue' ? { 'data-venue-check': id } : { 'data-online-check': id };
  const needs = needers.length === 1 ? 'needs' : 'need';
  const announce = useAnnounce();
  const onAnswer = (answer: CheckAnswer) => {
    onChange(id, { answer });
    // The note beside the check appears silently; say it too.
    if (answer === 'no' && needers.length > 0) announce(`${names} ${needs} this. ${WORRY[kind]}`);
  };
  return (
    <li className={worry ? 'check-item check-item-worry' : 'check-item'} {...dataAttr}>
      <RadioGroup
        className="radio-group check-answers"
        orientation="horizontal"
        value={item?.answer ?? null}
        onChange={(answer) => onAnswer(answer as CheckAnswer)}
      >
        <Label className="label check-label">{label}</Label>
        {needers.length > 0 && (
          <Text slot="description" className="check-needed">
            Needed by {names}
          </Text>
        )}
        <div className="check-radios">
          {CHECK_ANSWERS.map((a) => (
            <Radio key={a} value={a} className="radio">
              {CHECK_ANSWER_LABELS[a]}
            </Radio>
          ))}
        </div>
      </RadioGroup>
      <DraftField
        label={
          <>
            Note<span className="visually-hidden"> about {label.charAt(0).toLowerCase() + label.slice(1)}</span>
          </>
        }
        value={item?.note ?? ''}
        format={same}
        check={noteCheck}
        onCommit={(note) => onChange(id, { note })}
        className="check-note"
      />
      {worry && (
        <p className="notice notice-attention check-worry">
          {names} {needs} this. {WORRY[kind]} If not, let {needers.length === 1 ? personWords(needers[0]!).them : 'them all'} know before the day, and
          ask what would work instead.
        </p>
      )}
    </li>
  );
});
