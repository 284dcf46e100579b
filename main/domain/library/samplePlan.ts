/**
 * The first-run sample plan: a realistic half-day co-production workshop that shows, by example,
 * what a kind and relational agenda looks like (co-chairs, an agreement, breaks, a shared
 * decision, a pinned lunch, a check-out, and telling people what happens next).
 */
import { EMPTY_PAYMENT, newPersonWithDefaults, type Person } from '../people';
import { addDays, localToday } from '../time';
import type { PlanContent } from '../planContent';

// Placeholder ids: inserting the sample gives every person and block a fresh id and re-links them.
const AMARA = '5a3e0c1e-0000-4000-8000-00000000a001';
const SAM = '5a3e0c1e-0000-4000-8000-00000000a002';
const PRIYA = '5a3e0c1e-0000-4000-8000-00000000a003';

/** The sample's people, with access needs arranged in good time before `date`, the workshop day. */
function samplePeople(date: string): Person[] {
  return [
    newPersonWithDefaults(AMARA, {
      name: 'Amara',
      role: 'public_contributor',
      organisation: '',
      pronouns: 'she/her',
      contact: '',
      coPlans: true,
      coFacilitates: true,
      hostsOnline: false,
      payment: {
        ...EMPTY_PAYMENT,
        prepHours: 2,
        sessionHours: 4,
        followUpHours: 1,
        expenses: [{ id: '5a3e0c1e-0000-4000-8000-00000000e001', kind: 'travel', note: 'Return bus fare', amountPence: 640 }],
        notes: 'Agree the rate with Amara before she starts preparing; she would like to be paid by bank transfer.',
      },
      consent: { store: true, share: true, recordedOn: addDays(date, -35) },
      accessNeeds: [
        {
          id: '5a3e0c1e-0000-4000-8000-00000000d001',
          type: 'step_free',
          detail: 'Uses a walking frame; stairs are hard.',
          arrangement: {
            how: 'Room 2 is on the ground floor with a ramp at the main door. Chair with arms kept by the door.',
            owner: 'Sam',
            dueDate: addDays(date, -14),
            status: 'arranged',
            personTold: false,
          },
        },
      ],
      packFormat: 'large_print',
    }),
    newPersonWithDefaults(SAM, {
      name: 'Sam',
      role: 'researcher',
      organisation: 'Anytown University',
      pronouns: 'they/them',
      // The sample's contact for participants: every pack names Sam with these (Ofcom's drama number range).
      email: 'sam@example.org',
      phone: '01632 960000',
      contact: '',
      coPlans: true,
      coFacilitates: true,
      hostsOnline: false,
      payment: { ...EMPTY_PAYMENT },
      consent: { store: true, share: true, recordedOn: addDays(date, -35) },
    }),
    newPersonWithDefaults(PRIYA, {
      name: 'Priya',
      role: 'carer',
      organisation: '',
      pronouns: '',
      contact: '',
      coPlans: true,
      coFacilitates: false,
      hostsOnline: false,
      payment: {
        ...EMPTY_PAYMENT,
        prepHours: 1,
        sessionHours: 4,
        expenses: [
          { id: '5a3e0c1e-0000-4000-8000-00000000e002', kind: 'carer_cover', note: 'Care for her dad while she is with us', amountPence: 6000 },
        ],
      },
      consent: { store: true, share: false, recordedOn: addDays(date, -30) },
      accessNeeds: [
        {
          id: '5a3e0c1e-0000-4000-8000-00000000d002',
          type: 'caring_timing',
          detail: 'Needs to leave by 14:15 to be home for her dad.',
          arrangement: {
            how: 'We finish at 14:00, and the close is short so nobody has to stay late.',
            owner: 'Amara',
            dueDate: addDays(date, -14),
            status: 'arranged',
            personTold: false,
          },
        },
      ],
    }),
  ];
}

const led = (by: string | null, leadBy = '') => ({ easyRead: '', leadPersonId: by, leadBy, decision: '', deciderIds: [], decidedByAll: false });

/** About four weeks from `today`, on a Wednesday: midweek days suit most carers and venues. */
export function sampleDate(today: Date): string {
  const d = new Date(today.getFullYear(), today.getMonth(), today.getDate() + 28);
  d.setDate(d.getDate() + ((3 - d.getDay() + 7) % 7));
  return localToday(d);
}

