/**
 * The built-in method library: tried and tested ways of running part of a workshop, each with
 * plain words for participants, steps for the facilitator, access alternatives and the relational
 * purpose it serves. Pure data, shared by the renderer and Node (no `node:` imports).
 *
 * Writing rules for this file:
 * - `participantDescription` goes straight into participant packs: "you" and "we", everyday words,
 *   no sentence over 20 words (the pack limit is 25; templates reuse these, where the limit is 20).
 * - Steps are things a facilitator can actually do, in order, without a manual beside them.
 * - Access notes are practical: seated and non-writing alternatives, online, BSL interpreters.
 */
import type { BlockKind } from '../blockKinds';
import type { Block, PlanFormat } from '../plan';

export type MethodSetting = 'in_person' | 'online' | 'hybrid';

export interface Method {
  /** Stable kebab-case slug, e.g. 'one-two-four-all'. Never change one once shipped. */
  id: string;
  /** What facilitators see in the library, e.g. '1-2-4-All'. */
  name: string;
  kind: BlockKind;
  durationMinutes: number;
  /** The number of people it works for; `max` null when there is no real upper limit. */
  groupSize: { min: number; max: number | null };
  /** Plain English for participants (goes into their pack): "you"/"we", short sentences, no jargon. */
  participantDescription: string;
  /** For the facilitator, in order. */
  steps: string[];
  materials: string[];
  /** Alternatives for standing, moving and writing; how it works online; working with BSL interpreters. */
  access: { movingAndWriting: string; online: string; bsl: string };
  /** The relational purpose it serves: why it helps people work together on equal terms. */
  purpose: string;
  suits: MethodSetting[];
}

const ALL: MethodSetting[] = ['in_person', 'online', 'hybrid'];

