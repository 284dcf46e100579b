/**
 * Reciprocity: nobody out of pocket, payment agreed beforehand, benefits advice signposted, rates
 * checked, and people told what changed because of them.
 */
import { feePence, hasPaymentRecorded, type Person } from '../../people';
import { formatDate, isIsoDate } from '../../time';
import type { FindingAction } from '../types';
import { count, defineRule, isBlank, listWords, noticeForPeople, personName, type Rule } from './define';
import { personWords } from '../../pronouns';

const paymentFor = (person: Person, label: string): FindingAction => ({
  type: 'go',
  label,
  place: 'reciprocity',
  focus: { personId: person.id },
});

export const paymentMissing = defineRule({
  id: 'payment-missing',
  principle: 'reciprocity',
  weight: 'important',
  source: 'payment',
  check(ctx, notice) {
    for (const person of ctx.livedExperience) {
      if (hasPaymentRecorded(person.payment)) continue;
      const name = personName(person);
      notice({
        subject: person.id,
        message: `Nobody should be out of pocket for giving their time. Add payment for ${name}?`,
        why: 'The NIHR payment guidance for public contributors says nobody should end up out of pocket, and that payment is agreed before involvement starts.',
        howToAct: `Record the fee and any expenses agreed with ${name}, such as travel, carer cover or childcare, or note that ${personWords(person).they} would rather not be paid.`,
        action: paymentFor(person, `Add payment for ${name}`),
      });
    }
  },
});

export const paymentToAgree = defineRule({
  id: 'payment-to-agree',
  principle: 'reciprocity',
  weight: 'consider',
  source: 'payment',
  check(ctx, notice) {
    // With nothing recorded yet, "payment-missing" already asks (for public contributors and carers).
    const toAgree = ctx.people.filter((p) => p.payment.status === 'to_agree' && hasPaymentRecorded(p.payment));
    noticeForPeople(ctx, 'payment-to-agree', toAgree, notice, {
      one: (person) => {
        const name = personName(person);
        return {
          message: `Payment for ${name} is still to be agreed. Agreeing it before the day means ${name} knows exactly what is offered.`,
          why: PAYMENT_AGREE_WHY,
          howToAct: `Talk it through with ${name}, then mark the payment as agreed.`,
          action: paymentFor(person, `Go to payment for ${name}`),
        };
      },
      group: (people) => ({
        message: `Payment is still to be agreed with ${count(people.length, 'person', 'people')}. Agreeing it before the day means everyone knows exactly what is offered.`,
        why: PAYMENT_AGREE_WHY,
        howToAct: 'Talk it through with each person, then mark their payment as agreed.',
        action: paymentFor(people[0]!, 'Go to payment'),
      }),
    });
  },
});

const PAYMENT_AGREE_WHY =
  'The NIHR payment guidance for public contributors says to agree payment before involvement starts and to tell people clearly what they are offered.';
const BENEFITS_WHY =
  'The NIHR payment guidance for public contributors says payment can affect welfare benefits, so people should be signposted to benefits advice.';

export const benefitsAdvice = defineRule({
  id: 'benefits-advice',
  principle: 'reciprocity',
  weight: 'consider',
  source: 'payment',
  check(ctx, notice) {
    const paid = ctx.people.filter((p) => !p.payment.benefitsAdviceOffered && feePence(p.payment) > 0);
    noticeForPeople(ctx, 'benefits-advice', paid, notice, {
      one: (person) => {
        const name = personName(person);
        return {
          message: `Payment can affect some welfare benefits. Has ${name} been offered benefits advice?`,
          why: BENEFITS_WHY,
          howToAct: `Point ${name} to independent benefits advice, ideally before payment is agreed, then mark it as offered.`,
          action: paymentFor(person, `Go to payment for ${name}`),
        };
      },
      group: (people) => ({
        message: `Benefits advice has not been offered to ${count(people.length, 'person', 'people')} who ${people.length === 1 ? 'is' : 'are'} being paid. Payment can affect some welfare benefits.`,
        why: BENEFITS_WHY,
        howToAct: 'Point each person to independent benefits advice, ideally before payment is agreed, then mark it as offered.',
        action: paymentFor(people[0]!, 'Go to payment'),
      }),
    });
  },
});

