import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../plan';
import { makeNeed, makePerson } from '../../testing/testPlan';
import { facilitatorPack } from './facilitator';
import { renderOptionsFor, withOrganiser } from './packSettings';
import { samplePackPlan } from '../../testing/packContent';

const kept = { store: true, share: false, recordedOn: '2027-03-01' };

describe('withOrganiser', () => {
  const doc = facilitatorPack(samplePackPlan(), 'standard');

  it('puts the organisation on the cover, tidied, and nothing when it is empty', () => {
    expect(withOrganiser(doc, { organisationName: '  Leeds   Health\nResearch ' }).organiser).toBe('Leeds Health Research');
    expect(withOrganiser(doc, { organisationName: '   ' })).toBe(doc);
    expect(withOrganiser(doc, DEFAULT_SETTINGS).organiser).toBeUndefined();
  });
});

describe('renderOptionsFor', () => {
  const asks = makePerson('Ada', 'public_contributor', { consent: kept, accessNeeds: [makeNeed('coloured_paper')] });
  const other = makePerson('Bo', 'public_contributor', { consent: kept, accessNeeds: [makeNeed('large_print')] });

  it('prints a dyslexia-friendly pack on cream when its reader asks for cream or coloured paper', () => {
    expect(renderOptionsFor({ format: 'dyslexia' }, asks, DEFAULT_SETTINGS)).toEqual({ cream: true });
    expect(renderOptionsFor({ format: 'dyslexia' }, other, DEFAULT_SETTINGS)).toEqual({});
    expect(renderOptionsFor({ format: 'dyslexia' }, undefined, DEFAULT_SETTINGS)).toEqual({});
  });

  it('prints every dyslexia-friendly pack on cream when the settings say so', () => {
    expect(renderOptionsFor({ format: 'dyslexia' }, other, { creamPaper: true })).toEqual({ cream: true });
    expect(renderOptionsFor({ format: 'dyslexia' }, undefined, { creamPaper: true })).toEqual({ cream: true });
  });

  it('keeps the white page of the formats that have no cream, and ignores needs kept without consent', () => {
    expect(renderOptionsFor({ format: 'large_print' }, asks, { creamPaper: true })).toEqual({});
    expect(
      renderOptionsFor({ format: 'dyslexia' }, { ...asks, consent: { store: false, share: false, recordedOn: null } }, DEFAULT_SETTINGS),
    ).toEqual({});
  });
});
