import { describe, expect, it } from 'vitest';
import { EMPTY_ARRANGEMENT } from '../domain/access';
import { caught } from '../testing/caught';
import { openTestStore } from '../testing/tempStore';

const CONSENTED = { store: true, share: true, recordedOn: '2027-02-20', askAgainOn: '2028-02-20' };
const needId = () => crypto.randomUUID();

function store() {
  const s = openTestStore();
  const plan = (title: string, date: string | null = null) => s.service.createPlan({ details: { title, date } }).id;
  /** Everything the directory and plans hold, to show a refused change changed nothing. */
  const snapshot = () => ({
    directory: s.service.listDirectory(undefined).map((e) => s.service.getDirectoryPerson({ directoryPersonId: e.id })),
    plans: s.service.listPlans(undefined).map((p) => s.service.getPlan({ planId: p.id })),
  });
  return { ...s, plan, snapshot };
}

describe('the directory of people across plans', () => {
  it('puts someone typed into a plan into the directory too, linked to them', () => {
    const { service, plan } = store();
    const planId = plan('Carers’ voices', '2027-05-04');
    service.addPerson({ planId, person: { name: 'Amara Okafor', role: 'carer', email: 'amara@example.org', packFormat: 'large_print' } });
    const [entry] = service.listDirectory(undefined);
    expect(entry).toMatchObject({ name: 'Amara Okafor', email: 'amara@example.org', roles: ['carer'], planCount: 1, lastInvolved: '2027-05-04' });
    const profile = service.getDirectoryPerson({ directoryPersonId: entry!.id });
    expect(profile.person).toMatchObject({ packFormat: 'large_print' });
    expect(profile.plans).toEqual([{ planId, title: 'Carers’ voices', date: '2027-05-04', delivered: false, role: 'carer', attended: null }]);
  });

  it('adds a directory person to a plan with their profile: needs, format, pronouns and how they like to be paid', () => {
    const { service, plan } = store();
    const planId = plan('Panel, June');
    const need = { id: needId(), type: 'breaks' as const, detail: 'A break every hour helps me' };
    const nia = service.createDirectoryPerson({
      person: {
        name: 'Nia Evans',
        knownAs: 'Nia',
        pronouns: 'they/them',
        roles: ['public_contributor', 'carer'],
        consent: CONSENTED,
        accessProfile: [need],
        packFormat: 'easy_read',
        packDelivery: 'post',
        paymentPreferences: { method: 'voucher', declines: false, benefitsAdviceOfferedOn: '2027-01-10' },
      },
    });
    const person = service.addDirectoryPersonToPlan({ planId, directoryPersonId: nia.id });
    expect(person).toMatchObject({
      name: 'Nia Evans',
      knownAs: 'Nia',
      pronouns: 'they/them',
      role: 'public_contributor',
      packFormat: 'easy_read',
      packDelivery: 'post',
      consent: { store: true, share: true, recordedOn: '2027-02-20' },
      accessNeeds: [{ ...need, arrangement: EMPTY_ARRANGEMENT }],
      payment: { method: 'voucher', benefitsAdviceOffered: true, status: 'to_agree' },
    });
    expect(service.getPlan({ planId }).people).toEqual([person]);
    // Their role today can differ from the first one in their profile.
    const other = plan('Panel, July');
    expect(service.addDirectoryPersonToPlan({ planId: other, directoryPersonId: nia.id, role: 'carer' }).role).toBe('carer');
    expect(service.listDirectory(undefined)[0]!.planCount).toBe(2);
    // Once is enough in one plan, and nothing changes when refused.
    expect(caught(() => service.addDirectoryPersonToPlan({ planId, directoryPersonId: nia.id })).message).toBe('Nia Evans is already in this plan.');
    expect(service.getPlan({ planId }).people).toHaveLength(1);
  });

  it('flows a changed profile into plans not yet delivered; a delivered plan keeps what was true on the day', () => {
    const { service, plan } = store();
    const open = plan('Next panel');
    const delivered = plan('Last panel');
    const keep = { id: needId(), type: 'hearing_loop' as const, detail: 'Loop please' };
    const drop = { id: needId(), type: 'breaks' as const, detail: 'Breaks' };
    const sam = service.createDirectoryPerson({ person: { name: 'Sam Lee', consent: CONSENTED, accessProfile: [keep, drop] } });
    const inOpen = service.addDirectoryPersonToPlan({ planId: open, directoryPersonId: sam.id });
    const inDelivered = service.addDirectoryPersonToPlan({ planId: delivered, directoryPersonId: sam.id });
    service.updatePlan({ planId: delivered, patch: { status: 'delivered' } });
    // What is about this workshop: an arrangement, a need for this venue only, a fee.
    const arranged = { ...EMPTY_ARRANGEMENT, how: 'Venue loop tested', status: 'arranged' as const };
    const venueOnly = { id: needId(), type: 'parking' as const, detail: 'Space by the door', arrangement: EMPTY_ARRANGEMENT };
    service.updatePerson({
      planId: open,
      personId: inOpen.id,
      patch: { coPlans: true, accessNeeds: [{ ...inOpen.accessNeeds[0]!, arrangement: arranged }, inOpen.accessNeeds[1]!, venueOnly] },
    });
    const beforeDelivered = service.getPlan({ planId: delivered });

    const added = { id: needId(), type: 'large_print' as const, detail: '' };
    const result = service.updateDirectoryPerson({
      directoryPersonId: sam.id,
      patch: { email: 'sam@example.org', packFormat: 'large_print', accessProfile: [{ ...keep, detail: 'A hearing loop, please' }, added] },
    });
    expect(result).toMatchObject({ plansUpdated: 1, plansKept: 1, person: { email: 'sam@example.org' } });

    const now = service.getPlan({ planId: open }).people[0]!;
    expect(now).toMatchObject({ email: 'sam@example.org', packFormat: 'large_print', coPlans: true });
    expect(now.accessNeeds).toEqual([
      { ...keep, detail: 'A hearing loop, please', arrangement: arranged },
      venueOnly,
      { ...added, arrangement: EMPTY_ARRANGEMENT },
    ]);
    expect(service.getPlan({ planId: delivered })).toEqual(beforeDelivered);
    expect(service.getPlan({ planId: delivered }).people[0]).toEqual(inDelivered);
  });

  it('withdrawing consent anywhere lets their needs go everywhere still open', () => {
    const { service, plan } = store();
    const [a, b] = [plan('A'), plan('B')];
    const need = { id: needId(), type: 'quiet_room' as const, detail: 'A quiet room' };
    const zoe = service.createDirectoryPerson({ person: { name: 'Zoe', consent: CONSENTED, accessProfile: [need] } });
    const inA = service.addDirectoryPersonToPlan({ planId: a, directoryPersonId: zoe.id });
    service.addDirectoryPersonToPlan({ planId: b, directoryPersonId: zoe.id });
    service.updatePerson({ planId: a, personId: inA.id, patch: { consent: { store: false, share: false, recordedOn: '2027-03-01' } } });
    expect(service.getDirectoryPerson({ directoryPersonId: zoe.id }).person).toMatchObject({ accessProfile: [], consent: { store: false } });
    expect(service.getPlan({ planId: b }).people[0]).toMatchObject({ accessNeeds: [], consent: { store: false } });
    // And from the profile: none kept in plans once it is withdrawn there.
    service.updateDirectoryPerson({ directoryPersonId: zoe.id, patch: { consent: CONSENTED, accessProfile: [need] } });
    expect(service.getPlan({ planId: b }).people[0]!.accessNeeds).toHaveLength(1);
    service.updateDirectoryPerson({ directoryPersonId: zoe.id, patch: { consent: { ...CONSENTED, store: false } } });
    expect(service.getPlan({ planId: b }).people[0]!.accessNeeds).toEqual([]);
  });

  it('refuses bad input kindly and changes nothing', () => {
    const { service, dispatch, plan, snapshot } = store();
    const planId = plan('Panel');
    const rhian = service.createDirectoryPerson({ person: { name: 'Rhian' } });
    service.addDirectoryPersonToPlan({ planId, directoryPersonId: rhian.id });
    const before = snapshot();
    const needs = [{ id: needId(), type: 'breaks' as const, detail: '' }];
    expect(
      caught(() => service.updateDirectoryPerson({ directoryPersonId: rhian.id, patch: { email: 'a@b.org', accessProfile: needs } })).fields,
    ).toEqual({
      'patch.accessProfile': expect.stringMatching(/agreed we may store them/),
    });
    expect(dispatch('updateDirectoryPerson', { directoryPersonId: rhian.id, patch: { email: 'not an email' } })).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/doesn’t look like an email address yet/) },
    });
    expect(dispatch('createDirectoryPerson', { person: { name: '   ' } })).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(dispatch('mergeDirectoryPeople', { directoryPersonId: rhian.id, duplicateId: rhian.id })).toMatchObject({
      ok: false,
      error: { message: 'Choose two different people to merge.' },
    });
    expect(caught(() => service.deleteDirectoryPerson({ directoryPersonId: rhian.id })).message).toMatch(/Rhian is still in a plan/);
    expect(caught(() => service.getDirectoryPerson({ directoryPersonId: planId })).code).toBe('not_found');
    expect(snapshot()).toEqual(before);
  });

  it('offers likely duplicates (same name and email or phone) and merges two in one step, saying what was combined', () => {
    const { service, plan } = store();
    const [first, second, third] = [plan('Spring', '2027-03-01'), plan('Summer', '2027-06-01'), plan('Autumn', '2027-09-01')];
    service.addPerson({ planId: first, person: { name: 'Amara Okafor', role: 'carer', email: 'amara@example.org', pronouns: 'she/her' } });
    service.addPerson({
      planId: second,
      person: {
        name: 'amara okafor',
        role: 'public_contributor',
        email: 'AMARA@example.org',
        phone: '07700 900123',
        consent: { store: true, share: false, recordedOn: '2027-05-01' },
        accessNeeds: [{ id: needId(), type: 'step_free', detail: 'I use a wheelchair', arrangement: EMPTY_ARRANGEMENT }],
      },
    });
    // The same phone, written another way, and the same name: one person again.
    service.addPerson({ planId: third, person: { name: 'Amara Okafor', role: 'carer', phone: '+44 7700 900123' } });
    // The same name with nothing in common to reach them by, and a different person with the same email: not offered.
    service.addPerson({ planId: third, person: { name: 'Amara Okafor', role: 'carer' } });
    service.addPerson({ planId: third, person: { name: 'Kofi Okafor', role: 'carer', email: 'amara@example.org' } });
    service.updatePlan({ planId: first, patch: { status: 'delivered' } });

    const groups = service.listDuplicates(undefined);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.map((e) => e.planCount)).toEqual([1, 1, 1]);
    const [a, b, c] = groups[0]!;
    // Nothing is merged by itself: five entries still.
    expect(service.listDirectory(undefined)).toHaveLength(5);

    const merged = service.mergeDirectoryPeople({ directoryPersonId: a!.id, duplicateId: b!.id });
    // The fuller profile (consent and a need recorded) is the one kept, with what only the other held.
    expect(merged.person.id).toBe(b!.id);
    expect(merged.removedId).toBe(a!.id);
    expect(merged.person).toMatchObject({ pronouns: 'she/her', roles: ['public_contributor', 'carer'], phone: '07700 900123' });
    expect(merged.combined).toEqual(['pronouns from the other entry', 'one more role']);
    expect(merged.plansRelinked).toBe(1);
    expect(service.getDirectoryPerson({ directoryPersonId: b!.id }).plans.map((p) => p.title)).toEqual(['Summer', 'Spring']);
    expect(caught(() => service.getDirectoryPerson({ directoryPersonId: a!.id })).code).toBe('not_found');
    // The delivered plan keeps the day as it was; the open one takes the merged profile.
    expect(service.getPlan({ planId: first }).people[0]).toMatchObject({ name: 'Amara Okafor', accessNeeds: [] });
    expect(service.getPlan({ planId: second }).people[0]).toMatchObject({ pronouns: 'she/her' });

    service.mergeDirectoryPeople({ directoryPersonId: c!.id, duplicateId: b!.id });
    expect(service.listDuplicates(undefined)).toEqual([]);
    expect(service.listDirectory(undefined)).toHaveLength(3);
  });

  it('finds people by name, known-as name, organisation or email, and sorts by name, last involved or date added', () => {
    const { service, plan, advance } = store();
    const made = (name: string, fields: Record<string, string> = {}) => {
      advance(60_000);
      return service.createDirectoryPerson({ person: { name, ...fields } });
    };
    const zara = made('Zara Ali', { knownAs: 'Zee', organisation: 'Carers Together' });
    const ben = made('Ben Cole', { email: 'ben@together.org' });
    const cat = made('Cat Dunn');
    service.addDirectoryPersonToPlan({ planId: plan('Old', '2026-01-01'), directoryPersonId: zara.id });
    service.addDirectoryPersonToPlan({ planId: plan('New', '2027-01-01'), directoryPersonId: cat.id });
    const names = (input: Parameters<typeof service.listDirectory>[0]) => service.listDirectory(input).map((e) => e.name);
    expect(names(undefined)).toEqual(['Ben Cole', 'Cat Dunn', 'Zara Ali']);
    expect(names({ search: 'together' })).toEqual(['Ben Cole', 'Zara Ali']);
    expect(names({ search: 'zee' })).toEqual(['Zara Ali']);
    expect(names({ search: 'ZARA carers' })).toEqual(['Zara Ali']);
    expect(names({ sort: 'last_involved' })).toEqual(['Cat Dunn', 'Zara Ali', 'Ben Cole']);
    expect(names({ sort: 'added' })).toEqual(['Cat Dunn', 'Ben Cole', 'Zara Ali']);
    expect(ben.createdAt < cat.createdAt).toBe(true);
  });

  it('keeps the links when a plan is copied or its deletion undone, and lets go when its personal data is cleared', () => {
    const { service, plan } = store();
    const planId = plan('Panel');
    service.addPerson({ planId, person: { name: 'Ola', role: 'carer' } });
    const copy = service.duplicatePlan({ planId });
    const [entry] = service.listDirectory(undefined);
    expect(service.listDirectory(undefined)).toHaveLength(1);
    expect(entry!.planCount).toBe(2);
    service.deletePlan({ planId: copy.id });
    expect(service.listDirectory(undefined)[0]!.planCount).toBe(1);
    service.restorePlan({ planId: copy.id });
    expect(service.listDirectory(undefined)[0]!.planCount).toBe(2);
    service.updatePlan({ planId, patch: { status: 'delivered' } });
    service.clearPersonalData({ planId });
    expect(service.getDirectoryPerson({ directoryPersonId: entry!.id }).plans.map((p) => p.planId)).toEqual([copy.id]);
  });

  it('links someone put back by Undo to the same entry, rather than adding them again', () => {
    const { service, plan } = store();
    const planId = plan('Panel');
    const { id: _id, ...fields } = service.addPerson({ planId, person: { name: 'Ola', role: 'carer' } });
    const person = service.getPlan({ planId }).people[0]!;
    service.deletePerson({ planId, personId: person.id });
    service.addPerson({ planId, person: { ...fields, id: person.id } });
    expect(service.listDirectory(undefined)).toMatchObject([{ name: 'Ola', planCount: 1 }]);
  });

  it('forgetting someone in their only plan removes their entry; someone in other plans keeps it', () => {
    const { service, plan } = store();
    const [a, b] = [plan('A'), plan('B')];
    const once = service.addPerson({ planId: a, person: { name: 'Only Once', role: 'carer' } });
    service.forgetPerson({ planId: a, personId: once.id });
    expect(service.listDirectory({ search: 'Only Once' })).toEqual([]);
    const twice = service.createDirectoryPerson({ person: { name: 'Twice' } });
    const inA = service.addDirectoryPersonToPlan({ planId: a, directoryPersonId: twice.id });
    service.addDirectoryPersonToPlan({ planId: b, directoryPersonId: twice.id });
    service.forgetPerson({ planId: a, personId: inA.id });
    expect(service.listDirectory({ search: 'Twice' })).toMatchObject([{ planCount: 1 }]);
  });

  it('links an imported plan’s people to the directory only on an exact match, and asks about a likely one', async () => {
    const { service, plan } = store();
    const planId = plan('Shared plan');
    service.addPerson({ planId, person: { name: 'Amara Okafor', role: 'carer', email: 'amara@example.org' } });
    service.addPerson({ planId, person: { name: 'Sam', role: 'researcher', email: 'sam@example.org' } });
    const file = service.exportPlanFile({ planId, includePersonal: true }).text;
    // On this computer Sam's email has since changed: maybe the same Sam, so the facilitator is asked.
    const sam = service.listDirectory({ search: 'Sam' })[0]!;
    service.updateDirectoryPerson({ directoryPersonId: sam.id, patch: { email: 'sam@new.example.org' } });

    const imported = await service.importPlanFile({ base64: Buffer.from(file).toString('base64'), asCopy: true });
    if (imported.status !== 'imported') throw new Error('not imported');
    expect(imported.askAbout.map((q) => [q.name, q.candidates.map((c) => c.directoryPersonId)])).toEqual([['Sam', [sam.id]]]);
    service.answerImportMatch({ planId: imported.plan.id, personId: imported.askAbout[0]!.personId, directoryPersonId: null });
    const names = service.listDirectory(undefined).map((e) => [e.name, e.planCount]);
    expect(names).toEqual([
      ['Amara Okafor', 2],
      ['Sam', 1],
      ['Sam', 1],
    ]);
    // A file without people's details adds nobody to the directory.
    const anonymous = service.exportPlanFile({ planId, includePersonal: false }).text;
    service.importPlanFile({ base64: Buffer.from(anonymous).toString('base64'), asCopy: true });
    expect(service.listDirectory(undefined)).toHaveLength(3);
  });
});
