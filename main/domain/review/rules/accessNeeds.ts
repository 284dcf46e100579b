/**
 * Access needs, from the first conversation to the room: every need has an arrangement, the ones
 * still open are confirmed in good time, the venue and the online side can meet them, packs go out
 * in time and in the format each person reads, and anyone whose need cannot be met hears it from us.
 *
 * Only needs kept with the person's consent are looked at (see `ReviewContext.needs`). The rules
 * about dates (arrangements close to the day, packs to send) run only when the review is told what
 * day it is. Everything about getting ready goes quiet once the workshop is delivered or its date
 * has passed.
 */
import { PACK_FORMAT_LABELS, VENUE_CHECKS, type NeedTypeId, type PackFormat, type VenueCheck } from '../../access';
import { REST_KINDS } from '../../blockKinds';
import type { Person } from '../../people';
import { EASY_READ_SENTENCE_WORDS } from '../../plainEnglish';
import { packsToSend, packWords } from '../../packSchedule';
import { formatDate, isIsoDate } from '../../time';
import type { NeedFact, ReviewContext } from '../context';
import type { FindingAction } from '../types';
import {
  blockName,
  count,
  defineRule,
  IN_ROOM,
  isBlank,
  listWords,
  noticeForPeople,
  ONLINE_TOO,
  personName,
  quoted,
  targetKey,
  type Rule,
} from './define';
import { opening, whereText } from './plainEnglish';
import { personWords } from '../../pronouns';

// ─── Wording ────────────────────────────────────────────────────────────────────────────────

/** How a need reads after "Amara needs …", where its label does not read that way already. */
const NEED_PHRASES: Partial<Record<NeedTypeId, string>> = {
  braille: 'braille',
  easy_read: 'Easy Read information',
  phone_dial_in: 'to join by phone',
  blue_badge: 'Blue Badge parking',
  public_transport: 'to get there by public transport',
};

/** "a BSL or other sign language interpreter", "step-free access": the need, to follow "needs". */
export function needPhrase(type: NeedFact['type']): string {
  const phrase = NEED_PHRASES[type.id];
  if (phrase !== undefined) return phrase;
  return type.label.charAt(0).toLowerCase() + type.label.slice(1);
}

/** The person's own words about a need, short enough for a sentence. */
function detailWords(fact: NeedFact): string {
  return isBlank(fact.need.detail) ? '' : ` (${quoted(opening(fact.need.detail.trim(), 10))})`;
}

/** "Amara needs step-free access"; a need not on the list is described in the person's own words. */
function needsSentence(fact: NeedFact): string {
  const name = personName(fact.person);
  if (fact.type.id === 'other') return `${name} has a need that is not on the list${detailWords(fact)}`;
  return `${name} needs ${needPhrase(fact.type)}`;
}

/** "the workshop is today", "… tomorrow", "… in 5 days". */
function workshopIn(days: number): string {
  if (days === 0) return 'the workshop is today';
  if (days === 1) return 'the workshop is tomorrow';
  return `the workshop is in ${days} days`;
}

const possessive = (person: Person) => `${personName(person)}’s`;

const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** What a venue check asks about, to follow "Does the venue have …" and "says no to …". */
const VENUE_HAS: Record<VenueCheck, string> = {
  step_free_entrance: 'a step-free entrance by the main door',
  accessible_toilet: 'an accessible toilet',
  lift: 'a lift to every floor you use',
  hearing_loop: 'a hearing loop in the room',
  quiet_room: 'a quiet room to take a break in',
  parking: 'parking and drop-off close to the door',
  public_transport: 'public transport a short walk away',
  lighting: 'lighting that can be adjusted',
  seating: 'comfortable seating, some with arms',
  prayer_space: 'a prayer or quiet reflection space',
  food_water: 'food and drinking water',
};

/** Needs that also ask for a lift (or everything on one floor), besides their own venue check. */
const NEEDS_A_LIFT: ReadonlySet<NeedTypeId> = new Set<NeedTypeId>(['step_free', 'wheelchair_space']);

