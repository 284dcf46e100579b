/**
 * The pictures an Easy Read pack puts beside each idea: a small, fixed set from OpenMoji, the
 * openly licensed emoji and icon project (the `openmoji` npm package, CC BY-SA 4.0). Each picture
 * is drawn once into resources/pictograms/<key>.png by `npm run pictograms` (e2e/tools/renderPictograms.ts),
 * so making a pack never needs a browser or the SVGs.
 *
 * `alt` is what a screen reader says for the picture: plain words, no full stop.
 */

export interface Pictogram {
  /** The OpenMoji file name, without .svg, in node_modules/openmoji/color/svg/. */
  hexcode: string;
  /** Plain words describing the picture, e.g. "A clock". */
  alt: string;
  /** The PNG in resources/pictograms/. */
  file: string;
}

function pictogram<K extends string>(key: K, hexcode: string, alt: string): [K, Pictogram] {
  return [key, { hexcode, alt, file: `${key}.png` }];
}

const entries = [
  // Saying hello and goodbye
  pictogram('welcome', '1F44B', 'A hand waving hello'),
  pictogram('hello', '1F642', 'A smiling face'),
  // Not the waving hand of 'welcome': one picture, one idea (the day ends, people go home).
  pictogram('goodbye', '1F3E0', 'A house, time to go home'),
  // When and where
  pictogram('clock', '1F552', 'A clock'),
  pictogram('calendar', '1F4C5', 'A calendar'),
  pictogram('building', '1F3E2', 'A building'),
  pictogram('map', '1F5FA', 'A map'),
  pictogram('location', 'E242', 'A pin showing a place on a map'),
  pictogram('bus', '1F68C', 'A bus'),
  pictogram('car', '1F697', 'A car'),
  pictogram('taxi', '1F695', 'A taxi'),
  pictogram('parking', '1F17F', 'A parking sign'),
  // Access at the venue
  pictogram('wheelchair', '267F', 'The wheelchair sign'),
  // OpenMoji has no ramp: a person in a wheelchair, for the way in arranged for them.
  pictogram('ramp', '1F9D1-200D-1F9BD', 'A person in a wheelchair'),
  pictogram('lift', 'E204', 'A lift'),
  pictogram('stairs', 'E202', 'Stairs'),
  pictogram('toilet', '1F6BB', 'A toilet sign'),
  pictogram('quiet', '1F6CB', 'A sofa and a lamp in a quiet room'),
  pictogram('hearing-loop', '1F9BB', 'An ear with a hearing aid'),
  // Taking part
  pictogram('talk', '1F5E3', 'A person speaking'),
  pictogram('listen', '1F442', 'An ear'),
  pictogram('think', '1F914', 'A face thinking'),
  pictogram('group', 'E249', 'People sitting in a circle'),
  pictogram('pair', 'E246', 'Two people talking'),
  pictogram('write', '270D', 'A hand writing'),
  pictogram('vote', '1F5F3', 'A ballot box'),
  pictogram('decide', '2696', 'Scales for weighing things up'),
  pictogram('choose', '2611', 'A box with a tick'),
  pictogram('idea', '1F4A1', 'A light bulb'),
  pictogram('question', '2753', 'A question mark'),
  pictogram('help', '1F64B', 'A person putting their hand up'),
  pictogram('supporter', '1F9D1-200D-1F91D-200D-1F9D1', 'Two people holding hands'),
  pictogram('team', '1F465', 'Two people side by side'),
  pictogram('name-badge', 'E147', 'A name badge'),
  pictogram('bring', '1F392', 'A backpack'),
  pictogram('checklist', '1F4CB', 'A clipboard with a list'),
  // Breaks and food
  pictogram('coffee', '2615', 'A cup of tea or coffee'),
  pictogram('lunch', '1F37D', 'A plate with a knife and fork'),
  pictogram('food', '1F957', 'A bowl of salad'),
  // Money
  pictogram('money', '1F4B7', 'Money'),
  pictogram('receipt', '1F9FE', 'A receipt'),
  pictogram('bank-card', '1F4B3', 'A bank card'),
  // Getting in touch and online
  pictogram('phone', '1F4DE', 'A phone'),
  pictogram('phone-call', '1F4F2', 'A mobile phone with an arrow, for a call'),
  pictogram('email', '1F4E7', 'An email'),
  pictogram('post', '1F4EE', 'A postbox'),
  pictogram('computer', '1F4BB', 'A laptop computer'),
  pictogram('captions', '1F524', 'The letters A, B and C'),
  pictogram('video', '1F4F9', 'A video camera'),
  // The pack itself
  pictogram('document', '1F4D1', 'A document'),
  pictogram('large-print', '1F50D', 'A magnifying glass'),
  pictogram('information', '2139', 'An information sign'),
  pictogram('words', '1F4D6', 'An open book'),
  pictogram('news', '1F4F0', 'A newsletter'),
  pictogram('certificate', '1F4DC', 'A rolled certificate'),
  // Our agreement and feelings
  pictogram('agreement', '1F91D', 'Two hands shaking'),
  pictogram('respect', '2764', 'A red heart'),
  pictogram('private', '1F512', 'A padlock'),
  pictogram('camera', '1F4F7', 'A camera'),
  pictogram('stop', '1F6D1', 'A stop sign'),
  pictogram('step-out', '1F6AA', 'A door'),
  pictogram('thumbs-up', '1F44D', 'A thumbs up'),
  pictogram('star', '2B50', 'A star'),
  pictogram('worry', '1F61F', 'A worried face'),
  pictogram('warning', '26A0', 'A warning sign'),
] as const;

