import { describe, expect, it } from 'vitest';
import { NO_CONSENT, type AccessNeed } from '../../../main/domain/access';
import { formatChangedAt, importedMessage, withoutPersonalNote, notAgreedToShare, notPlanFilesMessage, rejectionText } from './words';

describe('plan file words', () => {
  it('names what was imported', () => {
    expect(importedMessage(['Carers’ voices'])).toBe('Imported “Carers’ voices”.');
    expect(importedMessage(['A', 'B'])).toBe('Imported 2 plans: “A” and “B”.');
    expect(importedMessage(['A', 'B', 'C'])).toBe('Imported 3 plans: “A”, “B” and “C”.');
  });

  it('says when people’s details were left out of a file, and of which', () => {
    expect(withoutPersonalNote([{ title: 'A', includesPersonal: true }])).toBeNull();
    expect(withoutPersonalNote([{ title: 'A', includesPersonal: false }])).toBe(
      'People are listed by their role; their names, contact details and access needs were not in the file.',
    );
    expect(
      withoutPersonalNote([
        { title: 'A', includesPersonal: true },
        { title: 'B', includesPersonal: false },
      ]),
    ).toBe('In “B”, people are listed by their role; their names, contact details and access needs were not in the file.');
  });

  it('says nothing was imported once, whether or not the service said it', () => {
    expect(rejectionText('Kindred could not read that file.')).toBe('Kindred could not read that file. Nothing was imported.');
    expect(rejectionText('This may come from a newer Kindred')).toBe('This may come from a newer Kindred. Nothing was imported.');
    const said = 'This file is too big to be a Kindred plan (the limit is 20 MB). Nothing was imported.';
    expect(rejectionText(said)).toBe(said);
  });

  it('gives when a plan last changed as a date and a 24-hour time where the facilitator is', () => {
    const local = new Date(2027, 2, 12, 9, 5);
    expect(formatChangedAt(local.toISOString())).toBe('12 March 2027 at 09:05');
    expect(formatChangedAt('not a date')).toBe('not a date');
  });

  it('leaves other files alone, saying which', () => {
    expect(notPlanFilesMessage(['photo.jpg'])).toBe('“photo.jpg” isn’t a Kindred plan file, so Kindred left it alone. Plan files end in .kindred.');
    expect(notPlanFilesMessage(['a.pdf', 'b.png'])).toBe(
      '“a.pdf” and “b.png” aren’t Kindred plan files, so Kindred left them alone. Plan files end in .kindred.',
    );
  });

  it('names people whose access needs are recorded but not agreed to be shared', () => {
    const need = { id: 'n', type: 'step_free', detail: '', arrangement: null } as unknown as AccessNeed;
    const person = (name: string, share: boolean, needs: boolean, pronouns = '') => ({
      name,
      pronouns,
      consent: { ...NO_CONSENT, store: needs, share },
      accessNeeds: needs ? [need] : [],
    });
    expect(notAgreedToShare([person('Amara', true, true), person('Sam', false, false)])).toBeNull();
    expect(notAgreedToShare([person('Amara', false, true)])).toBe(
      'Amara has not agreed to their access needs being shared. Ask first, or leave this unticked.',
    );
    // One person: the pronouns recorded for them.
    expect(notAgreedToShare([person('Amara', false, true, 'she/her')])).toBe(
      'Amara has not agreed to her access needs being shared. Ask first, or leave this unticked.',
    );
    expect(notAgreedToShare([person('Joe', false, true, 'he/him'), person('Sam', true, true, 'they/them')])).toBe(
      'Joe has not agreed to his access needs being shared. Ask first, or leave this unticked.',
    );
    expect(notAgreedToShare([person('Amara', false, true, 'she/her'), person('', false, true), person('Priya', false, true)])).toBe(
      'Amara, Someone without a name yet and Priya have not agreed to their access needs being shared. Ask first, or leave this unticked.',
    );
  });
});
