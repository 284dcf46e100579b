/**
 * A pack for each person, read back from the Word files: each person's pack tells them their own
 * facts (their arrangement, how they join, their part, the contact to ring) and nobody else's.
 * The plan: a hybrid workshop with a wheelchair user whose ramp is arranged, a carer joining by
 * phone, an Easy Read reader coming with a supporter, and a contributor who co-chairs.
 */
import { readFile } from 'node:fs/promises';
import { unzipSync } from 'fflate';
import { checkDocx } from '../../main/testing/docxRules';
import type { PackFormat } from '../../main/domain/access';
import { expect, expectNoAxeViolations, test } from '../fixtures/app';

const CONSENT = { store: true, share: false, recordedOn: '2027-03-01' };
const arranged = (how: string) => ({ how, owner: 'Sam', dueDate: null, status: 'arranged', personTold: true });

test('one pack per person: each tells its reader their own facts, and never anyone else’s', async ({ page, app }) => {
  test.slow();
  const call = async <T>(method: string, input: unknown): Promise<T> => {
    const res = await app.bridge.kindred.dispatch(method as never, input as never);
    if (!res.ok) throw new Error(res.error.message);
    return res.value as T;
  };
  const plan = await call<{ id: string }>('createPlan', {
    details: {
      title: 'Letters that work',
      format: 'hybrid',
      date: '2027-05-12',
      startTime: '10:00',
      venueName: 'Riverside Hall',
      venueAddress: '12 Mill Lane, Leeds LS1 4AB',
    },
  });
  const planId = plan.id;
  const add = (person: Record<string, unknown>) => call<{ id: string }>('addPerson', { planId, person });
  const sam = await add({ name: 'Sam Okoro', role: 'facilitator', phone: '0113 496 0000', email: 'sam@example.org' });
  await add({
    name: 'Wren Hale',
    role: 'public_contributor',
    consent: CONSENT,
    accessNeeds: [
      {
        id: '0a000000-0000-4000-8000-000000000001',
        type: 'wheelchair_space',
        detail: '',
        arrangement: arranged('We have booked a ramp at the back door for you.'),
      },
    ],
  });
  await add({ name: 'Pip Rowe', role: 'carer', takesPart: 'phone' });
  await add({
    name: 'Ezra Bell',
    role: 'public_contributor',
    packFormat: 'easy_read',
    consent: CONSENT,
    accessNeeds: [{ id: '0a000000-0000-4000-8000-000000000002', type: 'supporter', detail: '', arrangement: arranged('Kim can come with you.') }],
  });
  await add({ name: 'Coretta Lane', knownAs: 'Cora', role: 'public_contributor', coFacilitates: true });
  await call('updatePlan', {
    planId,
    patch: { contactPersonId: sam.id, dialInNumber: '029 2074 7747', dialInHow: 'Type 845 221, then press hash.' },
  });

  await page.goto(`${app.url}#/plan/${planId}/packs`);
  await expect(page.getByRole('heading', { name: 'Packs', level: 2 })).toBeVisible();
  await page.getByRole('button', { name: 'Make a pack for each person…' }).click();
  const dialog = page.getByRole('dialog', { name: 'A pack for each person' });
  await expect(dialog.getByRole('list', { name: 'Who gets a pack' }).getByRole('listitem')).toHaveCount(4);
  await expectNoAxeViolations(page, 'packs, one per person, personal facts');
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Make packs and download them' }).click();
  const zip = unzipSync(new Uint8Array(await readFile(await (await downloading).path())));

  const textFor = (name: string, format: PackFormat) => {
    const entry = Object.entries(zip).find(([file]) => file.endsWith(`– ${name}.docx`));
    if (!entry) throw new Error(`no pack for ${name} in ${Object.keys(zip).join(', ')}`);
    const check = checkDocx(entry[1], format);
    expect(check.problems, name).toEqual([]);
    return check.facts.text;
  };
  const wren = textFor('Wren Hale', 'standard');
  const pip = textFor('Pip Rowe', 'standard');
  const ezra = textFor('Ezra Bell', 'easy_read');
  const cora = textFor('Coretta Lane', 'standard');

  // Everyone: greeted by the name they use, and a named contact with a way to reach them.
  expect(wren).toContain('Dear Wren Hale,');
  expect(cora).toContain('Dear Cora,');
  for (const t of [wren, pip, ezra, cora]) {
    expect(t).toContain('0113 496 0000');
    expect(t).not.toContain('the person who sent you this');
  }

  // The wheelchair user: their ramp, the venue, nothing about ringing in.
  expect(wren).toContain('We have booked a ramp at the back door for you.');
  expect(wren).toContain('12 Mill Lane');
  expect(wren).not.toMatch(/029 2074 7747|co-chair/);

  // The phone joiner: the number and how to join; no venue, no link, no one else's ramp.
  expect(pip).toContain('To join, ring 029 2074 7747.');
  expect(pip).toContain('Type 845 221, then press hash.');
  expect(pip).not.toMatch(/the link|ramp|12 Mill Lane|co-chair|supporter/);

  // The Easy Read reader: their supporter, in easy words and times as people say them.
  expect(ezra).toContain('We have arranged a supporter coming with you. Kim can come with you.');
  expect(ezra).toContain('10 o’clock in the morning');
  expect(ezra).not.toMatch(/ramp|029 2074 7747|co-chair/);

  // The co-chair: their part, with whom.
  expect(cora).toContain('You will co-chair the meeting with Sam Okoro.');
  expect(cora).not.toMatch(/ramp|029 2074 7747|supporter/);
});