export const METHODS: readonly Method[] = [
  // ─── Welcome ──────────────────────────────────────────────────────────────────────────────
  {
    id: 'welcome-and-housekeeping',
    name: 'Welcome and housekeeping',
    kind: 'welcome',
    durationMinutes: 10,
    groupSize: { min: 2, max: null },
    participantDescription:
      'We welcome you and say what today is for. We show you where the toilets and the quiet room are. ' +
      'You can step out at any time without asking.',
    steps: [
      'Arrive at least 30 minutes early. Check the step-free route, signs, the hearing loop, the temperature and that the quiet room is open.',
      'Greet people by name at the door and show them where to sit, get a drink and hang their coat.',
      'The co-chairs (ideally a public contributor and a member of staff together) say who they are, what today is for and what could change because of it.',
      'Housekeeping: toilets (including the accessible toilet), the quiet room, fire exits and whether an alarm test is planned, break and lunch times.',
      'Say clearly that anyone can step out at any time, without asking or explaining, and come back when they are ready.',
      'Introduce everyone who is there to support: interpreters, supporters, note-takers. Explain any photos or recording and that nobody is photographed without agreeing.',
      'Say how payment and expenses work today and who to ask about them.',
    ],
    materials: [
      'Name badges in large print (first names, no job titles)',
      'The agenda in the formats people asked for',
      'Signs to the toilets and the quiet room',
    ],
    access: {
      movingAndWriting:
        'Walk people to the toilets and quiet room if they would like, rather than only pointing. Reserve seats near the door and near the front for people who need them.',
      online:
        'Explain how to mute, use the chat, turn on captions and raise a hand. Say cameras are optional and that it is fine to leave the call and come back. Give a phone number for help.',
      bsl: 'Introduce the interpreters and how they work, and agree where they stand so Deaf participants can see them and the speaker. Check there is a visual fire alarm or a named person to alert Deaf participants.',
    },
    purpose:
      'People can only take part fully when they feel safe and know how to look after themselves. Saying what could change shows that their time and knowledge matter.',
    suits: ALL,
  },

  // ─── Check-ins ────────────────────────────────────────────────────────────────────────────
  {
    id: 'one-word-check-in',
    name: 'One-word check-in',
    kind: 'check_in',
    durationMinutes: 10,
    groupSize: { min: 3, max: 30 },
    participantDescription: 'Say your name and one word about how you are feeling today. You can pass if you prefer. Nobody will ask you to explain.',
    steps: [
      'Explain the check-in and say that passing is always fine, with no reason needed.',
      'Go first yourself with your name and one honest word, so people see how short it can be.',
      'Go round in seating order, or let people speak when they are ready if a fixed order would make someone anxious.',
      'Thank each person simply. Do not comment on their word or ask about it.',
      'If someone’s word suggests they are struggling, check in with them quietly and privately at the break.',
    ],
    materials: ['A sheet of feeling words with simple pictures, for anyone who would like a prompt'],
    access: {
      movingAndWriting: 'Everyone stays seated. People can point to a word or picture on the feelings sheet, or a supporter can say it for them.',
      online:
        'Show the speaking order on screen so nobody talks over each other. People can type their word in the chat instead; read each one out with the person’s name.',
      bsl: 'Leave a short pause between people so the interpreter can catch up. Make sure Deaf participants can see both the interpreter and whoever is speaking.',
    },
    purpose:
      'Everyone’s voice is heard early, on equal terms and at low risk. It also tells you how people are arriving, so you can set a kind pace.',
    suits: ALL,
  },
  {
    id: 'picture-check-in',
    name: 'Picture or object check-in',
    kind: 'check_in',
    durationMinutes: 15,
    groupSize: { min: 3, max: 20 },
    participantDescription: 'Choose a picture or an object that shows how you are today. Tell us a little about why, if you want to.',
    steps: [
      'Lay out 30 to 40 varied picture cards or postcards (places, weather, animals, everyday scenes) or a few everyday objects on a table.',
      'Invite everyone to choose one that says something about how they are arriving today, or what they bring.',
      'Go first and keep your answer short and light, about 30 seconds.',
      'Go round. People hold up their picture and say why, or simply show it. Passing is fine.',
      'Leave the pictures out. People often come back to them at the check-out.',
    ],
    materials: ['Picture cards or postcards (30 to 40, varied)', 'A few everyday objects with different textures', 'A table'],
    access: {
      movingAndWriting:
        'Pass a tray of pictures round so nobody has to get up. Describe pictures aloud for people with sight loss; objects people can hold work well too.',
      online: 'Share a slide of numbered pictures and describe each one aloud first. People say or type the number and, if they like, a few words.',
      bsl: 'Send the pictures to the interpreters beforehand. Give Deaf participants time to look at the pictures first, then watch the interpreter: nobody can do both at once.',
    },
    purpose:
      'Pictures give people a way in that does not depend on confidence with words. Sharing a little of ourselves helps the room see people first, not roles.',
    suits: ALL,
  },
  {
    id: 'weather-report',
    name: 'Weather report',
    kind: 'check_in',
    durationMinutes: 10,
    groupSize: { min: 3, max: 30 },
    participantDescription: 'Tell us what the weather inside you is like today. It might be sunny, cloudy or a bit stormy. You can pass.',
    steps: [
      'Ask: “If your mood today was the weather, what would it be?” Show the weather picture cards.',
      'Go first with a short, honest example, such as “Sunny spells, a bit foggy after the train”.',
      'Go round. People can hold up a weather card instead of speaking.',
      'Notice anyone who is “stormy” and check in with them quietly at the break. Do not ask about it in the room.',
      'If many people are tired or low, say so kindly and slow the day down.',
    ],
    materials: ['Weather picture cards in large print: sun, cloud, rain, storm, fog, rainbow'],
    access: {
      movingAndWriting: 'Everyone stays seated. People can hold up or point to a card, or a supporter can speak for them.',
      online: 'People can post a weather emoji in the chat or hold a card up to the camera. Read out what people type.',
      bsl: 'Weather is very visual and works well in BSL. Hold the cards up so the interpreter and Deaf participants share the same picture.',
    },
    purpose: 'A bit of imagery lets people say how they really are without explaining private matters. It helps the facilitator set a kind pace.',
    suits: ALL,
  },
  {
    id: 'chat-check-in',
    name: 'Chat check-in (online)',
    kind: 'check_in',
    durationMinutes: 10,
    groupSize: { min: 3, max: 40 },
    participantDescription: 'Type a short answer to the question in the chat. You can say it out loud instead, or pass. We read every answer aloud.',
    steps: [
      'Put a light question on screen and in the chat, such as “What is one thing that made you smile this week?”',
      'Show people where the chat is. Give a minute or two to type, and say that speaking instead, or passing, is fine.',
      'Read every answer aloud with the person’s name, so people on the phone or using a screen reader hear them too.',
      'Invite anyone who would rather speak to unmute or raise a hand.',
      'In a hybrid meeting, a named person in the room reads the online answers aloud and types the room’s answers into the chat.',
    ],
    materials: ['A prepared question', 'An online host to watch the chat'],
    access: {
      movingAndWriting: 'Typing can be hard. Offer speaking, a reaction emoji, or a supporter typing for someone.',
      online: 'Made for online. Keep the question on screen until everyone has answered, and turn on captions.',
      bsl: 'Pin or spotlight the interpreter so Deaf participants can always see them. Read answers slowly, one at a time, so the interpreter can keep up.',
    },
    purpose:
      'Quieter people, and people less confident speaking online, get an equal first word. Reading answers aloud means nobody is left out by the technology.',
    suits: ['online', 'hybrid'],
  },
  {
    id: 'what-helps-me-take-part',
    name: 'What helps me take part',
    kind: 'check_in',
    durationMinutes: 15,
    groupSize: { min: 3, max: 20 },
    participantDescription: 'Tell us one thing that helps you take part well. It might be short breaks, clear words or time to think.',
    steps: [
      'Explain that everyone, staff included, says one thing that helps them join in well today.',
      'Go first with a real example, such as “I need a minute to think before I answer”.',
      'Go round. Write each answer on a flipchart headed “What helps us”, without names unless people want them.',
      'Agree together how the group will do those things today.',
      'Keep the sheet on the wall and point back to it if things drift.',
    ],
    materials: ['Flipchart headed “What helps us”', 'Thick dark pens'],
    access: {
      movingAndWriting: 'Everyone stays seated. People can tell a facilitator privately instead, and it is added to the list without their name.',
      online: 'People can type in the chat or send the host a private message. Read the whole list out at the end.',
      bsl: 'Ask the interpreters what helps them too (pace, breaks, sight lines). Deaf participants often ask for one person to speak at a time: add it to the list.',
    },
    purpose: 'Access becomes everyone’s business instead of a private request. When staff share what helps them too, the room becomes more equal.',
    suits: ALL,
  },

  // ─── Relationship building ────────────────────────────────────────────────────────────────
  {
    id: 'paired-introductions',
    name: 'Paired introductions',
    kind: 'relationship_building',
    durationMinutes: 20,
    groupSize: { min: 4, max: 30 },
    participantDescription:
      'Chat with one other person for a few minutes. Then you introduce each other to the group, sharing only what you both agree.',
    steps: [
      'Pair people who do not know each other, ideally a public contributor or carer with a researcher or practitioner.',
      'Give two or three gentle questions: your name, where you live, something you enjoy that is nothing to do with health or work.',
      'Give four minutes each way and ring a soft bell at the halfway point.',
      'Ask each pair to agree what they are happy for the other to share.',
      'Each person introduces their partner in a sentence or two. Leave job titles out.',
    ],
    materials: ['Question cards in large print', 'A timer or a soft bell'],
    access: {
      movingAndWriting: 'People pair with a neighbour and stay in their seats. Read the questions aloud as well as printing them.',
      online: 'Use breakout rooms of two. Post the questions in the chat before opening the rooms, then bring everyone back for the introductions.',
      bsl: 'Pair two BSL users together, or keep an interpreter with a Deaf participant and their partner. Allow extra time, as interpreting runs both ways.',
    },
    purpose:
      'Being introduced by someone else is gentler than talking about yourself. Leaving titles out means people meet as equals before roles get in the way.',
    suits: ALL,
  },
  {
    id: 'what-brought-you-here',
    name: 'What brought you here?',
    kind: 'relationship_building',
    durationMinutes: 20,
    groupSize: { min: 3, max: 20 },
    participantDescription: 'Tell us what brought you here today and what you hope for. Share as much or as little as you like.',
    steps: [
      'Go round the group and ask: “What brought you here, and what do you hope for from today?”',
      'Staff and researchers answer too, and honestly. “It is my job” is a fine start, but say what you hope for as well.',
      'Write people’s hopes on a flipchart in their own words.',
      'Read the hopes back and say kindly which ones today can meet and which it cannot.',
      'Come back to the hopes sheet in the closing round.',
    ],
    materials: ['Flipchart', 'Thick dark pens'],
    access: {
      movingAndWriting: 'Everyone stays seated. People can write or draw their hope on a card and ask someone to read it out.',
      online: 'Go round in an order shown on screen. Type the hopes into a shared document everyone can see, and read them out.',
      bsl: 'Leave pauses between speakers. Write the hopes up clearly so Deaf participants can read them after watching the interpreter.',
    },
    purpose:
      'Everyone’s reasons and hopes become visible, the professionals’ included. Being honest about what today can and cannot change builds trust.',
    suits: ALL,
  },
  {
    id: 'shared-interests-map',
    name: 'Shared interests map',
    kind: 'relationship_building',
    durationMinutes: 20,
    groupSize: { min: 6, max: 30 },
    participantDescription: 'We find things we have in common, like places, hobbies or favourite food. We add them to a big map together.',
    steps: [
      'Lay a large sheet on a table (not only on the wall) with a few circles drawn on it: places, hobbies, food, music, pets.',
      'Invite everyone to add their first name beside things they like, or to draw new circles.',
      'Read out two or three surprising connections to the room.',
      'Suggest people find someone who shares an interest and say hello at the break.',
      'Keep the map up all day.',
    ],
    materials: ['A large sheet of paper on a low table', 'Sticky notes', 'Thick pens', 'Name stickers'],
    access: {
      movingAndWriting:
        'Put the sheet on a low table people can reach from their seats, or a helper adds names for people. Read the map aloud for people with sight loss.',
      online: 'Use a slide or shared whiteboard with the circles drawn on it. The host adds what people say or type.',
      bsl: 'Seat the interpreter so Deaf participants can see both the map and the interpreter. Give time to look, then to watch.',
    },
    purpose: 'Common ground outside health and research reminds people they are neighbours first. It gives easy openers for talking at breaks.',
    suits: ALL,
  },
  {
    id: 'tea-and-talk',
    name: 'Tea and talk',
    kind: 'relationship_building',
    durationMinutes: 20,
    groupSize: { min: 4, max: 40 },
    participantDescription: 'Have a drink and a chat at your table before we start. There are question cards on the table if you want them.',
    steps: [
      'Have drinks and snacks on each table, including decaf, herbal tea and cold drinks.',
      'Plan mixed tables beforehand, with a named host on each to welcome people and introduce them.',
      'Put two or three light question cards on each table, such as “What is the best thing about where you live?”',
      'Hosts make sure quieter people are included, without putting anyone on the spot.',
      'Bring people back with a gentle signal agreed beforehand, not a loud bell.',
    ],
    materials: [
      'Tea, coffee, decaf, herbal tea, water and cold drinks',
      'Snacks, including gluten-free and vegan, labelled',
      'Question cards for each table',
    ],
    access: {
      movingAndWriting: 'Bring drinks to people instead of asking them to queue. Cups with handles, straws and light jugs help.',
      online: 'Invite people to bring a drink. Use small breakout rooms, each with a host and one question card.',
      bsl: 'Background noise is hard for lip-readers and for interpreters. Keep one quieter table with fewer people and an interpreter for BSL users.',
    },
    purpose: 'Informal time is where trust grows. Sharing food and drink is at the heart of working together, not something to squeeze out.',
    suits: ALL,
  },
  {
    id: 'story-of-our-names',
    name: 'The story of our names',
    kind: 'relationship_building',
    durationMinutes: 20,
    groupSize: { min: 4, max: 20 },
    participantDescription: 'Tell us something about your name. Perhaps who chose it, what it means, or what you like to be called.',
    steps: [
      'Explain the question and say that people can share as much or as little as they like.',
      'Go first with a short story about your own name.',
      'Go round. Ask everyone to say how they like their name said and what they like to be called.',
      'Write names up as people want them spelt, so everyone can use them all day.',
      'Thank people. Use people’s names, said properly, for the rest of the day.',
    ],
    materials: ['Flipchart for names', 'A timer'],
    access: {
      movingAndWriting: 'Everyone stays seated. Nobody needs to write; a facilitator writes the names up.',
      online: 'Ask people to check their display name is what they like to be called. Go round in an order shown on screen.',
      bsl: 'Deaf participants may share their sign name and its story: invite this. Fingerspelling names takes time, so allow it.',
    },
    purpose: 'Names carry family and culture. Being called by your name, said properly, is a first sign of respect and equal standing.',
    suits: ALL,
  },

  // ─── Ground rules ─────────────────────────────────────────────────────────────────────────
  {
    id: 'working-agreement',
    name: 'Our working agreement',
    kind: 'ground_rules',
    durationMinutes: 15,
    groupSize: { min: 3, max: 40 },
    participantDescription: 'We agree together how we want to work today. For example, one person speaks at a time and everyone’s view matters.',
    steps: [
      'If the group has met before, start from its last agreement and ask what to keep, change or add.',
      'Otherwise ask: “What would help you feel able to speak up and be listened to today?”',
      'Write suggestions up in people’s own words. If it is slow, offer prompts: one at a time, no jargon, fine to disagree kindly, what is said here stays here, step out any time.',
      'Check each point: “Can everyone live with this?” Use thumbs or cards, not only a show of hands.',
      'Agree what happens if someone forgets the agreement, such as anyone gently pointing to it.',
      'Keep it on the wall all day, and type it up to send with the notes.',
    ],
    materials: ['Flipchart', 'Thick dark pens', 'Blu Tack', 'The last agreement, if there is one'],
    access: {
      movingAndWriting: 'Everyone stays seated. People can suggest points privately to a facilitator, who adds them without names.',
      online: 'Type the agreement into a document shared on screen and read each point aloud. People agree with a reaction or by saying yes.',
      bsl: 'Include “one person speaks at a time” and “wait for the interpreter to finish”. Ask the interpreters what they need too.',
    },
    purpose:
      'An agreement made together belongs to everyone and gives anyone permission to challenge. Establishing ground rules is a key feature of co-production in the NIHR INVOLVE guidance.',
    suits: ALL,
  },
  {
    id: 'jargon-buster-cards',
    name: 'Jargon buster cards',
    kind: 'ground_rules',
    durationMinutes: 10,
    groupSize: { min: 3, max: 60 },
    participantDescription: 'Everyone gets a bright card. Hold it up if you hear a word you do not understand. The speaker will explain it simply.',
    steps: [
      'Give everyone, staff included, a bright card with a question mark on it.',
      'Explain that anyone can hold it up at any time, and the speaker stops and explains in everyday words.',
      'Show how it works: ask a colleague to use a bit of jargon and hold up your own card, with good humour.',
      'Keep a “jargon wall”: write up each word and its everyday meaning.',
      'Thank people every time they use the card. It helps everyone, not only them.',
    ],
    materials: ['Bright coloured cards with a question mark', 'A flipchart for the jargon wall'],
    access: {
      movingAndWriting: 'People can tap the card on the table or just say “jargon”. A supporter can hold it up for someone.',
      online: 'Agree a signal: the raise-hand button, an emoji, or a “?” in the chat. The host watches for it and stops the speaker.',
      bsl: 'Technical words often have to be fingerspelt, which is slow. Send interpreters a word list beforehand; they can use the card too.',
    },
    purpose: 'Academic language shuts people out. A shared, light-hearted signal puts the work of being understood on the speaker, not the listener.',
    suits: ALL,
  },

  // ─── Talks and testimony ──────────────────────────────────────────────────────────────────
  {
    id: 'short-talk-and-questions',
    name: 'Short talk with questions',
    kind: 'presentation',
    durationMinutes: 15,
    groupSize: { min: 3, max: null },
    participantDescription: 'Someone gives a short talk with pictures. You can ask questions at any time. We send you the slides before the day.',
    steps: [
      'Keep the talk to ten minutes at most, then take questions.',
      'Send the slides a week before, in the formats people asked for.',
      'Use everyday words. If a technical word is needed, explain it the first time.',
      'Slides: large text, few words, strong contrast, and describe every picture aloud.',
      'Pause halfway and ask for questions. The chair checks with the room, not only the front row.',
    ],
    materials: ['Laptop and projector', 'Printed slides, including large print', 'Microphone and hearing loop'],
    access: {
      movingAndWriting: 'Always use the microphone, even in a small room. Have printed copies of the slides at every seat that needs them.',
      online: 'Share the slides and describe the pictures aloud. Turn on captions and post a link to the slides in the chat.',
      bsl: 'Interpreters need the slides a week before. Stand near the interpreter so Deaf participants can see both, and pause when you change slides.',
    },
    purpose:
      'Short, plain talks share what people need to know without one voice taking over the day. Sending slides early gives everyone an equal start.',
    suits: ALL,
  },
  {
    id: 'lived-experience-testimony',
    name: 'Sharing lived experience, with consent and aftercare',
    kind: 'presentation',
    durationMinutes: 20,
    groupSize: { min: 3, max: null },
    participantDescription:
      'Someone shares their own experience with us. Please listen with care. Afterwards you can ask kind questions, if they want them.',
    steps: [
      'Agree with the speaker beforehand what they will share, for how long, whether they want questions, and what stays private.',
      'Get their consent to share, in writing if anything will be recorded or quoted. Pay them for preparing as well as speaking.',
      'Introduce the speaker as they wish to be introduced. Remind the room that what is said stays in the room.',
      'The speaker shares for about ten minutes, or as long as they choose. They can stop at any time.',
      'Questions go through the chair, and the speaker can decline any of them.',
      'Thank them warmly. Offer the quiet room and a named person to talk to, and contact them the next day to see how they are.',
    ],
    materials: ['Water for the speaker', 'The quiet room, kept free', 'Details of support services to hand out'],
    access: {
      movingAndWriting: 'The speaker can sit, use notes, play a recording, or have someone they trust read their words.',
      online: 'The speaker can turn their camera off or share a recording. Questions come through the chair, in the chat or aloud.',
      bsl: 'Send interpreters a summary, names and any terms beforehand. If the speaker uses BSL, book a voice-over interpreter. Emotional content is tiring: plan an interpreter swap.',
    },
    purpose:
      'Lived experience is expertise. Consent, payment and aftercare show respect and reciprocity, so people share their stories on their own terms.',
    suits: ALL,
  },

  // ─── Small groups and discussion ──────────────────────────────────────────────────────────
  {
    id: 'one-two-four-all',
    name: '1-2-4-All',
    kind: 'small_groups',
    durationMinutes: 20,
    groupSize: { min: 4, max: 60 },
    participantDescription:
      'First you think quietly on your own. Then you talk with one person, then in a group of four. Then we share the best ideas.',
    steps: [
      'Ask one clear question. Write it up large and read it aloud.',
      'One: two minutes alone to think, or to note or draw ideas.',
      'Two: four minutes in pairs, building on each other’s ideas.',
      'Four: six minutes in fours. Notice what is similar and different, and choose one idea that stands out.',
      'All: each four shares one idea that stands out, without repeating what has been said. Take as long as the room needs.',
      'Write ideas up in people’s own words. These times are the least you need; stretch them for a mixed group.',
    ],
    materials: ['The question written up large', 'Paper, sticky notes and pens', 'A timer'],
    access: {
      movingAndWriting:
        'Fours form by turning chairs, not moving round the room. People can talk or draw instead of writing, and one person in each four can write for the others.',
      online: 'Use breakout rooms of two, then of four. Post the question in the chat. Collect ideas in the chat and read them out.',
      bsl: 'Keep BSL users and an interpreter together in the same pair and four. Double the times, as interpreting and turn-taking take longer.',
    },
    purpose:
      'Starting alone gives thinking time to people who need it. Everyone speaks, and the loudest voice cannot set the direction before others have thought.',
    suits: ALL,
  },
  {
    id: 'think-pair-share',
    name: 'Think, pair, share',
    kind: 'small_groups',
    durationMinutes: 15,
    groupSize: { min: 2, max: 60 },
    participantDescription: 'We ask a question. You think about it quietly, then talk it over with one other person. Then pairs share with everyone.',
    steps: [
      'Ask one question, written up large and read aloud.',
      'Think: two or three minutes of quiet. Say it is fine not to write anything.',
      'Pair: five minutes talking with a neighbour.',
      'Share: ask a few pairs to say what they talked about. Pairs choose who speaks, and can pass.',
      'Write up what you hear in people’s own words.',
    ],
    materials: ['The question written up large', 'Paper and pens', 'A timer'],
    access: {
      movingAndWriting: 'Pair with a neighbour, so nobody moves. Writing is optional; a supporter can note ideas.',
      online: 'Use breakout rooms of two for the pair part. Pairs can share by speaking or typing in the chat; read the chat aloud.',
      bsl: 'Pair BSL users with each other or keep an interpreter with the pair. Give the quiet thinking time after the interpreter has finished signing the question.',
    },
    purpose:
      'Thinking time and a safe first listener help people who would never speak first in a big group. Ideas arrive in the room already shared, not owned by one person.',
    suits: ALL,
  },
  {
    id: 'story-circle',
    name: 'Story circle',
    kind: 'small_groups',
    durationMinutes: 40,
    groupSize: { min: 4, max: null },
    participantDescription:
      'In a small circle, each person shares a short story from their own life. Others listen without interrupting. You can pass.',
    steps: [
      'Form circles of four to six, each with a timekeeper the group chooses.',
      'Give one prompt, such as “Tell us about a time when care worked well for you or someone you love.”',
      'Each person has up to three minutes. Nobody interrupts, questions or gives advice while they speak.',
      'When everyone has spoken, the circle talks about the themes they noticed.',
      'Each circle shares themes with the room, not personal stories, unless the teller agrees.',
      'Remind people that stories stay in the circle. Have a named person free to support anyone who finds it hard.',
    ],
    materials: ['Prompt cards', 'A timer for each circle', 'Paper for themes'],
    access: {
      movingAndWriting:
        'Circles form with chairs where people already are. People can tell their story through a supporter or bring a photo or object.',
      online: 'Use breakout rooms of four with a host in each. Show the speaking order on screen. Cameras are optional.',
      bsl: 'Put an interpreter with each circle that has a BSL user. Stories are dense and often emotional, so allow more time and interpreter breaks every 20 to 30 minutes.',
    },
    purpose:
      'Stories carry lived experience as knowledge in its own right. Listening without interrupting shows respect and hands the floor to the teller.',
    suits: ALL,
  },
  {
    id: 'world-cafe',
    name: 'World café',
    kind: 'small_groups',
    durationMinutes: 60,
    groupSize: { min: 12, max: null },
    participantDescription: 'You talk about a question in a small group at a table. Then you can move to another table to hear new ideas.',
    steps: [
      'Set up tables of four or five, each with a paper tablecloth, pens and a question. Tables can share one question or each have their own.',
      'Each table has a host who stays put and welcomes newcomers.',
      'Round one, about 15 minutes: talk, and write or draw on the tablecloth.',
      'Everyone except the hosts moves to a new table. Hosts sum up what was said before and the talk goes on.',
      'Run two or three rounds in all.',
      'Hosts share the main themes with the whole room. Write them up.',
    ],
    materials: ['Paper tablecloths or flipchart sheets', 'Pens in several colours', 'Question cards for each table', 'A soft bell'],
    access: {
      movingAndWriting:
        'Offer a seated version: people stay put and the hosts move between tables instead. Hosts or a note-taker can write for the table.',
      online:
        'Use breakout rooms as tables, each with a host who stays and a shared document for notes. The online host moves people between rounds.',
      bsl: 'Keep BSL users with an interpreter throughout, or let them stay at one table while others move. Fit rounds of about 20 minutes to interpreter swaps.',
    },
    purpose: 'Many small conversations let far more people speak than one big discussion. Ideas travel between tables and no single voice dominates.',
    suits: ALL,
  },
  {
    id: 'sandpit-ideas',
    name: 'Sandpit: ideas without judgement',
    kind: 'activity',
    durationMinutes: 45,
    groupSize: { min: 6, max: 40 },
    participantDescription: 'We come up with as many ideas as we can, even unusual ones. Nobody judges ideas yet. We sort them later.',
    steps: [
      'Explain the challenge in one plain sentence, with a real example from lived experience if you can.',
      'Agree the rules: lots of ideas, no criticism yet, build on each other’s ideas, unusual ideas welcome.',
      'In mixed groups of four to six, spend 15 minutes on ideas: one idea per sticky note, spoken, written or drawn.',
      'Each group puts similar ideas together and gives each group of ideas a name.',
      'Each group picks two ideas to build on: who would it help, what would it need, what is a first small step?',
      'Share back with the room. Keep every idea, including the ones not taken forward today.',
    ],
    materials: ['Sticky notes in two colours', 'Thick pens', 'A flipchart for each group', 'A timer'],
    access: {
      movingAndWriting: 'Each group has a note-taker so nobody has to write. Ideas can be spoken or drawn, and a helper places the notes.',
      online: 'Use a simple shared whiteboard, one colour per person, and breakout rooms. The host adds ideas people say aloud.',
      bsl: 'Ideas come fast. Ask groups to take turns so the interpreter can keep up, and make sure the interpreter can see the board.',
    },
    purpose:
      'Keeping ideas apart from judgement lets people without professional confidence offer ideas freely. Every idea is kept, which values everyone’s knowledge.',
    suits: ALL,
  },
  {
    id: 'fishbowl',
    name: 'Fishbowl conversation',
    kind: 'discussion',
    durationMinutes: 40,
    groupSize: { min: 10, max: 60 },
    participantDescription: 'A few people talk in a small inner circle while the rest of us listen. You can join in by taking the empty chair.',
    steps: [
      'Set four or five chairs in an inner circle with one left empty. Everyone else sits around them.',
      'Start with three or four people who agreed beforehand, mixing lived experience and professional roles, and one question.',
      'Anyone can take the empty chair to join in. Then someone in the circle leaves to free a chair.',
      'The facilitator keeps time and gently makes sure the inner circle keeps changing.',
      'End with ten minutes open to everyone: what did you hear?',
    ],
    materials: ['Chairs in two circles, with space for wheelchairs in the inner one', 'A roving microphone and hearing loop'],
    access: {
      movingAndWriting:
        'Nobody has to walk: someone in the outer circle can hold up a card and the microphone comes to them, counting as the empty chair.',
      online: 'The inner circle keeps cameras on and is unmuted. Others raise a hand to swap in; the host spotlights whoever is speaking.',
      bsl: 'Place the interpreter where Deaf participants in both circles can see. If a BSL user joins the inner circle, an interpreter sits close and voices for them.',
    },
    purpose: 'Listening becomes visible, and anyone can join in. The inner circle is not kept for experts, so power over the conversation is shared.',
    suits: ['in_person', 'online'],
  },
  {
    id: 'appreciative-inquiry',
    name: 'What works well (appreciative inquiry)',
    kind: 'small_groups',
    durationMinutes: 60,
    groupSize: { min: 4, max: 40 },
    participantDescription:
      'We start with what already works well. Then we imagine how things could be even better. Then we plan the first small steps.',
    steps: [
      'Discover, 15 minutes: in pairs, ask each other about a time this worked really well. What made it work?',
      'Dream, 15 minutes: in groups, imagine it is three years on and it works well for everyone. What is different?',
      'Design, 15 minutes: what would need to be true to get there? Choose two or three things.',
      'Deliver, 10 minutes: one first step each, who will do it, and by when.',
      'Write the first steps up large and include them in the follow-up.',
    ],
    materials: ['Interview question cards for pairs', 'Flipcharts', 'Pens'],
    access: {
      movingAndWriting: 'Pairs and groups form from where people sit. A note-taker in each group writes, so nobody has to.',
      online: 'Use breakout rooms of two for Discover and of four or five for the rest, with a shared document for each group.',
      bsl: 'Keep BSL users with an interpreter throughout. Four stages in an hour is a lot of interpreting: plan a swap or a short pause halfway.',
    },
    purpose: 'Starting from strengths honours what people already know and do. It builds hope and energy instead of blame.',
    suits: ALL,
  },
  {
    id: 'open-space',
    name: 'Open space',
    kind: 'small_groups',
    durationMinutes: 75,
    groupSize: { min: 12, max: null },
    participantDescription:
      'You suggest the topics that matter most to you. Then you join the talks you want. You can move between them whenever you like.',
    steps: [
      'Sit in one big circle. Explain the theme and the “law of two feet”: if you are not learning or adding anything, move on kindly.',
      'Anyone can suggest a topic. They say it aloud and put it on the wall with a time and a place. Helpers can write topics for people.',
      'Groups meet, usually in two rounds of 30 minutes. Whoever suggested a topic makes sure notes are kept.',
      'People join, leave and move between groups as they like.',
      'Collect the notes and share them back in a closing circle.',
    ],
    materials: ['A wall with time slots and spaces marked', 'Large sheets and pens', 'A simple notes sheet for each topic'],
    access: {
      movingAndWriting:
        'Keep all the spaces on one level and close together. Moving is optional; people can stay in one group all session. Offer note-takers.',
      online: 'Name a breakout room after each topic and let people choose their room, or ask the host to move them.',
      bsl: 'Agree beforehand which groups the interpreters will be with. Let BSL users choose their topics first so the interpreters can follow them.',
    },
    purpose: 'Participants set the agenda, not the organisers. It is the clearest way to share power over what gets talked about.',
    suits: ALL,
  },
  {
    id: 'gallery-walk',
    name: 'Gallery walk, with a seated option',
    kind: 'activity',
    durationMinutes: 30,
    groupSize: { min: 6, max: 60 },
    participantDescription: 'Ideas are put on posters. You look at each one and add your thoughts. You can walk round, or the posters come to you.',
    steps: [
      'Put up four to six posters, each with one idea or question, in large print at seated eye level and well spaced.',
      'People go round alone or in small groups, adding comments or ticks on sticky notes.',
      'Seated option: put each poster on a board and pass it from table to table every five minutes.',
      'At the end, read each poster aloud with its comments.',
      'Ask the room: what surprised you? What is missing?',
    ],
    materials: ['Posters in large print', 'Sticky notes and pens', 'Clipboards or A3 boards for the seated option'],
    access: {
      movingAndWriting:
        'Use the seated option whenever anyone would prefer it. Keep paths wide. A helper can read posters aloud and write comments for people.',
      online: 'Put each poster on its own slide or whiteboard frame. The host reads each one aloud and people comment in the chat.',
      bsl: 'Send the posters to interpreters beforehand. A BSL user and an interpreter can go round together, or use the seated option.',
    },
    purpose: 'People respond in their own time and way, not only by speaking up in a big group. Everyone’s comments sit side by side on equal terms.',
    suits: ALL,
  },
  {
    id: 'question-cards',
    name: 'Questions on cards',
    kind: 'discussion',
    durationMinutes: 20,
    groupSize: { min: 5, max: null },
    participantDescription: 'You can write a question on a card without your name. We collect the cards and answer every question we can.',
    steps: [
      'Hand out cards and pens early in the day, or before the talk, so people have time to think.',
      'Collect the cards in a box. Helpers can write a question down for anyone.',
      'The chair, ideally a public contributor, reads each question aloud, putting similar ones together.',
      'Answer plainly and briefly. If you do not know, say so and promise to find out.',
      'Any questions not answered today go in the follow-up, with their answers.',
    ],
    materials: ['Cards and pens', 'A box for the cards'],
    access: {
      movingAndWriting: 'Helpers collect cards from people’s seats and can write for anyone. People can also ask aloud if they prefer.',
      online: 'Use an anonymous question tool, or ask people to message the host privately. The host reads questions out without names.',
      bsl: 'BSL users can sign a question privately to the interpreter, who writes it on a card without saying who asked.',
    },
    purpose:
      'People can ask what they really want to know without fear of looking foolish in front of professionals. Answering every question, later if need be, keeps the talk two-way.',
    suits: ALL,
  },
  {
    id: 'graphic-harvest',
    name: 'Picture of our day (graphic harvest)',
    kind: 'discussion',
    durationMinutes: 15,
    groupSize: { min: 3, max: null },
    participantDescription:
      'An artist draws what we say during the day. Near the end, we look at the picture together. You can say what to add or change.',
    steps: [
      'Book and pay a graphic recorder, or ask a confident volunteer. Brief them on the purpose and on people’s names.',
      'Ask for consent before drawing anyone or quoting their words. Nothing personal goes up without permission.',
      'The recorder draws on a large wall sheet throughout the day.',
      'Near the end, the recorder walks everyone through the picture and people suggest what to add or change.',
      'Photograph it and share it in the follow-up, with a written description for people who cannot see it.',
    ],
    materials: ['A long roll of paper on the wall', 'Marker pens', 'A graphic recorder', 'A camera or phone'],
    access: {
      movingAndWriting: 'Describe the picture aloud in detail for people with sight loss. People can suggest changes from their seats.',
      online: 'The recorder draws on a shared screen. Describe the picture aloud, and send the picture with a written description afterwards.',
      bsl: 'Pictures help Deaf participants a great deal. Place the picture so the interpreter and the picture can be seen at the same time.',
    },
    purpose:
      'People see their own words on the wall, which shows they were heard. A picture is a record that suits people who find written reports hard.',
    suits: ALL,
  },

  // ─── Deciding together ────────────────────────────────────────────────────────────────────
  {
    id: 'nominal-group-technique',
    name: 'Nominal group technique',
    kind: 'decision',
    durationMinutes: 60,
    groupSize: { min: 5, max: 12 },
    participantDescription:
      'First you note your own ideas. We list everyone’s ideas and talk them through. Then each person privately chooses their top ones.',
    steps: [
      'Ask one clear question, written up large and read aloud.',
      'Quiet ideas, 5 to 10 minutes: everyone notes their ideas. Offer someone to write for people who would like it.',
      'Go round: each person gives one idea in turn, written up and numbered, with no discussion yet. Keep going round until all ideas are up. People can pass.',
      'Talk each idea through so everyone understands it. Merge ideas only when the people who suggested them agree.',
      'Private ranking: each person gives 5 points to their top idea, 4 to the next, down to 1, on a card.',
      'Add up the scores in front of everyone. Ask whether the result feels right, and agree what happens next.',
    ],
    materials: ['Numbered flipchart sheets', 'Ranking cards in large print', 'Pens', 'A calculator'],
    access: {
      movingAndWriting: 'People can give their ranking privately to a helper who fills in the card. Read the whole list aloud before ranking.',
      online: 'List ideas in a shared document on screen. Rank with a poll read aloud, or by private message to the host.',
      bsl: 'Going round one at a time suits interpreting. Keep the numbered list in sight and read each idea aloud as you write it.',
    },
    purpose:
      'Everyone contributes equally and ranks privately, so status and confidence do not decide the result. It suits setting priorities together.',
    suits: ALL,
  },
  {
    id: 'traffic-light-cards',
    name: 'Traffic-light cards',
    kind: 'decision',
    durationMinutes: 15,
    groupSize: { min: 3, max: 60 },
    participantDescription:
      'You hold up a card for each idea. Green means yes. Yellow means not sure. Red means no. Everyone shows their card together.',
    steps: [
      'Give everyone three large cards: green “Yes”, yellow “Not sure”, red “No”. Print the word and a shape on each, for people who do not see colour.',
      'Read each option aloud clearly, and check everyone understands it.',
      'On a count of three, everyone shows a card at the same time.',
      'Ask yellow and red first: “What would help you move to green?” Listen; do not argue.',
      'Write down the count and the concerns. Change the option if the concerns show a better way, then check again.',
    ],
    materials: ['Green, yellow and red cards with words and shapes, one set per person', 'Options written up large'],
    access: {
      movingAndWriting: 'Cards can be laid on the table instead of held up, held by a supporter, or the colour simply said aloud.',
      online: 'Use reactions (green tick, yellow circle, red cross) or type G, Y or R in the chat together. The host reads the count aloud.',
      bsl: 'Wait until the interpreter has finished signing the option before the count of three, so Deaf participants vote at the same time.',
    },
    purpose:
      'Everyone shows their view at the same moment, so nobody just follows the most senior person. Hearing concerns first gives quieter doubts real weight.',
    suits: ALL,
  },
  {
    id: 'rank-by-discussion',
    name: 'Ranking by talking it through',
    kind: 'decision',
    durationMinutes: 30,
    groupSize: { min: 3, max: 15 },
    participantDescription: 'We put the ideas in order together by talking about them. Everyone helps decide which matter most.',
    steps: [
      'Write each option on a large card and lay them on a table everyone can see and reach.',
      'Ask someone to choose the card they think matters most and say why. Others respond.',
      'Anyone can move a card, saying why. Keep going until the order settles.',
      'Check everyone has spoken. Go round for anyone who has not, and let them pass if they wish.',
      'Read the order aloud and ask: “Can everyone live with this?” Check with traffic-light cards.',
      'Write down any disagreement too. It matters as much as the order.',
    ],
    materials: ['One large-print card per option', 'A table everyone can reach', 'Traffic-light cards'],
    access: {
      movingAndWriting: 'People can ask someone to move a card for them. Read the order aloud each time it changes.',
      online: 'Put the options on a slide the host reorders as people suggest. Read the order aloud after every change.',
      bsl: 'Move cards slowly and one at a time, so Deaf participants can watch the cards and the interpreter.',
    },
    purpose: 'The result rests on reasons, not only numbers. People hear why others feel as they do, and the order belongs to everyone.',
    suits: ALL,
  },
  {
    id: 'fist-to-five',
    name: 'Fist to five',
    kind: 'decision',
    durationMinutes: 10,
    groupSize: { min: 3, max: 40 },
    participantDescription:
      'You show how much you agree with your hand. A fist means no. Five fingers means yes, fully. You can use number cards instead.',
    steps: [
      'Show the scale on a large sheet: fist (0) no; 1 serious concerns; 2 some concerns; 3 can live with it; 4 agree; 5 fully agree.',
      'Read the proposal aloud and check everyone understands it.',
      'On a count of three, everyone shows their hand or card together.',
      'Invite anyone showing 0, 1 or 2 to say what would change their mind, if they want to.',
      'Change the proposal if needed and check again.',
    ],
    materials: ['The scale in large print', 'Number cards 0 to 5 for anyone who prefers them'],
    access: {
      movingAndWriting: 'Offer number cards or saying the number aloud instead of using hands.',
      online: 'Everyone types a number in the chat on a count of three, or use a poll. Read the results aloud.',
      bsl: 'Hands are very visual. Wait until the interpreter has finished signing before counting to three.',
    },
    purpose: 'It shows how strongly people agree, not just yes or no. Concerns are brought out early and treated as useful.',
    suits: ALL,
  },
  {
    id: 'sticker-voting-with-helper',
    name: 'Sticker voting, with a helper',
    kind: 'decision',
    durationMinutes: 20,
    groupSize: { min: 3, max: 40 },
    participantDescription: 'You choose the ideas you like most. You can put your stickers on yourself, or tell a helper where to put them.',
    steps: [
      'Put the ideas on numbered posters at seated height, and read each one aloud.',
      'Give everyone three stickers of the same colour, so every vote counts the same.',
      'People place their own stickers, or tell a helper privately, who places them.',
      'Offer a voting slip with the numbered list too, ticked at people’s seats and collected.',
      'Count aloud with everyone watching, and ask whether the result feels right.',
    ],
    materials: ['Numbered posters', 'Dot stickers, three per person, all one colour', 'Voting slips in large print', 'Named helpers'],
    access: {
      movingAndWriting: 'Nobody needs to reach a wall: helpers bring the posters or take the vote privately at people’s seats.',
      online: 'Use a poll allowing three choices and read each option aloud first. People can also message the host their choices privately.',
      bsl: 'Make sure a helper or interpreter is free for BSL users while voting, so they can ask questions privately.',
    },
    purpose: 'Everyone’s vote counts the same, and nobody is left out because they cannot reach a wall or read small print.',
    suits: ALL,
  },
  {
    id: 'online-poll-read-aloud',
    name: 'Online poll, read aloud',
    kind: 'decision',
    durationMinutes: 15,
    groupSize: { min: 3, max: null },
    participantDescription: 'We show a question with choices on screen and read every choice aloud. You choose by clicking, typing or saying it.',
    steps: [
      'Prepare a poll with short, plain options. Numbered options are easiest to say aloud.',
      'Read the question and every option aloud before opening the poll.',
      'Open the poll. Say people can also type their choice in the chat, say it aloud, or message the host privately.',
      'The host adds in the choices given other ways.',
      'Read the result aloud, in numbers and in words, then talk about it together before anything is settled.',
    ],
    materials: ['A prepared poll', 'An online host', 'The options in the chat, for screen reader users'],
    access: {
      movingAndWriting: 'Clicking can be hard. A supporter can vote for someone, or they can say their choice aloud.',
      online: 'Made for online. Check the poll works with a screen reader beforehand, and leave it open long enough for everyone.',
      bsl: 'Keep the interpreter spotlighted while options are read. Open the poll only after the interpreter has finished.',
    },
    purpose: 'Reading every option aloud means people using screen readers, phones or no screen at all can still take an equal part.',
    suits: ['online', 'hybrid'],
  },
  {
    id: 'spoken-points-round',
    name: 'Points by spoken round',
    kind: 'decision',
    durationMinutes: 25,
    groupSize: { min: 3, max: 15 },
    participantDescription: 'Each person has ten points to share between the ideas. You say your points aloud, and we add them up together.',
    steps: [
      'Write the options up numbered, in a grid with a column for each person, and read them aloud.',
      'Explain: everyone has ten points to give as they like, all to one idea or spread out.',
      'Give a minute to think. Then go round: “Four to idea 1, six to idea 3.” Write the points in the grid.',
      'Start the round with a public contributor, not the most senior person. Anyone can ask to go last, or give their points privately to a helper.',
      'Add up the points together, then talk about whether the result feels right before agreeing it.',
    ],
    materials: ['A large grid on a flipchart', 'Counters or tokens, for anyone who prefers them', 'A calculator'],
    access: {
      movingAndWriting: 'People can put counters into numbered cups instead of speaking, or tell a helper privately.',
      online: 'Go round in an order shown on screen and fill in a shared grid as people speak or type. Read the totals aloud.',
      bsl: 'Go one person at a time and pause after each, so the interpreter can voice the points clearly.',
    },
    purpose: 'Points show how much people care, not only what they prefer. Counting openly, in front of everyone, builds trust in the result.',
    suits: ALL,
  },

  // ─── Reflection, evaluation and feedback ──────────────────────────────────────────────────
  {
    id: 'you-said-we-did',
    name: 'You said, we did',
    kind: 'discussion',
    durationMinutes: 30,
    groupSize: { min: 3, max: null },
    participantDescription: 'We show you what you told us before, and what changed because of it. You tell us if we got it right.',
    steps: [
      'Beforehand, list what people said last time and what happened to each point: done, under way, or not possible and why.',
      'Send the list a week before in a simple table, in large print and the formats people asked for.',
      'Go through each row. Be honest about what did not change, and why.',
      'Ask: “Did we understand you right? What is missing?”',
      'Agree what happens next and when you will report back again.',
    ],
    materials: ['The “you said, we did” table in large print', 'Copies to take away'],
    access: {
      movingAndWriting: 'Read the table aloud row by row. People can comment aloud, on a card, or later by phone.',
      online: 'Share the table on screen, read each row aloud, and send it in the chat. Comments can be typed or spoken.',
      bsl: 'Send the table to interpreters beforehand. Pause after each row so Deaf participants can read it and watch the response.',
    },
    purpose:
      'People see that their time made a difference. Closing the loop builds trust and is at the heart of reciprocity and two-way communication.',
    suits: ALL,
  },
  {
    id: 'reflection-round',
    name: 'Reflection round',
    kind: 'reflection',
    durationMinutes: 15,
    groupSize: { min: 3, max: 30 },
    participantDescription: 'We look back at today together. What went well? What could be better next time? You can talk, write, or pass.',
    steps: [
      'Ask two questions: what went well today, and what should we change next time?',
      'Go round, or let people speak when ready. Passing is fine.',
      'Listen without defending. Thank people for criticism as much as for praise.',
      'Hand out cards for anyone who would rather write, and say they can tell you later too.',
      'Note what is said for the plan’s reflections.',
    ],
    materials: ['Feedback cards', 'Pens'],
    access: {
      movingAndWriting: 'Everyone stays seated. People can speak, write, draw, or tell a supporter.',
      online: 'People can unmute, type in the chat, or message the host privately. Read the chat aloud.',
      bsl: 'Allow time for Deaf participants to reply after the interpreter. Offer a BSL video or a later conversation for feedback.',
    },
    purpose: 'Asking how it went, and acting on it, shows everyone that their view of the process counts, not only their ideas.',
    suits: ALL,
  },
  {
    id: 'check-out-one-thing',
    name: 'Check-out: one thing I’m taking away',
    kind: 'reflection',
    durationMinutes: 10,
    groupSize: { min: 3, max: 40 },
    participantDescription: 'Say one thing you are taking away from today. It can be a thought, a feeling or a new contact. You can pass.',
    steps: [
      'Ask: “What is one thing you are taking away from today?”',
      'Go first with a short, honest example.',
      'Go round. Keep it to a sentence each, and passing is fine.',
      'Do not comment on answers; thank each person.',
      'If hopes were written up at the start, glance back at them together.',
    ],
    materials: ['The hopes sheet from the start, if there is one'],
    access: {
      movingAndWriting: 'Everyone stays seated. People can hold up a picture card or say it through a supporter.',
      online: 'Go round in an order shown on screen, or people type in the chat. Read every answer aloud.',
      bsl: 'Leave a pause between people, so the interpreter can finish and Deaf participants can take their turn.',
    },
    purpose:
      'Ending with everyone’s voice closes the day as it opened, on equal terms. It helps people notice what they gained, not only what they gave.',
    suits: ALL,
  },
  {
    id: 'evaluation-round',
    name: 'How did today work for you?',
    kind: 'reflection',
    durationMinutes: 15,
    groupSize: { min: 3, max: 60 },
    participantDescription: 'Tell us how today worked for you, so we can do better next time. You can use a card with faces, talk or write.',
    steps: [
      'Hand out a short feedback sheet with faces (happy, OK, unhappy) and space to say more. Offer it in large print.',
      'Ask: did you feel listened to? Could you take part the way you wanted? Was anything hard to get to, hear or understand? Did you feel your time was valued?',
      'Ask someone other than the lead facilitator to collect the sheets, so people feel free to be honest.',
      'Say people can give feedback later, by phone, email or in person.',
      'Use what people say in the plan’s reflections and in planning the next session.',
    ],
    materials: ['Feedback sheets with faces, including large print', 'Pens', 'A box for the sheets'],
    access: {
      movingAndWriting: 'A helper can read the sheet out and write for someone. People can point to a face instead of writing.',
      online: 'Use a short form with a link in the chat, and read the questions aloud. Offer a phone call instead.',
      bsl: 'Offer feedback in BSL, with an interpreter writing it down, or by sending a BSL video later.',
    },
    purpose: 'Evaluating together shows that the process matters as well as the results. It gives evidence of what works and what changed.',
    suits: ALL,
  },

  // ─── Rest and food ────────────────────────────────────────────────────────────────────────
  {
    id: 'break-with-quiet-space',
    name: 'Break, with a quiet space',
    kind: 'break',
    durationMinutes: 15,
    groupSize: { min: 1, max: null },
    participantDescription: 'Time for a drink, the toilet or some fresh air. There is a quiet room if you would like some peace.',
    steps: [
      'Say clearly when the break ends and write the time up.',
      'Set drinks and snacks out where they are easy to reach, and put some on tables for people who cannot queue.',
      'Keep the quiet room open and signed, with soft light and no expectation to talk.',
      'Check in quietly with anyone who seemed upset or tired. Make sure facilitators get a break too.',
      'Give a gentle two-minute warning before starting again.',
    ],
    materials: ['Tea, coffee, water and snacks, labelled', 'A sign for the quiet room'],
    access: {
      movingAndWriting: 'Bring drinks to people’s seats if they would like. Make sure the accessible toilet is free and nearby.',
      online: 'Encourage cameras off and time away from the screen. Say the exact return time aloud and in the chat.',
      bsl: 'Interpreters need a real break too, not interpreting through it unless agreed beforehand. Deaf participants deserve time to chat as well.',
    },
    purpose: 'Rest is an access need, not a luxury. Informal time builds relationships, and a kind pace lets everyone keep taking part.',
    suits: ALL,
  },
  {
    id: 'shared-meal',
    name: 'Lunch together',
    kind: 'meal',
    durationMinutes: 45,
    groupSize: { min: 1, max: null },
    participantDescription: 'We eat together. All the food is labelled. Please tell us before the day about anything you cannot eat.',
    steps: [
      'Ask about food at booking: allergies, religious and cultural needs, textures, and practical needs such as finger food.',
      'Order labelled food with allergens listed, and enough for everyone, including supporters and interpreters.',
      'Offer to plate food and bring it to people. Avoid a standing-only buffet.',
      'Keep some tables away from the noise.',
      'Staff sit with participants, not with each other. Keep lunch free of work.',
    ],
    materials: ['Food labelled with ingredients and allergens', 'Plates, cups with handles, straws and napkins', 'Enough seats for everyone'],
    access: {
      movingAndWriting: 'Offer table service or a helper, keep paths clear, and keep everything within reach of someone seated.',
      online: 'Make it a proper break away from the screen. If you can, send food vouchers beforehand so people can eat well at home.',
      bsl: 'Interpreters need to eat and rest too. If Deaf participants would like to chat over lunch, agree beforehand whether an interpreter will stay.',
    },
    purpose: 'Eating together is where relationships grow. Good food, carefully labelled, says we expected you and we value you.',
    suits: ALL,
  },

  // ─── Close ────────────────────────────────────────────────────────────────────────────────
  {
    id: 'thanks-and-next-steps',
    name: 'Thanks and next steps',
    kind: 'close',
    durationMinutes: 10,
    groupSize: { min: 1, max: null },
    participantDescription: 'We thank you and say what happens next. We tell you when you will hear from us, and when you will be paid.',
    steps: [
      'Thank people for what each of them brought, specifically, not only in general.',
      'Say what happens next with today’s work, and when people will hear what changed (“you said, we did”).',
      'Confirm how and when payment and expenses will be paid, and who to contact. Signpost benefits advice.',
      'Say how people can send more thoughts after today.',
      'Finish on time.',
    ],
    materials: ['Expenses forms', 'Stamped addressed envelopes', 'Contact cards'],
    access: {
      movingAndWriting: 'Offer help filling in expenses forms, or to take the details by phone later.',
      online: 'Put the next steps, the contact details and the expenses form link in the chat, and say them aloud.',
      bsl: 'Give next steps in writing as well. Offer contact by text, email or video, not only by phone.',
    },
    purpose:
      'Reciprocity means following through. Saying clearly what happens next, and paying promptly, keeps faith with the people who gave their time.',
    suits: ALL,
  },
];

