/**
 * A realistic project for the bench and the report's page pictures: a monthly panel of members
 * from the directory, each session with an agenda, fees and travel for the contributors, a few
 * "you said, we did" lines, the GRIPP2 notes written up, and entries between sessions.
 */
import type { KindredService } from '../service/service';

const NAMES = [
  'Amara Okafor',
  'Sam Lee',
  'Nia Evans',
  'Keri Jones',
  'Zara Ali',
  'Ben Cole',
  'Dev Patel',
  'Eira Hughes',
  'Femi Adeyemi',
  'Gwen Price',
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SAID = [
  ['Visits clash with school pick-up', 'Visits now start at 10:00 and finish by 14:30'],
  ['The consent form is hard to follow', 'Rewritten with the panel, in everyday words, and tested with two carers'],
  ['People who work need evening sessions', 'Every other meeting is now at 18:00, online'],
  ['The leaflet uses words like “cohort”', 'Cut to one page; a word list goes with it'],
  ['Travel costs put people off', 'We pay travel on the day, in cash or by bank transfer'],
];

export function seedProject(service: KindredService, sessions: number, firstYear = 2025): string {
  const members = NAMES.map((name, i) =>
    service.createDirectoryPerson({ person: { name, roles: [i < 8 ? (i % 2 ? 'carer' : 'public_contributor') : 'researcher'] } }),
  );
  const project = service.createProject({
    project: {
      name: 'Memory study carers’ panel',
      aims: 'Carers of people living with dementia shape how the memory study runs: its questions, its visits and what it tells people.',
      reflections:
        'Meeting in the evening brought in working carers. We were slow to tell people what changed after the spring meetings, and now write within two weeks.',
    },
  });
  for (const m of members) service.addProjectMember({ projectId: project.id, directoryPersonId: m.id });
  const rate = { name: 'Involvement rate', amountPence: 2500, unit: 'hour' as const, source: 'Our involvement policy', asOf: `${firstYear}-01-06` };
  for (let s = 0; s < sessions; s++) {
    const year = firstYear + Math.floor(s / 12);
    const month = String((s % 12) + 1).padStart(2, '0');
    const plan = service.createProjectPlan({
      projectId: project.id,
      details: {
        title: `Panel meeting, ${MONTHS[s % 12]} ${year}`,
        date: `${year}-${month}-10`,
        whatCouldChange: 'How the study’s visits and letters work for carers',
        followUpBy: `${year}-${month}-24`,
        followUpFormat: 'email',
        status: 'delivered',
      },
      bringAgreement: s > 0,
      bringGlossary: false,
    });
    if (s === 0)
      service.addBlock({
        planId: plan.id,
        block: { kind: 'ground_rules', title: 'Our agreement', description: 'We listen. We use everyday words.' },
      });
    for (const kind of ['welcome', 'check_in', 'presentation', 'small_groups', 'break', 'discussion', 'decision', 'reflection', 'close'] as const) {
      service.addBlock({ planId: plan.id, block: { kind } });
    }
    for (const person of plan.people.slice(0, 8)) {
      service.updatePerson({
        planId: plan.id,
        personId: person.id,
        patch: {
          payment: {
            status: s % 9 === 4 && person === plan.people[0] ? 'declined' : 'agreed',
            prepHours: 1,
            sessionHours: 2,
            followUpHours: 0.5,
            rate,
            method: 'bank_transfer',
            expenses: [{ id: crypto.randomUUID(), kind: 'travel', note: 'Bus', amountPence: 640 }],
            benefitsAdviceOffered: true,
            notes: '',
          },
        },
      });
    }
    const said = SAID[s % SAID.length]!;
    service.setChanges({ planId: plan.id, changes: [{ id: crypto.randomUUID(), youSaid: said[0]!, weDid: said[1]! }] });
    service.updateDebrief({
      planId: plan.id,
      patch: {
        methods: 'A two-hour meeting, in person with a dial-in, chaired by a carer.',
        outcomes: s % 3 === 0 ? 'The study team changed its visit letters.' : '',
        reflections: s % 4 === 0 ? 'Small groups worked better than the whole room.' : '',
      },
    });
    if (s % 4 === 1) {
      service.saveImpactEntry({
        projectId: project.id,
        entry: {
          onDate: `${year}-${month}-18`,
          asked: 'Is the new visit letter clear?',
          said: 'Clearer, but put the date at the top',
          changed: 'The date now comes first',
          toldOn: `${year}-${month}-28`,
          toldHow: 'A letter to everyone',
        },
      });
    }
  }
  return project.id;
}
