/**
 * Starter templates: whole agendas a facilitator can begin from and then make their own. Each one
 * shows good relational practice by example: a welcome, an early check-in or time to get to know
 * each other, an agreement made together, short talks, plenty of small-group time, decisions taken
 * by everyone in the room, breaks at least every 75 minutes, a pinned lunch on longer days, a
 * reflection near the end and a close that says what happens next.
 *
 * Times suit carers and off-peak travel: nothing starts before 10:00 or ends after 15:30, and every
 * agenda leaves time to spare before its end time. Pure data (no `node:` imports).
 */
import type { AccessDetailsKey, Block, PlanDetails } from '../plan';
import { methodById, methodToBlock } from './methods';

export type TemplateBlock = Omit<Block, 'id' | 'leadPersonId' | 'deciderIds'> & { leadPersonId: null; deciderIds: [] };

export interface StarterTemplate {
  id: string;
  name: string;
  /** One or two plain sentences shown when choosing. */
  summary: string;
  details: Omit<PlanDetails, 'id' | 'createdAt' | 'updatedAt' | 'status' | 'date' | AccessDetailsKey>;
  blocks: TemplateBlock[];
}

type BlockOverrides = Partial<
  Pick<TemplateBlock, 'title' | 'kind' | 'durationMinutes' | 'description' | 'materials' | 'leadBy' | 'decision' | 'pinnedTime'>
> & {
  /** Notes for this template, put before the method's own steps. */
  notesFirst?: string;
};

/** A block built from a library method, for an in-person plan, with this template's changes. */
function fromMethod(methodId: string, o: BlockOverrides = {}): TemplateBlock {
  const method = methodById(methodId);
  if (!method) throw new Error(`Starter template refers to an unknown method: ${methodId}`);
  const base = methodToBlock(method, { format: 'in_person' });
  const kind = o.kind ?? base.kind;
  const isDecision = kind === 'decision';
  return {
    title: o.title ?? base.title,
    kind,
    durationMinutes: o.durationMinutes ?? base.durationMinutes,
    description: o.description ?? base.description,
    easyRead: '',
    facilitatorNotes: o.notesFirst ? `For this session: ${o.notesFirst}\n\n${base.facilitatorNotes}` : base.facilitatorNotes,
    materials: o.materials ?? base.materials,
    leadBy: o.leadBy ?? '',
    leadPersonId: null,
    decision: isDecision ? (o.decision ?? '') : '',
    deciderIds: [],
    // In a template, everyone in the room decides together; the facilitator can narrow it later.
    decidedByAll: isDecision,
    pinnedTime: o.pinnedTime ?? null,
    flexible: false,
    minMinutes: null,
    leadInRoom: false,
  };
}

/** A block written for one template, where no library method fits. */
function ownBlock(
  kind: Exclude<TemplateBlock['kind'], 'decision'>,
  f: Pick<TemplateBlock, 'title' | 'durationMinutes' | 'description' | 'facilitatorNotes' | 'materials' | 'leadBy'>,
): TemplateBlock {
  return {
    ...f,
    kind,
    easyRead: '',
    leadPersonId: null,
    decision: '',
    deciderIds: [],
    decidedByAll: false,
    pinnedTime: null,
    flexible: false,
    minMinutes: null,
    leadInRoom: false,
  };
}

// Who leads, as roles the facilitator swaps for names. Participants read these in their pack, so
// they avoid "public contributor": the community co-chair is a patient, carer or member of the
// public, paid for their time; the research co-chair is from the research team.
const CO_CHAIRS = 'Both co-chairs';
const COMMUNITY_CHAIR = 'Community co-chair';
const RESEARCH_CHAIR = 'Research co-chair';

