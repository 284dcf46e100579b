/**
 * Phrases a reader takes in as one thing must not break across two lines: a postcode ("SW1A 1AA"),
 * a time ("10:30 am", "half past 2", "10 o'clock"), a number with its noun ("Room 2", "Floor 3",
 * "Bus 47", "12 March"). A break inside them sends the eye to the next line mid-idea, which is
 * hardest for the readers these packs are for. The spaces inside are made non-breaking; the words
 * are otherwise left exactly as written.
 */

const NBSP = '\u00A0';

/** UK postcodes: outward code, space, inward code (GOV.UK's pattern, loosened for case). */
const POSTCODE = /\b([A-Z]{1,2}\d[A-Z\d]?) +(\d[A-Z]{2})\b/gi;

/** A number or clock time followed by am/pm, o'clock or a unit of time. */
const TIME_AFTER = /\b(\d{1,2}(?:[:.]\d{2})?) +(am|pm|a\.m\.|p\.m\.|o['’]clock|minutes?|mins?|hours?|hrs?)(?![\p{L}])/giu;

/** "half past 2", "quarter to 11", "10 past 9": the whole spoken time. */
const SPOKEN_TIME = /(?<![:.\d])\b(half|quarter|\d{1,2}) +(past|to) +(\d{1,2})\b/gi;

/** A word that names a numbered place or thing, then its number: "Room 2", "Floor 3", "Bus 47". */
const NUMBERED =
  /\b(rooms?|floors?|levels?|gates?|doors?|entrances?|buildings?|blocks?|wards?|platforms?|bus|buses|routes?|lines?|stops?|bays?|suites?|units?|flats?|page|pages|step|steps|table|tables|number|no\.|tel\.?|phone|extension|ext\.?) +(\d+[A-Z]?)\b/gi;

/** A day and month: "12 March", "Friday 12", and "March 2027". */
const MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';
const DAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const DAY_MONTH = new RegExp(`\\b(\\d{1,2}(?:st|nd|rd|th)?) +(${MONTHS})\\b`, 'g');
const WEEKDAY_DAY = new RegExp(`\\b(${DAYS}) +(\\d{1,2}(?:st|nd|rd|th)?)\\b`, 'g');

/** UK phone numbers written in groups ("020 7946 0000", "07700 900123"). */
const PHONE = /(?<![\d\u00A0])\b(\+44 ?|0)(\d{2,5})( \d{3,6}){1,2}(?![\d])/g;

function joinSpaces(match: string): string {
  return match.replace(/ +/g, NBSP);
}

/**
 * The text with the spaces inside postcodes, times, dates, phone numbers and "Room 2"-style
 * phrases made non-breaking, so each stays on one line.
 */
export function keepTogether(text: string): string {
  // Every phrase kept together has a digit in it; most text has none, and is left alone quickly.
  if (!/\d/.test(text)) return text;
  return text
    .replace(POSTCODE, joinSpaces)
    .replace(SPOKEN_TIME, joinSpaces)
    .replace(TIME_AFTER, joinSpaces)
    .replace(NUMBERED, joinSpaces)
    .replace(DAY_MONTH, joinSpaces)
    .replace(WEEKDAY_DAY, joinSpaces)
    .replace(PHONE, joinSpaces);
}
