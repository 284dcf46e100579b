/**
 * The example reason the set-aside dialog offers, fitted to the finding it is for: a reason a
 * thoughtful facilitator might really give for leaving that suggestion be. Written without names
 * or pronouns, since it stands for anyone. A rule added later without its own example borrows one
 * from its principle, so the dialog never offers a reason that has nothing to do with the finding.
 */
import type { Finding, Principle } from '../../../main/domain/review/types';

const BY_RULE: Readonly<Record<string, string>> = {
  'pack-contact-missing': 'Our involvement team sends the packs, with their phone number on the covering letter.',
  'venue-missing': 'We are choosing between two venues and will add it once one is booked.',
  'need-unarranged': 'Our co-facilitator is arranging this with the venue this week.',
  'arrangement-unconfirmed': 'The venue confirmed it on the phone; the email is on its way.',
  'cannot-meet-untold': 'We are talking about it together at our call on Thursday.',
  'venue-contradicts-need': 'The venue is bringing in a portable ramp for the day.',
  'venue-check-needed': 'We have met in this room many times and know it well.',
  'materials-not-sent': 'Everyone is collecting their pack from the community centre on Monday.',
  'easy-read-missing': 'Nobody taking part this time has asked for Easy Read.',
  'easy-read-long-sentences': 'Our Easy Read checker read these sentences and is happy with them.',
  'pack-format-differs': 'We agreed this format together on the phone.',
  'tech-check-missing': 'Everyone joining online used the same call with us last month.',
  'captions-missing': 'We asked everyone joining online, and nobody needs captions this time.',
  'debrief-empty': 'We are writing it up together at next week’s meeting.',
  'changes-none': 'Nothing has changed yet; we will add it after the steering group meets.',
  'online-host-missing': 'Our co-facilitator is watching the chat as well as the room.',
  'small-groups-missing': 'There are six of us, so we will talk all together.',
  'co-facilitation-none': 'It is a short catch-up, and the group asked me to run it.',
  jargon: 'The group chose this word and uses it themselves.',
  'long-sentences': 'Our public contributors read it and found it clear.',
  'descriptions-missing': 'We will talk the group through each part on the day.',
  'purpose-missing': 'We are agreeing the purpose together in the first session.',
  'what-could-change-missing': 'We will agree this with the group at the start.',
  'people-none': 'We are still inviting people and will add them as they say yes.',
  'lived-experience-none': 'This is a planning meeting for the research team before we invite people.',
  'co-planning-none': 'Our public contributors join the planning from the next meeting.',
  'lead-none': 'The group decides on the day who leads each part.',
  'decision-unnamed': 'The whole group decides this together.',
  'decision-professionals-only': 'The group asked the researchers to make this choice and report back.',
  'decision-what-missing': 'It is a choice between two dates that everyone already knows about.',
  'lead-dominates': 'The group asked me to lead this time while they settle in.',
  'payment-missing': 'This person takes part through their job, and their employer pays them.',
  'payment-to-agree': 'We are agreeing it at our call on Friday.',
  'benefits-advice': 'We have talked about benefits already, and advice is not needed.',
  'rate-out-of-date': 'Our finance team checked this rate this month.',
  'planning-time-unpaid': 'Planning time is paid through a separate agreement.',
  'gives-back-missing': 'We are asking the group what they would like at our next meeting.',
  'follow-up-missing': 'We will agree with the group on the day how to share what changed.',
  'welcome-missing': 'Everyone knows each other well, so we go straight into the first conversation.',
  'check-in-missing': 'We check in over a cup of tea before we start.',
  'ground-rules-missing': 'Our group agreed its ground rules last month.',
  'relationship-time-missing': 'The group meets every month and knows each other well.',
  'reflection-missing': 'We are sending a short feedback form the day after instead.',
  'agenda-empty': 'We are building the agenda together at our planning meeting.',
  'break-missing': 'It is an hour-long call, and people can step away at any time.',
  'meal-missing': 'We finish before lunch, with drinks and snacks throughout.',
  'presentations-heavy': 'The group asked to hear from the researchers this time.',
  'conversation-time-short': 'This session shares results; the discussion is next month.',
  'agenda-overruns': 'The venue has said we can stay on for another half an hour.',
  'pin-late': 'The venue serves lunch at a fixed time, and everyone knows it is later.',
  'early-start': 'Everyone lives nearby and chose this time together.',
  'late-finish': 'The group chose an evening so that people can come after work.',
  'long-day': 'The group asked for one full day rather than two shorter ones.',
  'little-spare-time': 'The group knows the plan well, and the timings are generous already.',
  'agenda-gap': 'The gap is for people on the later bus; the room is open to chat.',
  'long-morning': 'Drinks and a proper snack are served at the morning break.',
  'lunch-short': 'Lunch is a packed lunch people can keep eating through the next block.',
  'closing-long': 'The closing is a celebration with certificates, and the group wanted time for it.',
  'mealtime-no-food': 'Everyone eats before they come, and there are drinks throughout.',
  'safeguarding-in-place': 'Our youth worker is the safeguarding lead, and the consent forms are with the school.',
  'young-people-long-blocks': 'The young people asked for longer time on this, with movement built in.',
  'interpreter-pair': 'The interpreting agency sends a pair; the booking confirmation is on file.',
  'interpreter-break': 'The interpreters asked for this pattern and will signal if they need a pause.',
  'interpreted-talk-time': 'Only one question is discussed in this block, so there is time to interpret.',
  'phone-join-unchecked': 'We rang the dial-in number together last week and it worked.',
  'screen-reader-unchecked': 'The platform is the one used every week with a screen reader, without trouble.',
  'phone-lead-materials': 'The slides are read aloud in full, and there is nothing to see.',
  'dignified-route': 'Everyone uses the side entrance, and the route is known.',
  'kind-ran-over': 'This time the check-in is in pairs, so it takes less time than the whole group.',
  'regular-never-leads': 'We asked last month; they would rather take part for now.',
  'not-told-what-changed': 'We told the group in person at the end of that session.',
  'consent-renewal-due': 'We checked with them by phone this week.',
  'long-time-no-see': 'They got in touch to say they would like to come back.',
  'same-need-late-again': 'The interpreter is booked; the service confirms the week before.',
};

const BY_PRINCIPLE: Readonly<Record<Principle, string>> = {
  sharing_power: 'The group agreed to do it this way together.',
  including_all: 'We asked everyone taking part, and this suits them.',
  respecting_knowledge: 'The group chose this way of sharing what they know.',
  reciprocity: 'This has been agreed with the person already.',
  relationships: 'The group meets often and knows each other well.',
  kindness: 'We talked it through together and are happy with it.',
  plain_english: 'Our public contributors read it and found it clear.',
  time_and_pace: 'The group chose these timings together.',
  access: 'We have already arranged this with everyone who needs it.',
};

/** "For example: …" in the set-aside dialog: a reason that fits this finding. */
export function exampleReason(finding: Pick<Finding, 'ruleId' | 'principle'>): string {
  return BY_RULE[finding.ruleId] ?? BY_PRINCIPLE[finding.principle];
}

/** The rules with an example of their own (for the test that every rule has one). */
export const RULES_WITH_EXAMPLES: readonly string[] = Object.keys(BY_RULE);