// ─── Co-production roundtable ───────────────────────────────────────────────────────────────
const roundtable: StarterTemplate = {
  id: 'co-production-roundtable',
  name: 'Co-production roundtable',
  summary:
    'A day for patients, carers, members of the public and professionals to agree how they will work together as equals. ' +
    'It ends with shared first steps everyone has chosen.',
  details: {
    title: 'Working together as equals',
    purpose:
      'To meet each other properly and agree how we will work together as equals. We will share what helps ' +
      'and what gets in the way, and choose our first three steps together.',
    whatCouldChange:
      'The ways of working we agree today will become our group’s shared agreement. The three first steps we ' +
      'choose will go into the project plan, with a name and a date beside each one.',
    startTime: '10:00',
    endTime: '14:30',
    format: 'in_person',
    venueName: '',
    venueAddress: '',
    expectedParticipants: 16,
    givesBack: ['feedback', 'learning', 'certificate'],
    audience: [],
    givesBackNote:
      'Everyone can have a certificate of involvement. If people would like it, we will run a short session on ' +
      'how research is funded and decided, so everyone can take a full part in what comes next.',
    followUp:
      'Within four weeks we will send everyone a short “you said, we did” letter, in the format each person ' +
      'asked for. It will say what we did with today’s ideas, what could not change and why. We will also ' +
      'phone anyone who would rather talk it through.',
  },
  blocks: [
    fromMethod('welcome-and-housekeeping', {
      title: 'Welcome',
      leadBy: CO_CHAIRS,
      notesFirst:
        'The co-chairs open the day together, so people see from the start that leading is shared. The community ' +
        'co-chair is a public contributor or carer, paid for planning time as well as for today.',
    }),
    fromMethod('one-word-check-in', { title: 'How are you arriving today?', leadBy: COMMUNITY_CHAIR }),
    fromMethod('paired-introductions', {
      title: 'Getting to know each other',
      leadBy: RESEARCH_CHAIR,
      notesFirst: 'Plan the pairs beforehand so each one mixes lived experience with a professional role.',
    }),
    fromMethod('working-agreement', { title: 'Our agreement for today', leadBy: COMMUNITY_CHAIR }),
    fromMethod('short-talk-and-questions', {
      title: 'Why we are here',
      durationMinutes: 10,
      description: 'A short talk about the project and what we hope to do together. You can ask questions at any time.',
      leadBy: CO_CHAIRS,
      notesFirst:
        'Ten minutes at most, shared between the co-chairs. Say plainly what is already fixed (the budget, the ' +
        'deadline) and what is open to change today.',
    }),
    fromMethod('break-with-quiet-space', { title: 'Break' }),
    fromMethod('one-two-four-all', {
      title: 'What helps us work as equals?',
      description:
        'We think about what helps people work together as equals, and what gets in the way. ' + 'First alone, then in pairs, then in fours.',
      leadBy: RESEARCH_CHAIR,
      notesFirst:
        'Question: “Think of a time you worked with people very different from you. What helped you feel equal, ' + 'and what got in the way?”',
    }),
    fromMethod('fishbowl', {
      title: 'Talking it through',
      durationMinutes: 35,
      description: 'A few people talk in a small circle while the rest of us listen. You can join in by taking the empty chair.',
      leadBy: COMMUNITY_CHAIR,
      notesFirst:
        'Start the inner circle with two public contributors or carers and two professionals, and the question ' +
        '“What would have to change for us to share power for real?”. Note the ideas for the decision after lunch.',
    }),
    ownBlock('discussion', {
      title: 'What we have heard so far',
      durationMinutes: 15,
      description: 'We look at the notes from this morning together. You can say what to add or change.',
      facilitatorNotes:
        '1. Put this morning’s flipcharts and sticky notes up where everyone can see them, at seated height.\n' +
        '2. Read the main ideas aloud, in people’s own words. Do not turn them into research language.\n' +
        '3. Group similar ideas together into five or six possible first steps, asking the room as you go.\n' +
        '4. Ask: “Is anything missing? Have we got this right?” Add what people say.\n' +
        '5. Write each possible first step on its own large card, ready for the decision after lunch.\n\n' +
        'Access:\nMoving and writing: Read everything aloud for people with sight loss. People can add ideas from their seats.\n' +
        'BSL interpreters: Point to each idea as you read it, so Deaf participants can follow the wall and the interpreter.\n\n' +
        'Why: People see their own words taken seriously before anything is decided, so the choice after lunch is built on what everyone said.',
      materials: 'This morning’s flipcharts on the wall, large cards, thick pens',
      leadBy: CO_CHAIRS,
    }),
    fromMethod('shared-meal', { pinnedTime: '12:30' }),
    fromMethod('rank-by-discussion', {
      title: 'Choosing our first steps together',
      durationMinutes: 30,
      description: 'We put the possible first steps in order by talking them through. Then we agree our top three together.',
      decision: 'Which three first steps we take together to work as equals, and who will help with each one.',
      leadBy: CO_CHAIRS,
      notesFirst:
        'Say clearly how the three steps will be used and what cannot change, so nobody is promised more than ' +
        'we can give. Ask for a volunteer to help with each step, from any role.',
    }),
    fromMethod('reflection-round', { title: 'Looking back on today', leadBy: COMMUNITY_CHAIR }),
    fromMethod('thanks-and-next-steps', { title: 'Thank you and what happens next', leadBy: CO_CHAIRS }),
  ],
};

