/**
 * Rules that need history: what each person's earlier sessions with you say about this one. The
 * service works the past out from the directory (ReviewOptions.history); without it these stay
 * quiet, so a plan file reviewed on its own never guesses.
 */
import type { PastSession } from '../../history';
import type { Person } from '../../people';
import { daysBetween, formatDate } from '../../time';
import type { ReviewContext } from '../context';
import type { FindingAction } from '../types';
import { count, defineRule, listWords, noticeForPeople, personName, quoted, type Rule } from './define';

/** Someone who has come to this many sessions before is a regular. */
export const REGULAR_SESSIONS = 3;
/** After this many days without taking part, it has been a while. */
export const LONG_GAP_DAYS = 365;

const toPerson = (person: Person, label: string): FindingAction => ({ type: 'go', label, place: 'people', focus: { personId: person.id } });

/** Earlier sessions that took place (delivered), oldest first. */
function deliveredBefore(ctx: ReviewContext, person: Person): PastSession[] {
  return (ctx.history[person.id]?.sessions ?? []).filter((s) => s.delivered);
}

export const regularNeverLeads = defineRule({
  id: 'regular-never-leads',
  principle: 'sharing_power',
  weight: 'consider',
  source: 'involve',
  check(ctx, notice) {
    for (const person of ctx.livedExperience) {
      const past = deliveredBefore(ctx, person);
      if (past.length < REGULAR_SESSIONS || past.some((s) => s.sharedPower)) continue;
      // Already asked this time: leading a block, co-planning or helping run the day.
      if (person.coPlans || person.coFacilitates || ctx.blocks.some((b) => b.leadPersonId === person.id)) continue;
      const name = personName(person);
      notice({
        subject: person.id,
        message: `${name} has been part of ${past.length} sessions with you and has not yet been invited to lead a part, co-plan or co-chair.`,
        why: 'NIHR INVOLVE (2018) asks us to share power and offer opportunities for personal growth and development; regular contributors are often ready for more, if asked.',
        howToAct: `Ask ${name} whether they would like to co-plan this one or lead a part of the day. It is an invitation, and “not this time” is a fine answer.`,
        action: toPerson(person, `Go to ${name}`),
      });
    }
  },
});

export const notToldWhatChanged = defineRule({
  id: 'not-told-what-changed',
  principle: 'reciprocity',
  weight: 'consider',
  source: 'ukStandards',
  check(ctx, notice) {
    for (const person of ctx.livedExperience) {
      const last = deliveredBefore(ctx, person).at(-1);
      if (!last || last.toldWhatChanged) continue;
      const name = personName(person);
      notice({
        subject: person.id,
        message: `Nothing is recorded about what changed after ${name}’s last session on ${formatDate(last.date)}.`,
        why: 'The UK Standards for Public Involvement ask for communication that is timely and two-way: people want to know what happened to what they said before they give more.',
        howToAct: `Before ${name} comes again, add the “you said, we did” of that session to its After tab and let them know, or open this session by telling everyone.`,
        action: toPerson(person, `Go to ${name}`),
      });
    }
  },
});

export const consentRenewalDue = defineRule({
  id: 'consent-renewal-due',
  principle: 'respecting_knowledge',
  weight: 'important',
  source: 'gdpr',
  check(ctx, notice) {
    const onDate = ctx.onDate;
    if (onDate === null) return;
    const dueOf = (person: Person) => ctx.history[person.id]?.consentAskAgainOn ?? null;
    const due = ctx.people.filter((p) => {
      const d = dueOf(p);
      return d !== null && d <= onDate;
    });
    const why =
      'UK GDPR asks us to keep consent records current: a quick check that people are still happy with what we keep and share is part of treating their details with care.';
    noticeForPeople(ctx, 'consent-renewal-due', due, notice, {
      one: (person) => {
        const name = personName(person);
        return {
          message: `${name}’s consent was due to be checked again on ${formatDate(dueOf(person)!)}.`,
          why,
          howToAct: `Ask ${name} whether they are still happy for you to keep their details and what helps them take part, then record the next date on their profile in People.`,
          action: toPerson(person, `Go to ${name}`),
        };
      },
      group: (people) => ({
        message: `${count(people.length, 'person', 'people')} have consent that was due to be checked again by the day of this workshop: ${listWords(people.map(personName))}.`,
        why,
        howToAct:
          'Ask each of them whether they are still happy for you to keep their details and what helps them take part, then record the next date on their profile in People.',
      }),
    });
  },
});

export const longTimeNoSee = defineRule({
  id: 'long-time-no-see',
  principle: 'relationships',
  weight: 'consider',
  source: 'gdpr',
  check(ctx, notice) {
    const onDate = ctx.onDate;
    if (onDate === null) return;
    const lastOf = (person: Person) => ctx.history[person.id]?.sessions.at(-1)?.date ?? null;
    const away = ctx.people.filter((p) => {
      const last = lastOf(p);
      return last !== null && daysBetween(last, onDate) >= LONG_GAP_DAYS;
    });
    const why =
      'UK GDPR’s storage limitation means keeping details only while they are needed; and a relationship picked up again deserves a check that what we know is still right.';
    noticeForPeople(ctx, 'long-time-no-see', away, notice, {
      one: (person) => {
        const name = personName(person);
        return {
          message: `It has been more than a year since ${name} last took part, on ${formatDate(lastOf(person)!)}.`,
          why,
          howToAct: `Welcome ${name} back and check their contact details and what helps them are still right. If they would rather not be asked again, take them out of People.`,
          action: toPerson(person, `Go to ${name}`),
        };
      },
      group: (people) => ({
        message: `It has been more than a year since ${listWords(people.map(personName))} last took part.`,
        why,
        howToAct:
          'Welcome them back and check their contact details and what helps them are still right. Anyone who would rather not be asked again can be taken out of People.',
      }),
    });
  },
});

/** This plan's arrangement is still to make and close to (or past) its time. */
function lateNow(ctx: ReviewContext, arrangement: { status: string; dueDate: string | null }): boolean {
  if (arrangement.status !== 'to_arrange') return false;
  if (ctx.today !== null && arrangement.dueDate !== null && arrangement.dueDate < ctx.today) return true;
  return ctx.daysToWorkshop !== null && ctx.daysToWorkshop <= ctx.reminders.arrangementsDaysBefore;
}

export const sameNeedLateAgain = defineRule({
  id: 'same-need-late-again',
  principle: 'access',
  weight: 'important',
  source: 'ukStandards',
  check(ctx, notice) {
    for (const { person, need, type } of ctx.needs) {
      if (!lateNow(ctx, need.arrangement)) continue;
      const last = deliveredBefore(ctx, person).at(-1);
      // Not arranged on the day last time, for the same kind of need.
      if (!last?.needs.some((n) => n.type === need.type && n.arrangement.status !== 'arranged')) continue;
      const name = personName(person);
      notice({
        subject: `${person.id}:${need.id}`,
        message: `${quoted(type.label)} for ${name} was not arranged in time at their last session either, and is still to arrange for this one.`,
        why: 'The UK Standards for Public Involvement ask for inclusive opportunities: when the same need is met late twice running, it is worth arranging it well ahead, every time.',
        howToAct: 'Arrange it now, and note on their profile what worked so it can be booked early next time.',
        action: { type: 'go', label: `Arrange for ${name}`, place: 'access', focus: { needId: need.id } },
      });
    }
  },
});

export const HISTORY_RULES: readonly Rule[] = [regularNeverLeads, notToldWhatChanged, consentRenewalDue, longTimeNoSee, sameNeedLateAgain];
