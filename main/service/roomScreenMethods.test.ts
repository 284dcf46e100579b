/**
 * The room screen's read through the one dispatch: it follows the day as the facilitator runs it,
 * and nothing personal in the plan ever reaches it.
 */
import { describe, expect, it } from 'vitest';
import { openTestStore } from '../testing/tempStore';

const T0 = Date.UTC(2027, 2, 12, 10, 0);

describe('getRoomScreen', () => {
  it('follows the facilitator’s controls and carries no one’s name, contact or needs', () => {
    const { service, dispatch } = openTestStore();
    const plan = service.createPlan({ details: { title: 'Carers’ day', startTime: '10:00', endTime: '12:00' } });
    service.addPerson({ planId: plan.id, person: { name: 'Zara Okafor', role: 'carer', email: 'zara@example.org', phone: '07700 900123' } });
    const welcome = service.addBlock({ planId: plan.id, block: { kind: 'welcome', title: 'Welcome', facilitatorNotes: 'Zara arrives early' } });
    const story = service.addBlock({ planId: plan.id, block: { kind: 'presentation', title: 'Zara’s story' } });

    const before = service.getRoomScreen({ planId: plan.id });
    expect(before.log.events).toEqual([]);
    expect(before.plan.blocks.map((b) => b.title)).toEqual(['Welcome', 'Presentation']);

    service.runDay({ planId: plan.id, step: 'start_day', at: T0 });
    service.runDay({ planId: plan.id, step: 'next', at: T0 + 10 * 60_000 });
    const res = dispatch('getRoomScreen', { planId: plan.id });
    if (res instanceof Promise || !res.ok) throw new Error('getRoomScreen failed');
    const feed = res.value as ReturnType<typeof service.getRoomScreen>;
    expect(feed.log.events.map((e) => e.action.kind)).toEqual(['start_day', 'next']);
    expect(feed.plan.blocks.map((b) => b.id)).toEqual([welcome.id, story.id]);
    const json = JSON.stringify(feed);
    for (const personal of ['Zara', 'zara@example.org', '07700', 'arrives early']) expect(json).not.toContain(personal);
  });

  it('says kindly when the plan is not there, and changes nothing', () => {
    const { dispatch } = openTestStore();
    const res = dispatch('getRoomScreen', { planId: '00000000-0000-4000-8000-000000000000' });
    if (res instanceof Promise) throw new Error('answered with a promise');
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.error.message).toMatch(/couldn't find that plan/);
  });
});