// ─── Research priority setting ──────────────────────────────────────────────────────────────
const prioritySetting: StarterTemplate = {
  id: 'research-priority-setting',
  name: 'Setting research priorities together',
  summary:
    'Patients, carers and professionals share what matters to them and choose the questions research should ' +
    'answer first. Everyone’s choice counts the same.',
  details: {
    title: 'Which questions matter most to you?',
    purpose:
      'To hear from patients, carers and professionals about the questions research should answer. Together ' +
      'we will choose the ones that matter most.',
    whatCouldChange:
      'The questions we choose today will become the top priorities in our next funding bid. Any question we ' +
      'cannot take forward will be passed on to others who might, and we will tell you where it went.',
    startTime: '10:00',
    endTime: '14:45',
    format: 'in_person',
    venueName: '',
    venueAddress: '',
    expectedParticipants: 18,
    givesBack: ['feedback', 'certificate', 'co_authorship'],
    audience: [],
    givesBackNote:
      'Everyone who takes part will be thanked by name in the priority list we publish, if they wish. ' +
      'Anyone who would like to help write it up can do so as a co-author.',
    followUp:
      'Within six weeks we will send everyone the final list of priorities, in the format each person asked ' +
      'for. We will say what we did with each question, and write again when we hear about the funding.',
  },
  blocks: [
    fromMethod('welcome-and-housekeeping', { title: 'Welcome', leadBy: CO_CHAIRS }),
    fromMethod('what-brought-you-here', { leadBy: COMMUNITY_CHAIR }),
    fromMethod('working-agreement', {
      title: 'Our agreement, and jargon cards',
      description: 'We agree together how we want to work today. Everyone also gets a bright card to hold up if they hear jargon.',
      materials: 'Flipchart, thick dark pens, Blu Tack, bright cards with a question mark',
      leadBy: COMMUNITY_CHAIR,
      notesFirst:
        'Hand out the jargon cards as part of the agreement (see the “Jargon buster cards” method). Priority ' +
        'setting is full of research words, so use the cards often and with good humour.',
    }),
    fromMethod('short-talk-and-questions', {
      title: 'What we know already',
      description: 'A short talk about what research has found so far. You can ask questions at any time.',
      leadBy: RESEARCH_CHAIR,
      notesFirst:
        'Ten minutes on what is known and what is not, in everyday words, then questions. Do not steer people ' +
        'towards the questions the team already favours.',
    }),
    fromMethod('break-with-quiet-space', { title: 'Break' }),
    fromMethod('story-circle', {
      title: 'What matters to you?',
      durationMinutes: 35,
      description: 'In small circles, each person shares a short story about living with, or caring for, the condition. ' + 'You can pass.',
      leadBy: 'A community member in each circle',
      notesFirst:
        'Prompt: “What has been hardest, and what do you wish someone had known?” Professionals listen in the ' +
        'circles and share only if asked. Each circle notes the questions its stories raise.',
    }),
    fromMethod('nominal-group-technique', {
      title: 'Our questions, one at a time',
      // Only the listing half of the method: nothing is decided until after lunch.
      kind: 'discussion',
      durationMinutes: 25,
      description: 'We go round and each person gives one question in turn. We write them all up. Nobody judges them yet.',
      leadBy: RESEARCH_CHAIR,
      notesFirst:
        'This is the listing part of nominal group technique only (steps 1 to 4): ranking comes after lunch. ' +
        'Merge similar questions only with the agreement of the people who raised them.',
    }),
    fromMethod('shared-meal', { pinnedTime: '12:15' }),
    fromMethod('gallery-walk', {
      title: 'Looking at all the questions',
      durationMinutes: 25,
      description: 'The questions are on posters around the room. Add your thoughts on sticky notes. You can stay seated.',
      leadBy: RESEARCH_CHAIR,
      notesFirst: 'One poster for each group of similar questions. Offer the seated option from the start.',
    }),
    fromMethod('spoken-points-round', {
      title: 'Choosing our top priorities',
      durationMinutes: 30,
      description: 'Each person has ten points to share between the questions. We add them up together and agree the top ones.',
      decision: 'Which questions are our top priorities for research, in order.',
      leadBy: CO_CHAIRS,
      notesFirst:
        'Researchers’ points count the same as everyone else’s, no more. If the room prefers, give points ' +
        'privately on cards instead of aloud. Check the top five with traffic-light cards before agreeing.',
    }),
    fromMethod('break-with-quiet-space', { title: 'Short break', durationMinutes: 10 }),
    fromMethod('evaluation-round', { leadBy: COMMUNITY_CHAIR }),
    fromMethod('thanks-and-next-steps', { title: 'Thank you and what happens next', leadBy: CO_CHAIRS }),
  ],
};