export type PictogramKey = (typeof entries)[number][0];

/** Every picture, by key. Each key has a PNG in resources/pictograms/ (checked by pictograms.test.ts). */
export const PICTOGRAMS: Readonly<Record<PictogramKey, Pictogram>> = Object.freeze(Object.fromEntries(entries) as Record<PictogramKey, Pictogram>);

export const PICTOGRAM_KEYS: readonly PictogramKey[] = entries.map(([key]) => key);

/** Other words for the same idea, so a content builder can ask for "time" and get the clock. */
export const PICTOGRAM_ALIASES: Readonly<Record<string, PictogramKey>> = Object.freeze({
  time: 'clock',
  date: 'calendar',
  place: 'building',
  venue: 'building',
  'getting-there': 'map',
  travel: 'bus',
  'step-free': 'wheelchair',
  access: 'wheelchair',
  rest: 'quiet',
  ear: 'hearing-loop',
  speech: 'talk',
  speak: 'talk',
  people: 'group',
  drink: 'coffee',
  break: 'coffee',
  meal: 'lunch',
  deciding: 'decide',
  'phone-in': 'phone-call',
  letter: 'post',
  glossary: 'words',
  'you-said-we-did': 'news',
  'wheelchair-user': 'ramp',
  payment: 'money',
  expenses: 'receipt',
  contact: 'phone',
  online: 'computer',
  pack: 'document',
  handshake: 'agreement',
  heart: 'respect',
  thanks: 'star',
});

export function isPictogramKey(key: string): key is PictogramKey {
  return Object.hasOwn(PICTOGRAMS, key);
}

/** The key for a key or an alias ("time" → "clock"), or null when there is no such picture. */
export function resolvePictogramKey(keyOrAlias: string): PictogramKey | null {
  if (isPictogramKey(keyOrAlias)) return keyOrAlias;
  return Object.hasOwn(PICTOGRAM_ALIASES, keyOrAlias) ? (PICTOGRAM_ALIASES[keyOrAlias] ?? null) : null;
}

/** The picture for a key or an alias, with its alt text, ready for an Easy Read idea block. */
export function pictureFor(keyOrAlias: string): { key: PictogramKey; alt: string } | null {
  const key = resolvePictogramKey(keyOrAlias);
  return key === null ? null : { key, alt: PICTOGRAMS[key].alt };
}

/**
 * The attribution OpenMoji asks for (its README, "Attribution Requirements": "All emojis designed by
 * OpenMoji – the open-source emoji and icon project. License: CC BY-SA 4.0"), with the addresses
 * spelt out because a printed pack has no links; CC BY-SA asks for the licence's address too.
 * For the pack's credits and resources/pictograms/README.md.
 */
export const OPENMOJI_CREDIT =
  'Pictures designed by OpenMoji (openmoji.org) – the open-source emoji and icon project. ' +
  'License: CC BY-SA 4.0 (creativecommons.org/licenses/by-sa/4.0).';
