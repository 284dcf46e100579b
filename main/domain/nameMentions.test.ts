import { describe, expect, it } from 'vitest';
import { excerptNaming, namesAppearIn, namesOf, partWithText, placesNaming, textAt, withNamesReplaced, type TextPlace } from './nameMentions';
import type { DayNote } from './runDay/notes';
import { goodPlan, personNamed, withBlocks, withPerson } from '../testing/testPlan';

/** The good plan with Joe (known as Joey) written into free text all over it, and once in a longer name. */
function planNamingJoe() {
  let plan = withPerson(goodPlan(), 'Joe', { knownAs: 'Joey', contact: 'Ring joe on his mobile' });
  plan = withBlocks(plan, (block, i) =>
    i === 0 ? { ...block, facilitatorNotes: 'Ask JOE to say hello first.' } : i === 1 ? { ...block, description: 'Joanna and Jones start.' } : block,
  );
  const amara = personNamed(plan, 'Amara');
  plan.people = plan.people.map((p) => (p.id === amara.id ? { ...p, payment: { ...p.payment, notes: 'Same bank as Joey’s sister' } } : p));
  plan.setAsides = [{ findingId: 'payment-missing:x', reason: 'Joe said he would rather not', setAt: '2027-03-02T10:00:00.000Z' }];
  plan.changes = [{ id: 'c0ffee00-0000-4000-8000-000000000001', youSaid: 'Longer breaks', weDid: 'Joey chose the times' }];
  plan.debrief = { ...plan.debrief, reflections: 'Thanks to joe and Priya.' };
  plan.purpose = 'Hear from carers like Joe';
  return { plan, joe: personNamed(plan, 'Joe'), amara };
}