// ─── Sandpit ────────────────────────────────────────────────────────────────────────────────
const sandpit: StarterTemplate = {
  id: 'sandpit',
  name: 'Ideas sandpit',
  summary: 'A creative day to come up with lots of ideas for a shared problem, then choose a few to build on together.',
  details: {
    title: 'Ideas day: finding new ways forward',
    purpose:
      'To bring people with different kinds of experience together to come up with new ideas for a shared ' +
      'problem. Then we will choose a few ideas to build on together.',
    whatCouldChange:
      'The ideas we choose today will be built into small projects, with people from today invited to help. ' +
      'Every idea will be kept and shared, including the ones we do not take forward now.',
    startTime: '10:30',
    endTime: '15:15',
    format: 'in_person',
    venueName: '',
    venueAddress: '',
    expectedParticipants: 20,
    givesBack: ['feedback', 'learning', 'other'],
    audience: [],
    givesBackNote:
      'Anyone who would like to can join the small teams that take the chosen ideas forward, with payment for ' +
      'their time. Everyone gets a copy of all the ideas from the day.',
    followUp:
      'Within four weeks we will send everyone all of the ideas. We will say which ones are going ahead, who ' +
      'is working on them and how to join in. We will send news again after three months.',
  },
  blocks: [
    fromMethod('welcome-and-housekeeping', { title: 'Welcome', leadBy: CO_CHAIRS }),
    fromMethod('picture-check-in', { title: 'How are you arriving today?', leadBy: COMMUNITY_CHAIR }),
    fromMethod('shared-interests-map', {
      title: 'What we have in common',
      durationMinutes: 15,
      leadBy: RESEARCH_CHAIR,
    }),
    fromMethod('working-agreement', {
      title: 'Our agreement for today',
      durationMinutes: 10,
      leadBy: COMMUNITY_CHAIR,
      notesFirst: 'Add “every idea is welcome this morning, and we sort them later” to the agreement.',
    }),
    fromMethod('short-talk-and-questions', {
      title: 'The challenge we are working on',
      durationMinutes: 10,
      description: 'A short talk about the problem we want to solve together. It includes a real story from someone it affects.',
      leadBy: CO_CHAIRS,
      notesFirst:
        'Ten minutes at most. Describe the problem, not your favourite answer. If someone with lived experience ' +
        'shares a story, agree it with them beforehand and pay them for it.',
    }),
    fromMethod('break-with-quiet-space', { title: 'Break' }),
    fromMethod('sandpit-ideas', { title: 'Lots of ideas', leadBy: 'Group hosts at each table' }),
    fromMethod('shared-meal', { pinnedTime: '12:30' }),
    fromMethod('gallery-walk', {
      title: 'Looking at all the ideas',
      durationMinutes: 25,
      description: 'The ideas are on posters around the room. Add your thoughts on sticky notes. You can stay seated if you prefer.',
      leadBy: RESEARCH_CHAIR,
    }),
    fromMethod('sticker-voting-with-helper', {
      title: 'Choosing ideas to build on',
      description: 'You choose the ideas you would most like to build on. You can place your stickers or tell a helper.',
      decision: 'Which three ideas we build on together this afternoon and after today.',
      leadBy: CO_CHAIRS,
      notesFirst:
        'After counting, check the top three with traffic-light cards: a popular idea may still have a serious ' +
        'problem that someone with lived experience can see.',
    }),
    fromMethod('break-with-quiet-space', { title: 'Short break', durationMinutes: 10 }),
    fromMethod('appreciative-inquiry', {
      title: 'Building up our chosen ideas',
      durationMinutes: 25,
      description: 'In small groups, we build on one chosen idea. Who would it help? What would it need? What is the first step?',
      leadBy: 'Group hosts at each table',
      notesFirst:
        'Use only the Design and Deliver parts (steps 3 and 4), one group for each chosen idea. People choose ' +
        'their group. Each group names one first step, who will do it and by when.',
    }),
    fromMethod('check-out-one-thing', { leadBy: COMMUNITY_CHAIR }),
    fromMethod('thanks-and-next-steps', { title: 'Thank you and what happens next', leadBy: CO_CHAIRS }),
  ],
};