/** "2027-05-12" → "2026-05-12": a year before, as an ISO date (29 February compares correctly as text). */
function yearBefore(iso: string): string {
  return `${String(Number(iso.slice(0, 4)) - 1).padStart(4, '0')}${iso.slice(4)}`;
}

export const rateOutOfDate = defineRule({
  id: 'rate-out-of-date',
  principle: 'reciprocity',
  weight: 'consider',
  source: 'payment',
  check(ctx, notice) {
    // Deterministic by design: measured against the workshop's date, never today's.
    const date = ctx.plan.date;
    if (date === null || !isIsoDate(date)) return;
    const cutoff = yearBefore(date);
    const stale: Person[] = [];
    let oldest = '';
    for (const person of ctx.people) {
      const rate = person.payment.rate;
      if (person.payment.status === 'declined' || rate === null || !isIsoDate(rate.asOf) || rate.asOf >= cutoff) continue;
      stale.push(person);
      if (oldest === '' || rate.asOf < oldest) oldest = rate.asOf;
    }
    const first = stale[0];
    if (!first) return;
    const names = listWords(stale.map(personName));
    notice({
      message:
        `The rate agreed with ${names} was checked on ${formatDate(oldest)}, more than a year before this workshop. ` +
        'Rates change, so it is worth checking it is still the one to use.',
      why: 'The NIHR payment guidance for public contributors is updated from time to time. Kindred never treats a rate as current: each one carries the date it was checked.',
      howToAct: 'Check the rate against its source, update it in your rates if it has changed, and agree any change with the people it affects.',
      action: paymentFor(first, `Go to payment for ${personName(first)}`),
    });
  },
});

export const planningTimeUnpaid = defineRule({
  id: 'planning-time-unpaid',
  principle: 'reciprocity',
  weight: 'consider',
  source: 'payment',
  check(ctx, notice) {
    for (const person of ctx.livedExperience) {
      const p = person.payment;
      // Only once a fee is recorded; before that, "payment-missing" asks about payment as a whole.
      if (!person.coPlans || p.prepHours > 0 || feePence(p) === 0) continue;
      const name = personName(person);
      const w = personWords(person);
      notice({
        subject: person.id,
        message: `${name} is planning the workshop with you, but no planning or preparation hours are in ${w.their} payment.`,
        why: 'The NIHR payment guidance for public contributors covers the time people give to preparing and planning, not only the day itself.',
        howToAct: `Add the hours ${name} spends planning and preparing, agreed with ${w.them} beforehand.`,
        action: paymentFor(person, `Go to payment for ${name}`),
      });
    }
  },
});

export const givesBackMissing = defineRule({
  id: 'gives-back-missing',
  principle: 'reciprocity',
  weight: 'important',
  source: 'involve',
  check(ctx, notice) {
    if (ctx.plan.givesBack.length > 0 || !isBlank(ctx.plan.givesBackNote)) return;
    notice({
      message: 'Nothing is recorded yet about what people get back for their time and knowledge.',
      why: 'NIHR INVOLVE (2018) names reciprocity as a principle of co-production: everyone gets something back for what they give.',
      howToAct: 'Choose what people get back, such as feedback on what changed, learning, a certificate or credit in what is published.',
      action: { type: 'go', label: 'Go to what people get back', place: 'details', focus: { detailsField: 'givesBack' } },
    });
  },
});

export const followUpMissing = defineRule({
  id: 'follow-up-missing',
  principle: 'reciprocity',
  weight: 'important',
  source: 'ukStandards',
  check(ctx, notice) {
    if (!isBlank(ctx.plan.followUp)) return;
    notice({
      message: 'Say how and when you will tell people what changed because of them (“you said, we did”).',
      why: 'The UK Standards for Public Involvement (2019) ask for two-way communication and for sharing the difference involvement makes.',
      howToAct: 'Write when and how you will get back to people, for example a short letter within four weeks, in the format each person asked for.',
      action: { type: 'go', label: 'Write how you will follow up', place: 'details', focus: { kind: 'plan', field: 'followUp' } },
    });
  },
});

export const RECIPROCITY_RULES: readonly Rule[] = [
  paymentMissing,
  paymentToAgree,
  benefitsAdvice,
  rateOutOfDate,
  planningTimeUnpaid,
  givesBackMissing,
  followUpMissing,
];