/** "Amara needs step-free access", "Amara and Joe need step-free access", "Amara (…) and Joe (…) need it". */
function whoNeeds(facts: readonly NeedFact[]): string {
  const byPerson = new Map<string, NeedFact>();
  for (const f of facts) if (!byPerson.has(f.person.id)) byPerson.set(f.person.id, f);
  const firsts = [...byPerson.values()];
  const phrases = new Set(firsts.map((f) => needPhrase(f.type)));
  if (firsts.length === 1) return needsSentence(firsts[0]!);
  const names = firsts.map((f) => personName(f.person));
  if (phrases.size === 1) return `${listWords(names)} need ${needPhrase(firsts[0]!.type)}`;
  return `${listWords(firsts.map((f) => `${personName(f.person)} (${needPhrase(f.type)})`))} need it`;
}

/** People in the order they are in the plan, each once. */
function distinctPeople(facts: readonly NeedFact[]): Person[] {
  const seen = new Map<string, Person>();
  for (const f of facts) if (!seen.has(f.person.id)) seen.set(f.person.id, f.person);
  return [...seen.values()];
}

const toNeed = (fact: NeedFact, label: string): FindingAction => ({ type: 'go', label, place: 'access', focus: { needId: fact.need.id } });

/**
 * Still getting ready: the plan is not delivered and, when the review knows today's date, the
 * workshop has not happened yet. After that, what was or was not arranged is for the debrief.
 */
function gettingReady(ctx: ReviewContext): boolean {
  return ctx.plan.status !== 'delivered' && (ctx.daysToWorkshop === null || ctx.daysToWorkshop >= 0);
}

const ARRANGE_WHY =
  'The UK Standards for Public Involvement (2019) ask for inclusive opportunities: people’s access needs are asked about and met, so everyone can take part on equal terms.';

// ─── Needs and arrangements ───────────────────────────────────────────────────────────────

/** Needs that only mean something for someone joining from a screen or a phone. */
const JOINING_ONLY: ReadonlySet<NeedTypeId> = new Set<NeedTypeId>(['tech_check', 'phone_dial_in']);

/**
 * A need that does not apply to how this person takes part: one only the room can meet (a hearing
 * loop, a quiet room, parking) for someone joining from home, or a tech check for someone in the room.
 */
function notForHowTheyTakePart(fact: NeedFact): boolean {
  if (fact.online) return fact.type.venueCheck !== undefined && fact.type.onlineCheck === undefined;
  return JOINING_ONLY.has(fact.type.id);
}

export const needUnarranged = defineRule({
  id: 'need-unarranged',
  principle: 'access',
  weight: 'important',
  source: 'ukStandards',
  check(ctx, notice) {
    if (!gettingReady(ctx)) return;
    const soon = ctx.daysToWorkshop !== null && ctx.daysToWorkshop <= ctx.reminders.arrangementsDaysBefore;
    const when = soon ? ` ${upperFirst(workshopIn(ctx.daysToWorkshop!))}.` : '';
    // One finding per person, naming all their needs still to plan, rather than one per need. A need
    // set aside on its own (its id is the need's, as before) keeps its own finding.
    const byPerson = new Map<string, NeedFact[]>();
    for (const fact of ctx.needs) {
      const { arrangement } = fact.need;
      if (arrangement.status !== 'to_arrange' || !isBlank(arrangement.how) || notForHowTheyTakePart(fact)) continue;
      const name = personName(fact.person);
      if (ctx.setAsideIds.has(`need-unarranged:${fact.need.id}`)) {
        notice({
          subject: fact.need.id,
          message: `${needsSentence(fact)}, and nothing is planned for it yet.${when}`,
          why: ARRANGE_WHY,
          howToAct: `Write how it will be met, who is making it happen and by when. If it cannot be met, say so, and talk with ${name} about what might work instead.`,
          action: toNeed(fact, `Plan this for ${name}`),
        });
        continue;
      }
      const list = byPerson.get(fact.person.id);
      if (list) list.push(fact);
      else byPerson.set(fact.person.id, [fact]);
    }
    for (const facts of byPerson.values()) {
      const first = facts[0]!;
      const name = personName(first.person);
      const several = facts.length > 1;
      const what = several
        ? `${name} needs ${listWords(
            facts.map((f) => (f.type.id === 'other' ? `something not on the list${detailWords(f)}` : needPhrase(f.type))),
            'and',
            facts.length,
          )}, and nothing is planned for them yet.`
        : `${needsSentence(first)}, and nothing is planned for it yet.`;
      notice({
        // A lone need keeps the id it always had; several are one finding about the person.
        subject: several ? `person:${first.person.id}` : first.need.id,
        message: `${what}${when}`,
        why: ARRANGE_WHY,
        howToAct: `Write how each will be met, who is making it happen and by when. If something cannot be met, say so, and talk with ${name} about what might work instead.`,
        action: toNeed(first, `Plan this for ${name}`),
      });
    }
  },
});