describe('names in free text', () => {
  it('knows a person by their name and the name they like to be called, each once', () => {
    expect(namesOf({ name: ' Joe ', knownAs: 'Joey' })).toEqual(['Joe', 'Joey']);
    expect(namesOf({ name: 'Joe', knownAs: '' })).toEqual(['Joe']);
    expect(namesOf({ name: 'Joe', knownAs: 'Joe' })).toEqual(['Joe']);
  });

  it('finds whole words only, in any case, and never inside a longer name', () => {
    expect(namesAppearIn('Ask JOE first', ['Joe'])).toBe(true);
    expect(namesAppearIn('Joe’s idea', ['Joe'])).toBe(true);
    expect(namesAppearIn('Joanna, Jones and Joel', ['Joe'])).toBe(false);
    expect(namesAppearIn('Zoë spoke', ['zoë'])).toBe(true);
    expect(namesAppearIn('Chloë spoke', ['Zoë'])).toBe(false);
    expect(namesAppearIn('anything', ['  '])).toBe(false);
    expect(namesAppearIn('abc', ['a.c'])).toBe(false); // regex characters are just characters
    expect(namesAppearIn('Ask a.c first', ['a.c'])).toBe(true);
    expect(namesAppearIn('Mary  Ann said', ['Mary Ann'])).toBe(true);
  });

  it('puts “a participant” in each name’s place, capitalised where a sentence starts', () => {
    expect(withNamesReplaced('Joe said yes. Thanks to joe and Joey.', ['Joe', 'Joey'])).toBe(
      'A participant said yes. Thanks to a participant and a participant.',
    );
    expect(withNamesReplaced('Joe Bloggs and Joe', ['Joe', 'Joe Bloggs'])).toBe('A participant and a participant');
    expect(withNamesReplaced('Joanna stays', ['Joe'])).toBe('Joanna stays');
    expect(withNamesReplaced('Line one\nJoe next', ['Joe'])).toBe('Line one\nA participant next');
  });

  it('lists every free-text place that names them, in the order the plan shows them, and not their own fields', () => {
    const { plan, joe, amara } = planNamingJoe();
    const found = placesNaming(plan, [], namesOf(joe), [joe.id]);
    expect(found.map((m) => m.where)).toEqual([
      'What the session is for',
      'Agenda, “Welcome”: notes for facilitators',
      'Amara’s payment notes',
      'Why a review suggestion was set aside',
      'You said, we did, line 1: “We did”',
      'What happened: Reflections',
    ]);
    expect(found.map((m) => m.place)).toContainEqual({ in: 'person', personId: amara.id, field: 'paymentNotes' });
    expect(new Set(found.map((m) => m.key)).size).toBe(found.length);
    // With their own fields: Joe's contact names him too.
    expect(placesNaming(plan, [], namesOf(joe)).map((m) => m.where)).toContain('Joe’s contact details');
    expect(placesNaming(plan, [], ['Nobody'])).toEqual([]);
    expect(placesNaming(plan, [], [])).toEqual([]);
  });

  it('reads and rewrites exactly one place, and knows when a place has gone', () => {
    const { plan } = planNamingJoe();
    const welcome: TextPlace = { in: 'block', blockId: plan.blocks[0]!.id, field: 'facilitatorNotes' };
    expect(textAt(plan, [], welcome)).toBe('Ask JOE to say hello first.');
    expect(partWithText(plan, [], welcome, 'Ask a participant')).toEqual({
      in: 'block',
      block: { ...plan.blocks[0]!, facilitatorNotes: 'Ask a participant' },
    });
    const line: TextPlace = { in: 'change', changeId: plan.changes[0]!.id, field: 'weDid' };
    expect(partWithText(plan, [], line, 'x')).toEqual({ in: 'change', changes: [{ ...plan.changes[0]!, weDid: 'x' }] });
    const gone: TextPlace = { in: 'block', blockId: 'c0ffee00-0000-4000-8000-0000000000ff', field: 'title' };
    expect(textAt(plan, [], gone)).toBeUndefined();
    expect(partWithText(plan, [], gone, 'x')).toBeUndefined();
    expect(partWithText(plan, [], { in: 'setAside', findingId: 'nope:1' }, 'x')).toBeUndefined();
  });

  describe('notes on the day', () => {
    const firstRun = 'c0ffee00-0000-4000-8000-00000000a001';
    const secondRun = 'c0ffee00-0000-4000-8000-00000000a002';
    const goneBlock = 'c0ffee00-0000-4000-8000-0000000000ee';
    /** Two days' notes: one naming Joe in each half, one that does not, one on a block since deleted. */
    function notesNamingJoe(blockIds: readonly string[]): DayNote[] {
      const note = (runId: string, blockId: string, heard: string, willDo: string): DayNote => ({ runId, blockId, heard, willDo, updatedAt: 1 });
      return [
        note(firstRun, blockIds[1]!, 'Joey wants shorter slides', 'Cut the slides'),
        note(secondRun, blockIds[0]!, 'Nothing new', 'Ring joe about the lift'),
        note(secondRun, blockIds[1]!, 'Joanna liked it', ''),
        note(secondRun, goneBlock, 'Joe left early', ''),
      ];
    }

    it('lists each half of each note that names them, on every day, even when the block has gone', () => {
      const { plan, joe } = planNamingJoe();
      const notes = notesNamingJoe(plan.blocks.map((b) => b.id));
      const found = placesNaming(plan, notes, namesOf(joe), [joe.id]).filter((m) => m.place.in === 'runNote');
      expect(found.map((m) => [m.where, m.text])).toEqual([
        [`Notes on the day: “${plan.blocks[1]!.title}”, what we heard`, 'Joey wants shorter slides'],
        ['Notes on the day: “Welcome”, what we will do', 'Ring joe about the lift'],
        ['Notes on the day: an item no longer on the agenda, what we heard', 'Joe left early'],
      ]);
      expect(found[1]!.place).toEqual({ in: 'runNote', runId: secondRun, blockId: plan.blocks[0]!.id, field: 'willDo' });
      const keys = placesNaming(plan, notes, namesOf(joe)).map((m) => m.key);
      expect(new Set(keys).size).toBe(keys.length);
      // Without the notes passed in, none of them is listed: the plan itself does not hold them.
      expect(placesNaming(plan, [], namesOf(joe)).some((m) => m.place.in === 'runNote')).toBe(false);
    });

    it('reads and rewrites one half of one day’s note, and knows when a note has gone', () => {
      const { plan } = planNamingJoe();
      const notes = notesNamingJoe(plan.blocks.map((b) => b.id));
      const place: TextPlace = { in: 'runNote', runId: secondRun, blockId: plan.blocks[0]!.id, field: 'willDo' };
      expect(textAt(plan, notes, place)).toBe('Ring joe about the lift');
      expect(partWithText(plan, notes, place, 'Ring a participant about the lift')).toEqual({
        in: 'runNote',
        runId: secondRun,
        note: { blockId: plan.blocks[0]!.id, heard: 'Nothing new', willDo: 'Ring a participant about the lift', updatedAt: 1 },
      });
      // The same block on the other day is another note.
      const otherDay: TextPlace = { ...place, runId: firstRun };
      expect(textAt(plan, notes, otherDay)).toBeUndefined();
      expect(partWithText(plan, notes, otherDay, 'x')).toBeUndefined();
    });
  });
});

describe('an extract of a place, with the names marked', () => {
  it('marks each name and keeps the rest as it is written', () => {
    expect(excerptNaming('Thanks to joe and Priya.', ['Joe'])).toEqual([
      { text: 'Thanks to ', isName: false },
      { text: 'joe', isName: true },
      { text: ' and Priya.', isName: false },
    ]);
  });

  it('cuts long text around the first name, saying where it was cut', () => {
    const long = `${'a'.repeat(300)} Joe ${'b'.repeat(300)}`;
    const spans = excerptNaming(long, ['Joe'], 100);
    const joined = spans.map((s) => s.text).join('');
    expect(joined.startsWith('…')).toBe(true);
    expect(joined.endsWith('…')).toBe(true);
    expect(joined.length).toBeLessThanOrEqual(102);
    expect(spans.filter((s) => s.isName).map((s) => s.text)).toEqual(['Joe']);
  });
});