export function samplePlan(today: Date): PlanContent & { people: Person[] } {
  const date = sampleDate(today);
  return {
    details: {
      title: 'Shaping our next study together',
      purpose:
        'To decide together, as patients, carers and researchers on equal terms, which questions our next study ' +
        'about coming home from hospital should ask first.',
      whatCouldChange:
        'The three priorities we agree will shape the funding application. Within four weeks we will write to ' +
        'everyone to say what we did with their ideas and what changed because of them.',
      date,
      // After 09:30 so people can travel off-peak and use a bus pass.
      startTime: '10:00',
      endTime: '14:00',
      format: 'in_person',
      venueName: 'Riverside Community Centre, Room 2 (ground floor)',
      venueAddress: '14 Mill Lane\nAnytown\nAN1 2YZ',
      venueChecks: {
        step_free_entrance: { answer: 'yes', note: 'A ramp at the main door on Mill Lane.' },
        accessible_toilet: { answer: 'yes', note: 'Next to Room 2.' },
        lift: { answer: 'not_needed', note: 'Everything is on the ground floor.' },
        hearing_loop: { answer: 'yes', note: 'Switch it on at the panel by the door.' },
        quiet_room: { answer: 'yes', note: 'Room 3, across the corridor.' },
        parking: { answer: 'yes', note: 'Two Blue Badge spaces by the door; drop-off in front.' },
        public_transport: { answer: 'yes', note: 'The number 12 bus stops outside.' },
        food_water: { answer: 'yes', note: '' },
      },
      status: 'draft',
      expectedParticipants: 14,
      givesBack: ['feedback', 'learning', 'certificate'],
      audience: [],
      givesBackNote: 'Everyone is offered a certificate, and a place on the study’s advisory group if they would like one.',
      followUp: 'Within four weeks we will write to everyone, in the format they prefer, to say which priorities we chose and why.',
    },
    people: samplePeople(date),
    agenda: [
      {
        title: 'Welcome',
        kind: 'welcome',
        durationMinutes: 10,
        description:
          'Amara and Sam welcome you and explain what today is for and how the day will go. ' + 'Tea, coffee and water are ready when you arrive.',
        facilitatorNotes:
          'Arrive 30 minutes early to check the room, the hearing loop and the step-free route. Greet people by name. ' +
          'Say where the toilets and the quiet room are, and that anyone can step out at any time without asking.',
        materials: 'Large-print name badges, agendas in the formats people asked for',
        ...led(AMARA, 'Amara and Sam, co-chairs'),
        pinnedTime: null,
        flexible: false,
        minMinutes: null,
        leadInRoom: false,
      },
      {
        title: 'How are you arriving today?',
        kind: 'check_in',
        durationMinutes: 15,
        description: 'Say your name and one word about how you are feeling today. You can pass if you prefer.',
        facilitatorNotes:
          'Go first and keep it short and honest, so others know what is asked. Passing is always fine: ' + 'do not ask anyone to explain.',
        materials: '',
        ...led(AMARA),
        pinnedTime: null,
        flexible: false,
        minMinutes: null,
        leadInRoom: false,
      },
      {
        title: 'Getting to know each other',
        kind: 'relationship_building',
        durationMinutes: 20,
        description:
          'In pairs, share something you are good at that has nothing to do with health or research. ' + 'Then introduce your partner to the group.',
        facilitatorNotes:
          'Pair public contributors with researchers. Leave job titles out of introductions: everyone in the room ' +
          'brings skills, and this is where the room starts to feel equal.',
        materials: 'A timer',
        ...led(SAM),
        pinnedTime: null,
        flexible: false,
        minMinutes: null,
        leadInRoom: false,
      },
      {
        title: 'Our agreement for today',
        kind: 'ground_rules',
        durationMinutes: 10,
        description:
          'We agree together how we want to work today. For example: one person speaks at a time, ' + 'no jargon, and it is fine to disagree kindly.',
        facilitatorNotes:
          'Start from the last agreement if there is one and ask what to add. Write it up large and keep it on the ' +
          'wall. Agree a signal anyone can use when they hear jargon, such as holding up a yellow card.',
        materials: 'Flipchart, thick pens, yellow cards',
        ...led(PRIYA),
        pinnedTime: null,
        flexible: false,
        minMinutes: null,
        leadInRoom: false,
      },
      {
        title: 'Where the study is now',
        kind: 'presentation',
        durationMinutes: 10,
        description: 'Sam gives a short talk about what we know so far and the questions we could ask next. ' + 'You can ask questions at any point.',
        facilitatorNotes:
          'Ten minutes at most. Send the slides a week before, in the formats people asked for. ' +
          'If a technical word is needed, explain it the first time; better still, use an everyday one.',
        materials: 'Laptop, projector, printed slides (large print available)',
        ...led(SAM),
        pinnedTime: null,
        flexible: false,
        minMinutes: null,
        leadInRoom: false,
      },
      {
        title: 'Break',
        kind: 'break',
        durationMinutes: 15,
        description: 'Time for a drink, a stretch or some fresh air. The quiet room is open all day.',
        facilitatorNotes: 'Check in quietly with anyone who seemed uncomfortable so far.',
        materials: 'Tea, coffee, water, biscuits (including gluten-free)',
        ...led(null),
        pinnedTime: null,
        flexible: false,
        minMinutes: null,
        leadInRoom: false,
      },
      {
        title: 'What matters most to you?',
        kind: 'small_groups',
        durationMinutes: 30,
        description:
          'In groups of four or five, talk about what matters most when someone you care for comes home from ' +
          'hospital. Each group writes or draws its ideas on sticky notes.',
        facilitatorNotes:
          'In each group a public contributor chairs and a researcher takes notes, not the other way round. ' +
          'Offer talking, writing or drawing. Walk round, but do not take over.',
        materials: 'Sticky notes, pens, a table for each group, printed question cards',
        ...led(PRIYA, 'Group chairs (public contributors and carers)'),
        pinnedTime: null,
        flexible: false,
        minMinutes: null,
        leadInRoom: false,
      },
      {
        title: 'Sharing what we heard',
        kind: 'discussion',
        durationMinutes: 20,
        description: 'Each group shares its ideas with everyone, and we put similar ideas together on the wall.',
        facilitatorNotes: 'The group chairs report back. Write down people’s own words; do not translate them into research language.',
        materials: 'Wall space, the groups’ sticky notes',
        ...led(AMARA),
        pinnedTime: null,
        flexible: false,
        minMinutes: null,
        leadInRoom: false,
      },
      {
        title: 'Deciding our priorities together',
        kind: 'decision',
        durationMinutes: 20,
        easyRead: '',
        description: 'Everyone gets three stickers to vote for the ideas that matter most to them. ' + 'Then we agree our top three together.',
        facilitatorNotes:
          'Everyone’s votes count the same. Say clearly how the result will be used and what cannot change ' +
          '(the budget, for example), so nobody is promised more than we can give.',
        materials: 'Voting stickers (three per person), the ideas wall',
        leadPersonId: AMARA,
        leadBy: 'Amara and Sam, co-chairs',
        decision: 'Which three questions our next study asks first.',
        deciderIds: [],
        decidedByAll: true,
        pinnedTime: null,
        flexible: false,
        minMinutes: null,
        leadInRoom: false,
      },
      {
        title: 'Lunch',
        kind: 'meal',
        durationMinutes: 45,
        description: 'Lunch together. Please tell us before the day about anything you cannot eat.',
        facilitatorNotes:
          'Pinned to 12:30 because the caterers arrive then: if the morning runs late, Kindred shows it here. ' +
          'Label the food clearly and keep some seats away from the noise.',
        materials: 'Lunch for everyone, with the dietary needs people told us about',
        ...led(null),
        pinnedTime: '12:30',
        flexible: false,
        minMinutes: null,
        leadInRoom: false,
      },
      {
        title: 'Reflection and check-out',
        kind: 'reflection',
        durationMinutes: 20,
        description: 'Say how today felt and one thing you are taking away. You can write it down instead if you prefer.',
        facilitatorNotes:
          'Ask what worked and what we should change next time, and note it for the plan’s reflections. ' +
          'Hand out feedback cards for anyone who would rather write.',
        materials: 'Feedback cards, pens',
        ...led(PRIYA),
        pinnedTime: null,
        flexible: false,
        minMinutes: null,
        leadInRoom: false,
      },
      {
        title: 'Thank you and what happens next',
        kind: 'close',
        durationMinutes: 10,
        description:
          'We tell you what we will do with today’s ideas, when you will hear from us, and how your payment and ' + 'expenses will reach you.',
        facilitatorNotes:
          'Confirm when payment and expenses will be paid, and signpost benefits advice for anyone who needs it. ' +
          'Put the four-week “you said, we did” update in the diary now.',
        materials: 'Expenses forms, stamped addressed envelopes',
        ...led(SAM),
        pinnedTime: null,
        flexible: false,
        minMinutes: null,
        leadInRoom: false,
      },
    ],
  };
}
