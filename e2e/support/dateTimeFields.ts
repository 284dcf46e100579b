/**
 * Typing into Kindred's date and time fields as a person does: each field is a group of spin buttons
 * (day, month, year; hour, minute, am/pm) in the order of the facilitator's locale setting, so each
 * part is found by its type, never by its position.
 */
import { expect, type Locator, type Page } from '@playwright/test';

/** The field's box: the group named by the field's label. */
export const dateTimeField = (scope: Page | Locator, label: string): Locator => scope.getByRole('group', { name: label, exact: true });

async function typePart(field: Locator, type: string, text: string) {
  const part = field.locator(`[role="spinbutton"][data-type="${type}"]`);
  await part.click();
  await part.page().keyboard.type(text);
}

/** Types an ISO date ("2027-03-12") part by part, in whatever order the field shows them. */
export async function typeDate(field: Locator, iso: string): Promise<void> {
  const [year, month, day] = iso.split('-') as [string, string, string];
  await typePart(field, 'day', day);
  await typePart(field, 'month', month);
  await typePart(field, 'year', year);
}

/** Types a 24-hour "HH:MM" time; on a 12-hour field also the am/pm part. */
export async function typeTime(field: Locator, hhmm: string): Promise<void> {
  const h = Number(hhmm.slice(0, 2));
  const twelveHour = (await field.locator('[data-type="dayPeriod"]').count()) > 0;
  await typePart(field, 'hour', twelveHour ? String(h % 12 === 0 ? 12 : h % 12) : hhmm.slice(0, 2));
  await typePart(field, 'minute', hhmm.slice(3, 5));
  if (twelveHour) await typePart(field, 'dayPeriod', h < 12 ? 'a' : 'p');
}

/** Empties every part, last first, as Backspace does. */
export async function clearField(field: Locator): Promise<void> {
  const parts = field.locator('[role="spinbutton"]');
  for (let i = (await parts.count()) - 1; i >= 0; i--) {
    const part = parts.nth(i);
    await part.click();
    for (let n = 0; n < 5 && (await part.getAttribute('data-placeholder')) === null; n++) await part.press('Backspace');
  }
}

/** What the field shows, without the invisible direction marks around a time. */
export async function expectShows(field: Locator, text: string): Promise<void> {
  await expect.poll(async () => (await field.textContent())?.replace(/[\u2066-\u2069]/g, '')).toBe(text);
}
