import { describe, expect, it } from 'vitest';
import { makeNeed, makePerson } from '../review/testPlan';
import { participantContact } from './packContact';
import { takesPart } from './takingPart';

describe('takesPart', () => {
  const inRoom = makePerson('Ada', 'public_contributor');
  const remote = makePerson('Bo', 'public_contributor', { joinsOnline: true });
  const phone = makePerson('Cy', 'carer', { joinsOnline: true, consent: { store: true, share: false, recordedOn: '2027-03-01' }, accessNeeds: [makeNeed('phone_dial_in')] });

  it('follows the plan: in person is the room for everyone, online is online for everyone', () => {
    expect([inRoom, remote, phone].map((p) => takesPart({ format: 'in_person' }, p))).toEqual(['room', 'room', 'room']);
    expect([inRoom, remote, phone].map((p) => takesPart({ format: 'online' }, p))).toEqual(['online', 'online', 'phone']);
    expect([inRoom, remote, phone].map((p) => takesPart({ format: 'hybrid' }, p))).toEqual(['room', 'online', 'phone']);
  });

  it('does not read a phone need kept without consent', () => {
    expect(takesPart({ format: 'online' }, { ...phone, consent: { store: false, share: false, recordedOn: null } })).toBe('online');
  });
});

describe('participantContact', () => {
  it('is the first facilitator with contact details, or nobody', () => {
    const quiet = makePerson('Dee', 'facilitator');
    const sam = makePerson('Sam', 'facilitator', { contact: '0113 496 0000' });
    const researcher = makePerson('Rae', 'researcher', { contact: 'rae@example.org' });
    expect(participantContact({ people: [researcher, quiet, sam] })?.name).toBe('Sam');
    expect(participantContact({ people: [researcher, quiet] })).toBeNull();
  });
});