export const arrangementUnconfirmed = defineRule({
  id: 'arrangement-unconfirmed',
  principle: 'access',
  weight: 'important',
  source: 'ukStandards',
  check(ctx, notice) {
    const today = ctx.today;
    if (today === null || !gettingReady(ctx)) return;
    const days = ctx.daysToWorkshop;
    const soon = days !== null && days <= ctx.reminders.arrangementsDaysBefore;
    for (const fact of ctx.needs) {
      const { arrangement } = fact.need;
      // With nothing written yet, "need-unarranged" already asks.
      if (arrangement.status !== 'to_arrange' || isBlank(arrangement.how)) continue;
      const due = arrangement.dueDate !== null && isIsoDate(arrangement.dueDate) ? arrangement.dueDate : null;
      const overdue = due !== null && today > due;
      if (!soon && !overdue) continue;
      const when = overdue ? `It was due by ${formatDate(due!)}${soon ? `, and ${workshopIn(days!)}` : ''}.` : `${upperFirst(workshopIn(days!))}.`;
      const name = personName(fact.person);
      const who = isBlank(arrangement.owner) ? 'whoever is arranging it' : arrangement.owner.trim();
      notice({
        subject: fact.need.id,
        message: `${needsSentence(fact)}. The arrangement (${quoted(opening(arrangement.how.trim(), 10))}) is not confirmed yet. ${when}`,
        why: `${ARRANGE_WHY} Confirming arrangements in good time means nobody arrives to find their need has not been met.`,
        howToAct: `Check with ${who}, and mark it as arranged once it is confirmed. If it cannot happen, tell ${name} now, so you can find another way together.`,
        action: toNeed(fact, `Go to ${possessive(fact.person)} arrangement`),
      });
    }
  },
});

export const cannotMeetUntold = defineRule({
  id: 'cannot-meet-untold',
  principle: 'access',
  weight: 'important',
  source: 'involve',
  check(ctx, notice) {
    if (!gettingReady(ctx)) return;
    for (const fact of ctx.needs) {
      const { arrangement } = fact.need;
      if (arrangement.status !== 'cannot_meet' || arrangement.personTold) continue;
      const name = personName(fact.person);
      const w = personWords(fact.person);
      const what = fact.type.id === 'other' ? `meet the need ${w.they} told us about${detailWords(fact)}` : `arrange ${needPhrase(fact.type)}`;
      notice({
        subject: fact.need.id,
        message: `Let ${name} know we cannot ${what}, and talk together about what might work instead.`,
        why: 'NIHR INVOLVE (2018) asks us to be open and honest and to build relationships on trust. Hearing early, and being asked what would help, lets people choose how they take part.',
        howToAct: `Talk to ${name} in good time, in the way ${w.theyDo('prefer')}. There may be another way to meet the need, or another way to take part. Then mark that you have told ${w.them}.`,
        action: toNeed(fact, `Go to ${possessive(fact.person)} arrangement`),
      });
    }
  },
});

// ─── The venue ───────────────────────────────────────────────────────────────────────────

/** Needs of people in the room (not joining online) that this venue check answers, with the statuses asked about. */
function roomNeedsFor(ctx: ReviewContext, check: VenueCheck, withLift: boolean, counts: (fact: NeedFact) => boolean): NeedFact[] {
  const out: NeedFact[] = [];
  for (const fact of ctx.needs) {
    if (fact.online || !counts(fact)) continue;
    if (fact.type.venueCheck === check || (withLift && check === 'lift' && NEEDS_A_LIFT.has(fact.type.id))) out.push(fact);
  }
  return out;
}

const toVenueCheck = (check: VenueCheck): FindingAction => ({
  type: 'go',
  label: 'Go to the venue check',
  place: 'access',
  focus: { venueCheck: check },
});

