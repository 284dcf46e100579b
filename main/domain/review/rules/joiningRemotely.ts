/**
 * People joining by phone or with a screen reader, where the online checks have not said the
 * session works for them, and a phone joiner leading much of the session who cannot see what others
 * see. The venue's checks never reach them; the online checks do.
 */
import { takesPartIn } from '../../plan';
import type { Person } from '../../people';
import type { OnlineCheck } from '../../access';
import type { ReviewContext } from '../context';
import { defineRule, duration, listWords, noticeForPeople, ONLINE_TOO, personName, type Rule } from './define';

const WHY =
  'The UK Standards for Public Involvement (2019) ask for inclusive opportunities: people join in the way that works for them, and it is checked before the day that it will.';
const toCheck = (check: OnlineCheck, label: string) => ({ type: 'go', label, place: 'access', focus: { onlineCheck: check } }) as const;

function checked(ctx: ReviewContext, check: OnlineCheck): boolean {
  return ctx.plan.onlineChecks[check]?.answer === 'yes';
}

export const phoneJoinUnchecked = defineRule({
  id: 'phone-join-unchecked',
  principle: 'access',
  weight: 'important',
  source: 'ukStandards',
  formats: ONLINE_TOO,
  check(ctx, notice) {
    if (checked(ctx, 'phone_dial_in')) return;
    const byPhone = ctx.people.filter((p) => takesPartIn(ctx.plan, p) === 'phone');
    if (byPhone.length === 0) return;
    const action = toCheck('phone_dial_in', 'Go to the phone check');
    noticeForPeople(ctx, 'phone-join-unchecked', byPhone, notice, {
      group: (group) => ({
        message: `${listWords(group.map(personName))} will join by phone, but the online checks do not yet say people can join by phone.`,
        why: WHY,
        howToAct: 'Check the meeting has a dial-in number that works, put it in the plan, and mark the phone check as done.',
        action,
      }),
      one: (person) => ({
        message: `${personName(person)} will join by phone, but the online checks do not yet say people can join by phone.`,
        why: WHY,
        howToAct: 'Check the meeting has a dial-in number that works, put it in the plan, and mark the phone check as done.',
        action,
      }),
    });
  },
});

export const screenReaderUnchecked = defineRule({
  id: 'screen-reader-unchecked',
  principle: 'access',
  weight: 'important',
  source: 'ukStandards',
  formats: ONLINE_TOO,
  check(ctx, notice) {
    if (checked(ctx, 'screen_reader')) return;
    const people = [...new Set(ctx.needs.filter((f) => f.online && f.need.type === 'screen_reader').map((f) => f.person))];
    if (people.length === 0) return;
    const action = toCheck('screen_reader', 'Go to the screen reader check');
    const words = (names: string, n: number) => ({
      message: `${names} ${n === 1 ? 'uses' : 'use'} a screen reader and will join online, but the online checks do not yet say the meeting platform works with screen readers.`,
      why: WHY,
      howToAct: 'Try the platform with a screen reader (or ask the person what works for them), then mark the check as done.',
      action,
    });
    noticeForPeople(ctx, 'screen-reader-unchecked', people, notice, {
      group: (group) => words(listWords(group.map(personName)), group.length),
      one: (person) => words(personName(person), 1),
    });
  },
});

/** A phone joiner who leads at least this share of the working time leads most of the session. */
const MOST = 0.5;

export const phoneLeadMaterials = defineRule({
  id: 'phone-lead-materials',
  principle: 'sharing_power',
  weight: 'consider',
  source: 'ukStandards',
  formats: ONLINE_TOO,
  check(ctx, notice) {
    const working = ctx.nonRestMinutes;
    if (working === 0) return;
    const led = new Map<Person, number>();
    for (const b of ctx.blocks) {
      const person = b.leadPersonId === null ? undefined : ctx.peopleById.get(b.leadPersonId);
      if (person && takesPartIn(ctx.plan, person) === 'phone') led.set(person, (led.get(person) ?? 0) + b.durationMinutes);
    }
    for (const [person, minutes] of led) {
      // A pack sent before the day is a plan for them to see the materials; one handed out on the day cannot reach a phone.
      if (minutes < working * MOST || person.packDelivery !== 'on_the_day') continue;
      notice({
        subject: person.id,
        message: `${personName(person)} leads ${duration(minutes)} of the session by phone, but their pack is to be handed out on the day, so they will not see the slides or materials others see.`,
        why: WHY,
        howToAct: `Send ${personName(person)} the pack and any slides by email or post beforehand, and say each slide’s number aloud as you go.`,
        action: { type: 'go', label: `Go to ${personName(person)}`, place: 'people', focus: { personId: person.id } },
      });
    }
  },
});

export const JOINING_REMOTELY_RULES: readonly Rule[] = [phoneJoinUnchecked, screenReaderUnchecked, phoneLeadMaterials];
