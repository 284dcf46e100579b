import { describe, expect, it } from 'vitest';
import { PACK_FORMATS } from '../access';
import { applySetAsides, reviewPlan } from '../review';
import { arranged, goodPlan, makeBlock, makeNeed, personNamed, withNeeds } from '../../testing/testPlan';
import { allTexts, findSection, samplePackPlan, topHeadings, walkSections } from '../../testing/packContent';
import { facilitatorPack } from './facilitator';
import type { PackBlock } from './model';
import { checkDocx } from '../../testing/docxRules';
import { inlineText } from './packText';
import { NO_ASSETS, renderPack } from './render';

function table(blocks: readonly PackBlock[]) {
  const t = blocks.find((b) => b.type === 'table');
  if (t?.type !== 'table') throw new Error('no table');
  return t;
}

describe('facilitator pack', () => {
  it('has a run sheet with clock times, who leads, materials and notes', () => {
    const plan = goodPlan();
    plan.blocks[3] = { ...plan.blocks[3]!, materials: 'Flipchart, thick pens', facilitatorNotes: 'Start from last time’s agreement.' };
    const doc = facilitatorPack(plan, 'standard');
    expect(doc.kind).toBe('facilitator');
    expect(doc.titleLines).toEqual(['Facilitator pack', 'Wednesday 12 May 2027', '10:00 to 14:30', 'Riverside Community Hall']);
    const sheet = table(findSection(doc, 'Run sheet')!.blocks);
    expect(sheet.header).toEqual(['Time', 'Block', 'Who leads', 'Materials', 'Notes']);
    expect(sheet.rows[0]![0]).toBe('10:00 to 10:10');
    expect(inlineText(sheet.rows[0]![1]!)).toBe('Welcome (welcome, 10 min)');
    expect(sheet.rows[0]![2]).toBe('Amara');
    expect(sheet.rows[3]![3]).toBe('Flipchart, thick pens');
    expect(sheet.rows[3]![4]).toBe('Start from last time’s agreement.');
    const decision = sheet.rows.find((r) => inlineText(r[1]!).startsWith('Choosing together'))!;
    expect(decision[4]).toContain('Who decides: everyone in the room.');
    const lunch = sheet.rows.find((r) => inlineText(r[1]!).startsWith('Lunch'))!;
    expect(lunch[0]).toBe('12:30 to 13:15');
    expect(sheet.rows.at(-1)!.slice(0, 2)).toEqual(['14:30', [{ text: 'Finish', bold: true }]]);
    expect(sheet.rows.at(-1)![4]).toBe(
      'The last block ends at 14:30, 30 minutes before the intended end of 15:00, so the participant packs say 14:30.',
    );
  });

  it('gives the real end when the agenda runs over, with the intended end and by how much', () => {
    const doc = facilitatorPack(goodPlan({ endTime: '14:29' }), 'standard'); // the agenda runs to 14:30
    expect(doc.titleLines).toContain('10:00 to 14:30');
    const finish = table(findSection(doc, 'Run sheet')!.blocks).rows.at(-1)!;
    expect(finish[0]).toBe('14:30');
    expect(finish[4]).toBe('The agenda runs 1 minute past the intended end of 14:29, so the participant packs say 14:30.');
  });

  it('says nothing beside the finish when the agenda ends right on time or there is no end time', () => {
    const onTime = table(findSection(facilitatorPack(goodPlan({ endTime: '14:30' }), 'standard'), 'Run sheet')!.blocks).rows.at(-1)!;
    expect(onTime[0]).toBe('14:30');
    expect(onTime[4]).toBe('');
    const noEnd = table(findSection(facilitatorPack(goodPlan({ endTime: null }), 'standard'), 'Run sheet')!.blocks).rows.at(-1)!;
    expect(noEnd[0]).toBe('14:30');
    expect(noEnd[4]).toBe('');
  });

  it('shows who plans, runs and leads, naming people', () => {
    const text = allTexts(facilitatorPack(goodPlan(), 'standard'));
    expect(text.some((t) => t.startsWith('Amara (public contributor): plans the workshop, helps run the day and leads'))).toBe(true);
    expect(text.some((t) => t.startsWith('Sam (facilitator): helps run the day and leads'))).toBe(true);
  });

  it('lists access and packs person by person, naming needs only where the person agreed to share them', () => {
    let plan = goodPlan();
    plan = withNeeds(plan, 'Amara', [makeNeed('step_free', arranged({ how: 'Ramp at the side door.' }), 'Uses a wheelchair')]);
    plan = withNeeds(plan, 'Joe', [makeNeed('hearing_loop', { owner: 'The venue', dueDate: '2027-05-01' }, 'SECRET-joe-detail')], {
      store: true,
      share: false,
      recordedOn: '2027-03-01',
    });
    // Needs without consent to keep them should not exist; if some linger, they never appear.
    plan = withNeeds(plan, 'Priya', [makeNeed('quiet_room', {}, 'SECRET-priya-detail')], { store: false, share: false, recordedOn: null });
    plan.people = plan.people.map((p) =>
      p.name === 'Amara'
        ? { ...p, packFormat: 'easy_read' as const, packDelivery: 'post' as const, materialsSentOn: '2027-04-20' }
        : p.name === 'Joe'
          ? { ...p, packFormat: 'large_print' as const }
          : p,
    );
    const doc = facilitatorPack(plan, 'large_print');
    const access = findSection(doc, 'Access and packs, person by person')!;
    // The private page starts on a page of its own.
    expect(access.newPage).toBe(true);
    const byPerson = table(access.blocks);
    expect(byPerson.header).toEqual(['Who', 'Takes part', 'Pack and how it was sent', 'Needs and how we meet them']);
    expect(byPerson.rows.map((r) => r.map(inlineText))).toEqual([
      [
        'Amara',
        'In the room',
        'Easy Read, by post, sent 20 April 2027',
        'Step-free access: Uses a wheelchair – Ramp at the side door. – Sam – Arranged',
      ],
      // Joe did not agree to share: his need is listed apart, and his format (which tells a need) is left out.
      ['Joe', 'In the room', 'by email, not sent yet', 'See below (not named)'],
      ['Priya', 'In the room', 'Standard clear print, by email, not sent yet', 'None recorded'],
      ['Sam', 'In the room', 'Standard clear print, by email, not sent yet', 'None recorded'],
    ]);
    const unnamed = access.blocks.filter((b) => b.type === 'table')[1];
    expect(unnamed?.type === 'table' && unnamed.rows).toEqual([['A hearing loop', '', 'The venue', 'To arrange by 1 May 2027']]);
    expect(JSON.stringify(doc)).not.toMatch(/SECRET/);
    expect(JSON.stringify(access)).not.toContain('Quiet room');
  });

  it('says who joins online or by phone, on the private page and in the attendee list', () => {
    const plan = goodPlan({ format: 'hybrid' });
    plan.people = plan.people.map((p) => (p.name === 'Joe' ? { ...p, takesPart: 'phone' } : p.name === 'Priya' ? { ...p, takesPart: 'online' } : p));
    const doc = facilitatorPack(plan, 'standard');
    const takes = (heading: string, column: number) =>
      Object.fromEntries(table(findSection(doc, heading)!.blocks).rows.map((r) => [inlineText(r[0]!), r[column]]));
    expect(takes('Access and packs, person by person', 1)).toEqual({ Amara: 'In the room', Joe: 'By phone', Priya: 'Online', Sam: 'In the room' });
    expect(takes('Who is coming', 3)).toEqual({ Amara: 'In the room', Joe: 'By phone', Priya: 'Online', Sam: 'In the room' });
    expect(takes('Who is coming', 1)).toEqual({ Amara: 'Public contributor', Joe: 'Carer', Priya: 'Researcher', Sam: 'Facilitator' });
  });

  it('names the contact for participants under the attendee list, or says nobody is named yet', () => {
    const plan = goodPlan();
    plan.people = plan.people.map((p) => (p.name === 'Sam' ? { ...p, email: 'sam@example.org', phone: '0113 496 0000' } : p));
    const nobody = goodPlan();
    nobody.people = nobody.people.map((p) => ({ ...p, email: '', phone: '' }));
    const said = (doc: ReturnType<typeof facilitatorPack>) =>
      findSection(doc, 'Who is coming')!
        .blocks.filter((b) => b.type === 'paragraph')
        .map((b) => (b.type === 'paragraph' ? inlineText(b.text) : ''));
    expect(said(facilitatorPack(plan, 'standard'))).toEqual(['Contact for participants: Sam, sam@example.org, 0113 496 0000.']);
    expect(said(facilitatorPack(nobody, 'standard'))[0]).toMatch(/^Nobody is named yet as the contact for participants/);
  });

  it('prints the run sheet in landscape and numbers the steps of a block with several notes', () => {
    const plan = goodPlan();
    plan.blocks[3] = {
      ...plan.blocks[3]!,
      facilitatorNotes: 'Put the agreement from last time on the wall.\nAsk what to add.\nRead it out together.',
    };
    const doc = facilitatorPack(plan, 'standard');
    const runSheet = findSection(doc, 'Run sheet')!;
    expect(runSheet.landscape).toBe(true);
    expect(table(runSheet.blocks).rows[3]![4]).toBe('Steps: see “Step by step”.');
    const steps = findSection(doc, 'Step by step')!;
    expect(steps.sections!.map((s) => s.heading)).toEqual(['10:45 Our agreement for today']);
    expect(steps.sections![0]!.blocks).toEqual([
      { type: 'numbered', items: ['Put the agreement from last time on the wall.', 'Ask what to add.', 'Read it out together.'] },
    ]);
    // No block with several notes, no steps section.
    expect(topHeadings(facilitatorPack(goodPlan(), 'standard'))).not.toContain('Step by step');
  });

  it('lists the materials and sums up the budget', () => {
    const plan = goodPlan();
    plan.blocks[0] = { ...plan.blocks[0]!, materials: 'Name badges' };
    plan.blocks[5] = { ...plan.blocks[5]!, materials: 'Tea, coffee, water' };
    const doc = facilitatorPack(plan, 'standard');
    const materials = findSection(doc, 'Materials checklist')!.blocks[1]!;
    expect(materials.type === 'checklist' && materials.items.map(inlineText)).toEqual([
      'Name badges (for “Welcome”)',
      'Tea, coffee, water (for “Break”)',
    ]);
    const budget = table(findSection(doc, 'Budget summary')!.blocks);
    expect(budget.header).toEqual(['Who', 'Fee', 'Expenses', 'Total']);
    expect(budget.rows.map((r) => r.map(inlineText))).toEqual([
      ['Amara', '£200', '£0', '£200'],
      ['Joe', '£200', '£40', '£240'],
      ['Total', '£400', '£40', '£440'],
    ]);
  });

  it('asks for payment to be agreed before the person starts, with the pronouns recorded for them', () => {
    const toAgree = (pronouns: string, others = false) => {
      const plan = goodPlan();
      plan.people = plan.people.map((p) =>
        p.name === 'Amara' || (others && p.name === 'Joe') ? { ...p, pronouns, payment: { ...p.payment, status: 'to_agree' as const } } : p,
      );
      return allTexts(facilitatorPack(plan, 'standard')).join(' ');
    };
    expect(toAgree('she/her')).toContain('Payment still to agree with Amara. Agree it before she starts preparing.');
    expect(toAgree('')).toContain('Agree it before they start preparing.');
    expect(toAgree('she/her', true)).toContain('Payment still to agree with Amara and Joe. Agree it before they start preparing.');
  });

  it('lists the review’s open findings, important first, leaving out those set aside', () => {
    const plan = samplePackPlan();
    const today = '2027-03-01';
    const { open } = applySetAsides(reviewPlan(plan, { today }), plan.setAsides);
    expect(open.length).toBeGreaterThan(0);
    const doc = facilitatorPack(plan, 'standard', { today });
    const list = findSection(doc, 'Things still worth a look')!.blocks.find((b) => b.type === 'bullets');
    if (list?.type !== 'bullets') throw new Error('no findings');
    expect(list.items.map(inlineText)).toEqual(open.map((f) => (f.weight === 'important' ? `Important: ${f.message}` : f.message)));
    const setAside = { ...plan, setAsides: open.map((f) => ({ findingId: f.id, reason: 'We talked about it.', setAt: '2027-03-01T10:00:00.000Z' })) };
    expect(topHeadings(facilitatorPack(setAside, 'standard', { today }))).not.toContain('Things still worth a look');
  });

  it('ends with a debrief page under the GRIPP2 headings, on a new page', () => {
    const plan = goodPlan({ debrief: { aim: 'To choose first steps together.', methods: '', results: '', outcomes: '', reflections: '' } });
    const doc = facilitatorPack(plan, 'dyslexia');
    const debrief = doc.sections.at(-1)!;
    expect(debrief.heading).toBe('Debrief');
    expect(debrief.sections!.map((s) => s.heading)).toEqual(['Aim', 'Methods', 'Results', 'Outcomes', 'Reflections']);
    for (const s of debrief.sections!) {
      expect(s.level).toBe(2);
      expect(s.blocks.at(-1)!.type).toBe('writeIn');
    }
    expect(allTexts(doc)).toContain('To choose first steps together.');
    expect(doc.sections.at(-2)!.blocks.at(-1)).toEqual({ type: 'pageBreak' });
  });

  it('leaves out sections that have nothing in them', () => {
    const plan = goodPlan({ blocks: [], people: [], endTime: null });
    const headings = topHeadings(facilitatorPack(plan, 'standard'));
    expect(headings).not.toContain('Run sheet');
    expect(headings).not.toContain('Roles and co-facilitation');
    expect(headings).not.toContain('Access and packs, person by person');
    expect(headings).not.toContain('Who is coming');
    expect(headings).not.toContain('Materials checklist');
    expect(headings).not.toContain('Budget summary');
    expect(headings.at(-1)).toBe('Debrief');
    const withBlocks = facilitatorPack(goodPlan({ blocks: [makeBlock('welcome')], people: [] }), 'standard');
    expect(topHeadings(withBlocks)).toContain('Run sheet');
  });

  it('never skips a heading level, in any format', () => {
    for (const plan of [goodPlan(), samplePackPlan(), goodPlan({ blocks: [], people: [] })]) {
      for (const format of PACK_FORMATS) {
        for (const { section, parentLevel } of walkSections(facilitatorPack(plan, format, { today: '2027-03-01' }))) {
          expect(section.level, section.heading).toBe(parentLevel + 1);
        }
      }
    }
  });

  it('names the lead from the plan’s people, with the free text beside it', () => {
    const plan = goodPlan();
    const amara = personNamed(plan, 'Amara');
    plan.blocks[0] = { ...plan.blocks[0]!, leadPersonId: amara.id, leadBy: 'Co-chairs' };
    plan.blocks[1] = { ...plan.blocks[1]!, leadPersonId: null, leadBy: 'Everyone' };
    const sheet = table(findSection(facilitatorPack(plan, 'standard'), 'Run sheet')!.blocks);
    expect(sheet.rows[0]![2]).toBe('Amara: Co-chairs');
    expect(sheet.rows[1]![2]).toBe('Everyone');
  });
});

