/** Access: people need to know where they are going and how to get there. */
import { participantContact } from '../../pack/contact';
import { packRecipients } from '../../pack/recipients';
import { defineRule, IN_ROOM, isBlank, personName, type Rule } from './define';

export const venueMissing = defineRule({
  id: 'venue-missing',
  principle: 'access',
  weight: 'consider',
  source: 'ukStandards',
  formats: IN_ROOM,
  check(ctx, notice) {
    if (!isBlank(ctx.plan.venueName)) return;
    notice({
      message: 'Add where the workshop is, so people can plan how to get there and what support they need.',
      why: 'The UK Standards for Public Involvement (2019) ask for inclusive opportunities and timely communication: people need to know where they are going and how to get there.',
      howToAct: 'Add the venue’s name and address. In the pack, say how to get there: step-free routes, parking and the nearest bus stop.',
      action: { type: 'go', label: 'Go to the venue', place: 'details', focus: { detailsField: 'venueName' } },
    });
  },
});

export const packContactMissing = defineRule({
  id: 'pack-contact-missing',
  principle: 'access',
  weight: 'important',
  source: 'ukStandards',
  check(ctx, notice) {
    const recipients = packRecipients(ctx.plan.people);
    if (recipients.length === 0 || participantContact(ctx.plan) !== null) return;
    // Nobody can be chosen yet, so the way on is a facilitator's card, to add their email or phone.
    const facilitator = ctx.plan.people.find((p) => p.role === 'facilitator');
    notice({
      message: `${recipients.length === 1 ? 'The pack you will send has' : `The ${recipients.length} packs you will send have`} nobody to contact by name: add an email or phone for a facilitator, and choose them as the contact for participants.`,
      why: 'The UK Standards for Public Involvement (2019) ask for timely, two-way communication. People with a question or a worry before the day need one named person they can reach, not “the person who sent you this”.',
      howToAct:
        'On the People tab, add an email or phone number to a facilitator (add yourself if you are not listed). Then, in the plan details, choose who people should contact.',
      action: facilitator
        ? { type: 'go', label: `Go to ${personName(facilitator)}`, place: 'people', focus: { personId: facilitator.id } }
        : { type: 'go', label: 'Go to people', place: 'people' },
    });
  },
});

export const ACCESS_RULES: readonly Rule[] = [venueMissing, packContactMissing];