test('the plan details say who participants contact and how to join by phone, saved as you go', async ({ page, app }) => {
  const call = async <T>(method: string, input: unknown): Promise<T> => {
    const res = await app.bridge.kindred.dispatch(method as never, input as never);
    if (!res.ok) throw new Error(res.error.message);
    return res.value as T;
  };
  const { id: planId } = await call<{ id: string }>('createPlan', { details: { title: 'Letters that work', format: 'hybrid' } });
  await call('addPerson', { planId, person: { name: 'Sam Okoro', role: 'facilitator', email: 'sam@example.org' } });
  const kit = await call<{ id: string }>('addPerson', { planId, person: { name: 'Kit Shah', role: 'facilitator', phone: '020 7946 0000' } });
  await call('addPerson', { planId, person: { name: 'Ada', role: 'carer', phone: '07700 900123' } });

  await page.goto(`${app.url}#/plan/${planId}/details`);
  const facts = page.getByRole('group', { name: 'What the packs tell people' });
  const contact = facts.getByRole('radiogroup', { name: 'Contact for participants' });
  // Only facilitators with a way to reach them are offered; a carer's own phone is not the project's.
  await expect(contact.getByRole('radio')).toHaveCount(3);
  await expect(contact.getByRole('radio', { name: /first facilitator with contact details \(now Sam Okoro\)/ })).toBeChecked();
  await expect(contact).not.toContainText('Ada');
  await contact.getByText('Kit Shah: 020 7946 0000').click();
  await facts.getByLabel('Number to ring to join by phone').fill('029 2074 7747');
  await facts.getByLabel('How to join by phone').fill('Type 845 221, then press hash.');
  await facts.getByLabel('How to join by phone').blur();
  await expectNoAxeViolations(page, 'plan details, what the packs tell people');

  await expect
    .poll(async () => (await call<{ contactPersonId: string | null; dialInNumber: string }>('getPlan', { planId })).contactPersonId)
    .toBe(kit.id);
  await page.reload();
  await expect(page.getByRole('radiogroup', { name: 'Contact for participants' }).getByRole('radio', { name: /Kit Shah/ })).toBeChecked();
  await expect(page.getByLabel('Number to ring to join by phone')).toHaveValue('029 2074 7747');
});