// ─── Community conversation ─────────────────────────────────────────────────────────────────
const communityConversation: StarterTemplate = {
  id: 'community-conversation',
  name: 'Community conversation',
  summary:
    'A relaxed, friendly morning in a local venue to hear what matters to people, with lunch together. ' +
    'Good for meeting people who have not been involved before.',
  details: {
    title: 'Let’s talk: what matters to you?',
    purpose:
      'To listen to people in our community about what matters to them, in a relaxed and friendly way. We want ' +
      'to hear from people who are not usually asked.',
    whatCouldChange:
      'What you tell us will shape what we do next and who we work with. We will agree together which topic ' + 'the team looks at first.',
    startTime: '10:30',
    endTime: '14:15',
    format: 'in_person',
    venueName: '',
    venueAddress: '',
    expectedParticipants: 20,
    givesBack: ['feedback', 'other'],
    audience: [],
    givesBackNote:
      'Lunch and drinks for everyone, and travel paid. Everyone can join our mailing list to hear about ' +
      'future chances to get involved, if they want to.',
    followUp:
      'Within four weeks we will send a short “you said, we did” summary to everyone who left their details. ' +
      'We will share it with the community group that hosted us and put up a poster at the venue.',
  },
  blocks: [
    fromMethod('welcome-and-housekeeping', {
      title: 'Welcome',
      leadBy: 'A local community member and a member of the team together',
      notesFirst:
        'Hand out question cards and pens now, so people can write questions during the morning. Partner with ' +
        'a trusted local group and hold it somewhere people already go.',
    }),
    fromMethod('tea-and-talk', { leadBy: 'Table hosts' }),
    fromMethod('working-agreement', {
      title: 'How we will talk together',
      durationMinutes: 10,
      leadBy: 'Local community member',
    }),
    fromMethod('short-talk-and-questions', {
      title: 'Why we want to hear from you',
      durationMinutes: 10,
      description: 'A short, friendly talk about who we are and why we are here. You can ask questions at any time.',
      leadBy: 'Member of the team',
      notesFirst: 'No slides needed. Be honest about what the team can and cannot change.',
    }),
    fromMethod('break-with-quiet-space', { title: 'Break', durationMinutes: 10 }),
    fromMethod('world-cafe', {
      title: 'Table conversations',
      durationMinutes: 40,
      description: 'You talk about a question in a small group at a table. Then you can move to another table, or stay put.',
      leadBy: 'Table hosts',
      notesFirst:
        'Two rounds of about 15 minutes, with questions such as “What is good about living here?” and “What ' +
        'would make the biggest difference to your health or care?”. Hosts share themes at the end.',
    }),
    fromMethod('question-cards', { title: 'Your questions answered', leadBy: 'Local community member' }),
    fromMethod('shared-meal', { pinnedTime: '12:30' }),
    fromMethod('traffic-light-cards', {
      title: 'What should we look at first?',
      description: 'We read out the main topics from this morning. You hold up a card for each one. Then we agree together.',
      decision: 'Which topic from this morning the team looks at first.',
      leadBy: 'Local community member and member of the team',
      notesFirst: 'Use the themes the table hosts shared before lunch, in people’s own words. Four or five at most.',
    }),
    fromMethod('check-out-one-thing', { leadBy: 'Local community member' }),
    fromMethod('thanks-and-next-steps', {
      title: 'Thank you and what happens next',
      leadBy: 'Member of the team',
      notesFirst: 'Collect contact details only from people who want to hear back, and say how they will be kept.',
    }),
  ],
};

