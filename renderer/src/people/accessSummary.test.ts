import { describe, expect, it } from 'vitest';
import { EMPTY_ARRANGEMENT, type AccessNeed, type ArrangementStatus, type NeedTypeId } from '../../../main/domain/access';
import { formatInSentence, needsSummary, packFormatsAskedFor } from './accessSummary';

const need = (type: NeedTypeId, status: ArrangementStatus = 'to_arrange'): AccessNeed => ({
  id: crypto.randomUUID(),
  type,
  detail: '',
  arrangement: { ...EMPTY_ARRANGEMENT, status },
});

describe('needsSummary', () => {
  it('says nothing when there are no needs', () => {
    expect(needsSummary([])).toBeNull();
  });
  it('counts what is arranged, and what cannot be met', () => {
    expect(needsSummary([need('step_free', 'arranged'), need('breaks'), need('quiet_room', 'arranged')])).toBe('2 of 3 arranged');
    expect(needsSummary([need('step_free', 'cannot_meet'), need('breaks')])).toBe('0 of 2 arranged · 1 cannot be met');
  });
});

describe('packFormatsAskedFor', () => {
  it('lists the formats their needs ask for that the pack is not in yet, once each', () => {
    const needs = [need('breaks'), need('large_print'), need('easy_read'), need('large_print')];
    expect(packFormatsAskedFor(needs, 'standard')).toEqual(['large_print', 'easy_read']);
    expect(packFormatsAskedFor(needs, 'large_print')).toEqual(['easy_read']);
    expect(packFormatsAskedFor([need('breaks')], 'standard')).toEqual([]);
  });
  it('names formats as they read in a sentence', () => {
    expect(formatInSentence('large_print')).toBe('large print');
    expect(formatInSentence('easy_read')).toBe('Easy Read');
  });
});