export const venueContradictsNeed = defineRule({
  id: 'venue-contradicts-need',
  principle: 'access',
  weight: 'important',
  source: 'ukStandards',
  formats: IN_ROOM,
  check(ctx, notice) {
    if (ctx.needs.length === 0 || !gettingReady(ctx)) return;
    for (const check of VENUE_CHECKS) {
      if (ctx.plan.venueChecks[check]?.answer !== 'no') continue;
      // A need that cannot be met is "cannot-meet-untold"'s to raise; an arranged one still clashes with a "no".
      const facts = roomNeedsFor(ctx, check, true, (f) => f.need.arrangement.status !== 'cannot_meet');
      if (facts.length === 0) continue;
      notice({
        subject: check,
        message: `Your venue check says no to ${VENUE_HAS[check]}, but ${whoNeeds(facts)}.`,
        why: 'The UK Standards for Public Involvement (2019) ask for inclusive opportunities: a room people cannot get into, or cannot stay in, shuts them out of the conversation.',
        howToAct:
          'Talk to the venue about what can be done, or find another room or venue. Once it is sorted, update the venue check and the arrangement. If it cannot be, tell the people it affects in good time.',
        action: toVenueCheck(check),
      });
    }
  },
});

export const venueCheckNeeded = defineRule({
  id: 'venue-check-needed',
  principle: 'access',
  weight: 'consider',
  source: 'ukStandards',
  formats: IN_ROOM,
  check(ctx, notice) {
    if (ctx.needs.length === 0 || !gettingReady(ctx)) return;
    for (const check of VENUE_CHECKS) {
      const answer = ctx.plan.venueChecks[check]?.answer;
      if (answer === 'yes' || answer === 'no') continue;
      // Once a need is arranged, its arrangement says how the venue meets it.
      const facts = roomNeedsFor(ctx, check, false, (f) => f.need.arrangement.status === 'to_arrange');
      if (facts.length === 0) continue;
      notice({
        subject: check,
        message:
          answer === 'not_needed'
            ? `Your venue check says ${VENUE_HAS[check]} is not needed, but ${whoNeeds(facts)}.`
            : `Does the venue have ${VENUE_HAS[check]}? ${whoNeeds(facts)}.`,
        why: 'The UK Standards for Public Involvement (2019) ask for inclusive opportunities. Checking the venue before the day means people can trust what you tell them about getting in and getting around.',
        howToAct: 'Ask the venue, and note the answer in the venue check with any detail people will need, such as where to find it.',
        action: toVenueCheck(check),
      });
    }
  },
});

// ─── Packs ───────────────────────────────────────────────────────────────────────────────

export const materialsNotSent = defineRule({
  id: 'materials-not-sent',
  principle: 'access',
  weight: 'important',
  source: 'ukStandards',
  check(ctx, notice) {
    const today = ctx.today;
    const days = ctx.daysToWorkshop;
    // After the workshop a late pack is no longer something to act on.
    if (today === null || days === null || days < 0 || !gettingReady(ctx)) return;
    // Each pack has its own planned date (by format and how it travels); warn once that date has passed.
    const late = packsToSend(ctx.plan.date, ctx.people, ctx.packSendDays).filter((p) => p.sendBy < today);
    const first = late[0];
    if (!first) return;
    const sendBy = new Map(late.map((p) => [p.person.id, p.sendBy]));
    const detail = (p: Person) => `${personName(p)} (${packWords(p)}, planned for ${formatDate(sendBy.get(p.id) ?? today)})`;
    const why =
      'The UK Standards for Public Involvement (2019) ask for timely communication. A pack that arrives in good time gives people time to read it, ask questions and plan their day; post and Easy Read or large print packs need the longest.';
    const howToAct = (people: readonly Person[]) =>
      `Send each pack in the format the person asked for, then note the date you sent it.${people.some((p) => p.packDelivery === 'post') ? ' Post can take two or three days, so send those first.' : ''}`;
    const action = (p: Person): FindingAction => ({ type: 'go', label: `Go to ${personName(p)}`, place: 'people', focus: { personId: p.id } });
    noticeForPeople(
      ctx,
      'materials-not-sent',
      late.map((p) => p.person),
      notice,
      {
        group: (group) => ({
          message: `${count(group.length, 'pack has', 'packs have')} not been sent yet, and ${workshopIn(days)}: ${listWords(group.map(detail))}.`,
          why,
          howToAct: howToAct(group),
          action: action(group[0]!),
        }),
        one: (person) => ({
          message: `${possessive(person)} pack (${packWords(person)}) was planned to go by ${formatDate(sendBy.get(person.id) ?? today)} and has not been sent yet, and ${workshopIn(days)}.`,
          why,
          howToAct: howToAct([person]),
          action: action(person),
        }),
      },
    );
  },
});

