/**
 * When each person's pack should be sent. There is no stored date per person: the planned date is
 * derived from the workshop's date and the facilitator's table of lead times (by pack format and how
 * the pack travels), so changing the workshop's date or the table moves every planned date with it.
 */
import { type PackDelivery, type PackFormat } from './access';
import type { Person } from './people';
import { addDays, formatDateWithWeekday, isIsoDate } from './time';

/** The ways a pack is sent ahead of the day; a pack handed over on the day has no send date. */
export const SENT_AHEAD = ['email', 'post'] as const satisfies readonly PackDelivery[];
export type SentAhead = (typeof SENT_AHEAD)[number];

/** Days before the workshop each pack should be sent, by how it travels and its format. */
export type PackSendDays = Record<SentAhead, Record<PackFormat, number>>;

/**
 * Post takes two or three days and can go astray, and people reading Easy Read or large print often
 * want time to go through the pack with someone they trust, so those go out earliest.
 */
export const DEFAULT_PACK_SEND_DAYS: PackSendDays = {
  email: { standard: 7, large_print: 7, dyslexia: 7, easy_read: 7 },
  post: { standard: 10, large_print: 14, dyslexia: 10, easy_read: 14 },
};

type PackPerson = Pick<Person, 'packFormat' | 'packDelivery' | 'materialsSentOn'>;

export function isSentAhead(delivery: PackDelivery): delivery is SentAhead {
  return (SENT_AHEAD as readonly string[]).includes(delivery);
}

/** The date this person's pack should be sent by, or null (no workshop date, or handed over on the day). */
export function plannedSendDate(workshopDate: string | null, person: PackPerson, days: PackSendDays = DEFAULT_PACK_SEND_DAYS): string | null {
  if (workshopDate === null || !isIsoDate(workshopDate) || !isSentAhead(person.packDelivery)) return null;
  const lead = days[person.packDelivery][person.packFormat] ?? DEFAULT_PACK_SEND_DAYS[person.packDelivery][person.packFormat];
  return addDays(workshopDate, -lead);
}

export function packSent(person: PackPerson): boolean {
  return person.materialsSentOn !== null && person.materialsSentOn.trim() !== '';
}

export interface PackToSend<P extends PackPerson> {
  person: P;
  /** The ISO date the pack should be sent by. */
  sendBy: string;
}

/** Packs still to send, earliest planned date first (the plan's order among equals). */
export function packsToSend<P extends PackPerson>(
  workshopDate: string | null,
  people: readonly P[],
  days: PackSendDays = DEFAULT_PACK_SEND_DAYS,
): PackToSend<P>[] {
  const due: PackToSend<P>[] = [];
  for (const person of people) {
    if (packSent(person)) continue;
    const sendBy = plannedSendDate(workshopDate, person, days);
    if (sendBy !== null) due.push({ person, sendBy });
  }
  // A stable sort keeps the plan's order for people due on the same day.
  return due.sort((a, b) => (a.sendBy < b.sendBy ? -1 : a.sendBy > b.sendBy ? 1 : 0));
}

/** A format as it reads inside a sentence ("large print by post"). */
const FORMAT_WORDS: Record<PackFormat, string> = {
  standard: 'clear print',
  large_print: 'large print',
  dyslexia: 'dyslexia-friendly',
  easy_read: 'Easy Read',
};

/** "large print by post", "Easy Read by email": what is sent and how, for lists and findings. */
export function packWords(person: Pick<Person, 'packFormat' | 'packDelivery'>): string {
  const how = person.packDelivery === 'post' ? 'by post' : person.packDelivery === 'email' ? 'by email' : 'on the day';
  return `${FORMAT_WORDS[person.packFormat]} ${how}`;
}

/** What a person's card says about a pack not yet sent, or null when it is sent or handed over on the day. */
export function plannedSendWords(person: PackPerson, sendBy: string | null, today: string): string | null {
  if (packSent(person) || !isSentAhead(person.packDelivery)) return null;
  if (sendBy === null) return 'Add the workshop’s date to see when to send this pack.';
  return sendBy < today ? `This pack was planned to go by ${formatDateWithWeekday(sendBy)}.` : `Send this pack by ${formatDateWithWeekday(sendBy)}.`;
}
