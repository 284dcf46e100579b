import { describe, expect, it } from 'vitest';
import { PACK_FORMATS } from '../domain/access';
import { checkDocx } from '../testing/docxRules';
import { openTestStore } from '../testing/tempStore';
import { paidAgreed } from '../testing/testPlan';

function store() {
  const s = openTestStore();
  const nia = s.service.createDirectoryPerson({ person: { name: 'Nia Evans', roles: ['public_contributor'], packFormat: 'large_print' } });
  const joined = (title: string, date: string, fields: { coPlans?: boolean } = {}) => {
    const planId = s.service.createPlan({ details: { title, date } }).id;
    const person = s.service.addDirectoryPersonToPlan({ planId, directoryPersonId: nia.id });
    s.service.updatePerson({ planId, personId: person.id, patch: { payment: paidAgreed(), ...fields } });
    return { planId, personId: person.id };
  };
  return { ...s, nia, joined };
}

const docText = (base64: string, format: (typeof PACK_FORMATS)[number]) => checkDocx(Buffer.from(base64, 'base64'), format);

describe('involvementLetter', () => {
  it('writes their workshops from the directory links, in their own pack format, meeting its rules', async () => {
    const { service, nia, joined } = store();
    // The test clock reads 1 March 2027: the April plan has not happened yet.
    joined('Carers’ panel, January', '2027-01-20', { coPlans: true });
    joined('Carers’ panel, February', '2027-02-17');
    joined('Carers’ panel, April', '2027-04-21');
    const letter = await service.involvementLetter({ directoryPersonId: nia.id, theyAgreed: true });
    expect(letter).toMatchObject({ fileName: 'Letter of involvement – Nia Evans – large print.docx', workshops: 2 });
    const { problems, facts } = docText(letter.base64, 'large_print');
    expect(problems).toEqual([]);
    expect(facts.title).toBe('Letter of involvement');
    expect(facts.text).toContain('Nia Evans took part in 2 workshops with us between 20 January 2027 and 17 February 2027.');
    expect(facts.text).toContain('Nia Evans helped to plan 1 workshop.');
    expect(facts.text).toContain('16 hours');
    expect(facts.text).not.toContain('April');
    expect(facts.dataTables).toBe(1);
  });

  it('meets every format’s rules when another format is asked for', async () => {
    const { service, nia, joined } = store();
    joined('Panel', '2027-02-17');
    for (const format of PACK_FORMATS) {
      const letter = await service.involvementLetter({ directoryPersonId: nia.id, format, theyAgreed: true });
      const { problems, facts } = docText(letter.base64, format);
      expect(problems, format).toEqual([]);
      if (format === 'easy_read') expect(facts.images).toBeGreaterThan(0);
    }
  });

  it('is made only when the facilitator confirms the person asked for it or agreed', async () => {
    const { dispatch, nia } = store();
    const res = await dispatch('involvementLetter', { directoryPersonId: nia.id });
    expect(res).toMatchObject({
      ok: false,
      error: { code: 'invalid', message: 'A letter of involvement is made only when the person has asked for it or agreed to it.' },
    });
    const gone = await dispatch('involvementLetter', { directoryPersonId: crypto.randomUUID(), theyAgreed: true });
    expect(gone).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