/** People whose pack is in Easy Read, or who asked for Easy Read information (with consent to keep it). */
function easyReadReaders(ctx: ReviewContext): Person[] {
  const readers = new Map<string, Person>();
  for (const p of ctx.people) if (p.packFormat === 'easy_read') readers.set(p.id, p);
  for (const f of ctx.needs) {
    if (f.type.packFormat === 'easy_read' && f.need.arrangement.status !== 'cannot_meet') readers.set(f.person.id, f.person);
  }
  // Back in the plan's order.
  return ctx.people.filter((p) => readers.has(p.id));
}

/** How many blocks an Easy Read finding names before "and others". */
const BLOCKS_NAMED = 3;

export const easyReadMissing = defineRule({
  id: 'easy-read-missing',
  principle: 'access',
  weight: 'important',
  source: 'easyRead',
  check(ctx, notice) {
    if (!ctx.hasBlocks || !gettingReady(ctx)) return;
    const readers = easyReadReaders(ctx);
    if (readers.length === 0) return;
    // A break or a meal speaks for itself, in Easy Read too.
    const missing = ctx.blocks.filter((b) => !REST_KINDS.has(b.kind) && isBlank(b.easyRead));
    const first = missing[0];
    if (!first) return;
    const names = listWords(
      missing.map((b) => quoted(blockName(b))),
      'and',
      BLOCKS_NAMED,
    );
    const who = `${listWords(readers.map(personName))} ${readers.length === 1 ? 'needs' : 'need'} Easy Read`;
    notice({
      message:
        missing.length === 1
          ? `${who}, but ${names} has no Easy Read description yet.`
          : `${who}, but ${missing.length} parts of the day have no Easy Read description yet: ${names}.`,
      why: 'Making written information easier to understand (Department of Health) explains that Easy Read is written for its reader: short sentences, one idea in each, with a picture to help. The standard description cannot simply be reused.',
      howToAct: `Write a short Easy Read description for each part of the day, in sentences of ${EASY_READ_SENTENCE_WORDS} words or fewer with one idea each. They go into the Easy Read pack.`,
      action: {
        type: 'go',
        label: `Write the Easy Read for ${quoted(blockName(first))}`,
        place: 'agenda',
        focus: { kind: 'block', blockId: first.id, field: 'easyRead' },
      },
    });
  },
});

export const easyReadLongSentences = defineRule({
  id: 'easy-read-long-sentences',
  principle: 'access',
  weight: 'consider',
  source: 'easyRead',
  check(ctx, notice) {
    for (const t of ctx.texts) {
      if (t.longSentences.length === 0 || t.sentenceLimit !== EASY_READ_SENTENCE_WORDS) continue;
      const where = whereText(ctx, t.target);
      const first = t.longSentences[0]!;
      const longest = Math.max(...t.longSentences.map((s) => s.words));
      notice({
        subject: targetKey(t.target),
        message:
          t.longSentences.length === 1
            ? `A sentence in ${where} has ${first.words} words: ${quoted(opening(first.text))}. Easy Read works best with ${EASY_READ_SENTENCE_WORDS} words or fewer in each sentence.`
            : `${t.longSentences.length} sentences in ${where} have more than ${EASY_READ_SENTENCE_WORDS} words; the longest has ${longest}. Easy Read works best with ${EASY_READ_SENTENCE_WORDS} words or fewer in each sentence.`,
        why: 'Making written information easier to understand (Department of Health) asks for short sentences in Easy Read, with one idea in each.',
        howToAct: 'Split it into shorter sentences, one idea each, saying who does what: “We will eat lunch together.”',
        action: { type: 'go', label: `Go to ${where}`, place: 'agenda', focus: t.target },
      });
    }
  },
});

const formatWords = (format: PackFormat) => (format === 'easy_read' ? 'Easy Read' : PACK_FORMAT_LABELS[format].toLowerCase());