// ─── Reflection and evaluation ──────────────────────────────────────────────────────────────
const reflection: StarterTemplate = {
  id: 'reflection-and-evaluation',
  name: 'Looking back together: reflection and evaluation',
  summary: 'For a group that has worked together for a while. We look at what changed, what worked and what to do ' + 'differently next time.',
  details: {
    title: 'Looking back together',
    purpose:
      'To look back together at how our work has gone. We will see what changed because of the group and ' + 'agree what to keep and what to change.',
    whatCouldChange:
      'What we agree today will change how the group works from now on. It will also go into our report, so ' + 'others can learn from it.',
    startTime: '10:30',
    endTime: '14:15',
    format: 'in_person',
    venueName: '',
    venueAddress: '',
    expectedParticipants: 12,
    givesBack: ['feedback', 'reference', 'co_authorship'],
    audience: [],
    givesBackNote:
      'Anyone who would like a reference or a written record of what they have contributed can have one. ' +
      'Group members can help write the report and be named in it.',
    followUp:
      'Within four weeks we will send everyone a summary of today and the changes we agreed. We will check ' +
      'how the changes are going at the next group meeting.',
  },
  blocks: [
    fromMethod('welcome-and-housekeeping', { title: 'Welcome', leadBy: CO_CHAIRS }),
    fromMethod('weather-report', { leadBy: COMMUNITY_CHAIR }),
    fromMethod('working-agreement', {
      title: 'Our agreement, looked at again',
      durationMinutes: 10,
      leadBy: COMMUNITY_CHAIR,
      notesFirst: 'Start from the group’s existing agreement. What has worked? What should change?',
    }),
    fromMethod('you-said-we-did', { leadBy: RESEARCH_CHAIR }),
    fromMethod('break-with-quiet-space', { title: 'Break' }),
    fromMethod('appreciative-inquiry', {
      title: 'What has worked well?',
      durationMinutes: 45,
      description: 'We talk about what has worked well in our group. Then we imagine how it could be even better.',
      leadBy: COMMUNITY_CHAIR,
      notesFirst: 'Use the Discover, Dream and Design parts (steps 1 to 3), about 15 minutes each. Keep the ideas for the ' + 'decision after lunch.',
    }),
    fromMethod('shared-meal', { pinnedTime: '12:30' }),
    fromMethod('traffic-light-cards', {
      title: 'What we keep and what we change',
      durationMinutes: 20,
      description: 'We read out the ideas from this morning. You hold up a card for each one. Then we agree what to change.',
      decision: 'What the group keeps doing, and what it changes, from the next meeting on.',
      leadBy: CO_CHAIRS,
    }),
    fromMethod('evaluation-round', {
      leadBy: 'Someone from outside the group',
      notesFirst:
        'If you can, ask someone the group trusts but who does not lead it to run this, so people feel free to ' +
        'be honest. Use what people say in the GRIPP2 reflections.',
    }),
    fromMethod('thanks-and-next-steps', { title: 'Thank you and what happens next', leadBy: CO_CHAIRS }),
  ],
};

export const STARTER_TEMPLATES: readonly StarterTemplate[] = [roundtable, prioritySetting, sandpit, communityConversation, reflection];

export function templateById(id: string): StarterTemplate | undefined {
  return STARTER_TEMPLATES.find((t) => t.id === id);
}