describe('facilitator pack as a Word file', () => {
  it('has landscape run sheet pages, numbered steps, a tickable checklist, the private page and debrief on new pages, and labelled write-in boxes', async () => {
    let plan = samplePackPlan();
    plan = {
      ...plan,
      blocks: plan.blocks.map((b, i) => (i === 0 ? { ...b, facilitatorNotes: 'Greet people at the door.\nShow them the quiet room.' } : b)),
    };
    for (const format of PACK_FORMATS) {
      const bytes = await renderPack(facilitatorPack(plan, format, { today: '2027-03-01' }), NO_ASSETS);
      const { problems, facts } = checkDocx(bytes, format);
      expect(problems, format).toEqual([]);
      expect(
        facts.pageRuns.map((r) => r.landscape),
        format,
      ).toEqual([false, true, false]);
      expect(facts.numberedItems).toEqual(['Greet people at the door.', 'Show them the quiet room.']);
      expect(facts.checklistItems.length).toBeGreaterThan(0);
      expect(facts.newPageHeadings).toEqual(['Access and packs, person by person', 'Debrief']);
      // Each GRIPP2 box is a table whose header row is its label.
      for (const label of ['Aim:', 'Methods:', 'Results:', 'Outcomes:', 'Reflections:']) expect(facts.text).toContain(label);
      expect(facts.dataTables).toBeGreaterThanOrEqual(5);
    }
  });
});