const BY_ID: ReadonlyMap<string, Method> = new Map(METHODS.map((m) => [m.id, m]));

export function methodById(id: string): Method | undefined {
  return BY_ID.get(id);
}

/** A method turned into the content of an agenda block. */
export type MethodBlock = Pick<Block, 'title' | 'kind' | 'durationMinutes' | 'description' | 'facilitatorNotes' | 'materials'>;

/** Facilitator notes: numbered steps, then the access notes, then why. Plain text with line breaks. */
export function methodNotes(method: Method, options: { format?: PlanFormat } = {}): string {
  const steps = method.steps.map((s, i) => `${i + 1}. ${s}`).join('\n');
  const access = [`Moving and writing: ${method.access.movingAndWriting}`];
  // Online notes are noise in a plan where nobody joins online.
  if (options.format !== 'in_person') access.push(`Online: ${method.access.online}`);
  access.push(`BSL interpreters: ${method.access.bsl}`);
  return `${steps}\n\nAccess:\n${access.join('\n')}\n\nWhy: ${method.purpose}`;
}

/**
 * The block a method becomes. Pass the plan's format to leave out notes that do not apply
 * (an in-person plan does not need the online notes).
 */
export function methodToBlock(method: Method, options: { format?: PlanFormat } = {}): MethodBlock {
  return {
    title: method.name,
    kind: method.kind,
    durationMinutes: method.durationMinutes,
    description: method.participantDescription,
    facilitatorNotes: methodNotes(method, options),
    materials: method.materials.join(', '),
  };
}
