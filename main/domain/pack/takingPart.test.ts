import { describe, expect, it } from 'vitest';
import { makePerson } from '../../testing/testPlan';
import { participantContact } from './contact';
import { TAKES_PART_LABELS, takesPart } from './takingPart';

describe('takesPart, as the facilitator pack words it', () => {
  const inRoom = makePerson('Ada', 'public_contributor');
  const remote = makePerson('Bo', 'public_contributor', { takesPart: 'online' });
  const phone = makePerson('Cy', 'carer', { takesPart: 'phone' });

  it('follows the plan: in person is the room for everyone; online keeps the phone joiner on the phone', () => {
    expect([inRoom, remote, phone].map((p) => takesPart({ format: 'in_person' }, p))).toEqual(['in_room', 'in_room', 'in_room']);
    expect([inRoom, remote, phone].map((p) => takesPart({ format: 'online' }, p))).toEqual(['online', 'online', 'phone']);
    expect([inRoom, remote, phone].map((p) => takesPart({ format: 'hybrid' }, p))).toEqual(['in_room', 'online', 'phone']);
    expect(TAKES_PART_LABELS[takesPart({ format: 'hybrid' }, phone)]).toBe('By phone');
  });
});

describe('participantContact', () => {
  it('is the chosen contact, else the first facilitator with an email or phone, or nobody', () => {
    const quiet = makePerson('Dee', 'facilitator');
    const sam = makePerson('Sam', 'facilitator', { phone: '0113 496 0000' });
    const kim = makePerson('Kim', 'facilitator', { email: 'kim@example.org' });
    const researcher = makePerson('Rae', 'researcher', { email: 'rae@example.org' });
    expect(participantContact({ people: [researcher, quiet, sam, kim], contactPersonId: null })?.name).toBe('Sam');
    expect(participantContact({ people: [researcher, quiet, sam, kim], contactPersonId: kim.id })?.name).toBe('Kim');
    expect(participantContact({ people: [quiet], contactPersonId: null })).toBeNull();
  });
});