export const packFormatDiffers = defineRule({
  id: 'pack-format-differs',
  principle: 'access',
  weight: 'consider',
  source: 'accessibleInfo',
  check(ctx, notice) {
    if (!gettingReady(ctx)) return;
    for (const fact of ctx.needs) {
      const wanted = fact.type.packFormat;
      if (wanted === undefined || fact.person.packFormat === wanted || fact.need.arrangement.status === 'cannot_meet') continue;
      const name = personName(fact.person);
      notice({
        subject: fact.need.id,
        message: `${needsSentence(fact)}, but ${personWords(fact.person).their} pack is set to ${formatWords(fact.person.packFormat)}.`,
        why: 'GOV.UK accessible publishing guidance asks for information in a format each person can use, and Kindred makes each pack in the format set for that person.',
        howToAct: `Set ${possessive(fact.person)} pack to ${formatWords(wanted)}, unless you have agreed another format with ${name}.`,
        action: { type: 'go', label: `Go to ${possessive(fact.person)} pack`, place: 'people', focus: { personId: fact.person.id } },
      });
    }
  },
});

// ─── Online ──────────────────────────────────────────────────────────────────────────────

export const techCheckMissing = defineRule({
  id: 'tech-check-missing',
  principle: 'access',
  weight: 'important',
  source: 'involve',
  formats: ONLINE_TOO,
  check(ctx, notice) {
    const online = ctx.onlinePeople;
    if (online.length === 0 || !gettingReady(ctx)) return;
    const answer = ctx.plan.onlineChecks.tech_check?.answer;
    if (answer === 'yes') return;
    // "Not needed" holds unless someone joining online has asked for one.
    const asked = ctx.needs.filter((f) => f.online && f.type.onlineCheck === 'tech_check' && f.need.arrangement.status !== 'cannot_meet');
    if (answer === 'not_needed' && asked.length === 0) return;
    const names = listWords(online.map(personName));
    notice({
      message:
        answer === 'not_needed'
          ? `${listWords(distinctPeople(asked).map(personName))} asked for a tech check before the day, but the online checks say it is not needed.`
          : `${names} ${online.length === 1 ? 'joins' : 'join'} online, and no tech check is offered before the day yet.`,
      why: 'NIHR INVOLVE (2018) asks that everyone has the support they need to take part. A tech check before the day means nobody spends the start of the session unable to hear or be heard.',
      howToAct:
        'Offer each person a short call before the day to try the link, sound and camera, and say who to phone if the link does not work on the day. Then tick it in the online checks.',
      action: { type: 'go', label: 'Go to the tech check', place: 'access', focus: { onlineCheck: 'tech_check' } },
    });
  },
});

export const captionsMissing = defineRule({
  id: 'captions-missing',
  principle: 'access',
  weight: 'important',
  source: 'accessibleInfo',
  formats: ONLINE_TOO,
  check(ctx, notice) {
    const format = ctx.plan.format;
    if (format === 'in_person' || ctx.plan.onlineChecks.captions?.answer === 'yes' || !gettingReady(ctx)) return;
    // Online, everyone listens through speakers. In a hybrid session the room hears the people
    // online through speakers too, so a hearing need in the room counts as well.
    const hearing = ctx.needs.filter((f) => f.type.hearing === true && (format === 'hybrid' || f.online));
    if (hearing.length === 0) return;
    const people = distinctPeople(hearing);
    notice({
      message: `${listWords(people.map(personName))} ${people.length === 1 ? 'has' : 'have'} a hearing need, and live captions are not switched on for this ${format === 'hybrid' ? 'hybrid' : 'online'} session yet.`,
      why:
        format === 'hybrid'
          ? 'GOV.UK accessible communication guidance includes captions for people who are deaf or hard of hearing. In a hybrid session, voices from the room and from online both come through speakers, which are harder to follow.'
          : 'GOV.UK accessible communication guidance includes captions for people who are deaf or hard of hearing. Online, every voice comes through speakers, which are harder to follow.',
      howToAct:
        format === 'hybrid'
          ? 'Switch on live captions in the meeting platform and show them on the screen in the room too, or book a palantypist. Then tick it in the online checks.'
          : 'Switch on live captions in the meeting platform, or book a palantypist. Then tick it in the online checks.',
      action: { type: 'go', label: 'Go to the captions check', place: 'access', focus: { onlineCheck: 'captions' } },
    });
  },
});

export const ACCESS_NEEDS_RULES: readonly Rule[] = [
  needUnarranged,
  arrangementUnconfirmed,
  cannotMeetUntold,
  venueContradictsNeed,
  venueCheckNeeded,
  techCheckMissing,
  captionsMissing,
  materialsNotSent,
  easyReadMissing,
  packFormatDiffers,
  easyReadLongSentences,
];
