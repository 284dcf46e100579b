import { describe, expect, it } from 'vitest';
import { templateAsPlan } from './library/templatePlan';
import { STARTER_TEMPLATES } from './library/templates';
import { EMPTY_PAYMENT, newPersonWithDefaults } from './people';
import { LIMITS } from './plan';
import { PlanFileError, readPlanFile, serialisePlanFile } from './planFile';
import { LIST_TOO_LONG, PLAN_FILE_SHAPE_LIMITS, planFileShapeProblem, TEXT_TOO_LONG, TOO_DEEP, TOO_MANY_VALUES } from './planFileScan';

/** How deep a JSON value nests, counted the way the scan counts it (each list or object is one level). */
function depthOf(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  const children = Array.isArray(value) ? value : Object.values(value);
  return 1 + Math.max(0, ...children.map(depthOf));
}

/** A plan with everything that nests: people with access needs, expenses and set-asides. */
function fullPlanText(): string {
  const plan = templateAsPlan(STARTER_TEMPLATES[0]!, 0);
  const person = newPersonWithDefaults(crypto.randomUUID(), {
    name: 'Amara, who writes [brackets], {braces} and "quotes" \\ in her notes',
    role: 'public_contributor',
    payment: { ...EMPTY_PAYMENT, expenses: [{ id: crypto.randomUUID(), kind: 'travel', note: 'Bus ],[', amountPence: 640 }] },
  });
  plan.people = [person];
  plan.setAsides = [{ findingId: `payment-missing:${person.id}`, reason: '[[[[[[[[[[[[[[[[[[[[[[[[', setAt: '2027-01-02T10:00:00.000Z' }];
  return serialisePlanFile(plan, '2027-01-03T10:00:00.000Z');
}

const nested = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;
const list = (items: number) => `[${Array.from({ length: items }, () => '0').join(',')}]`;

function refusal(text: string): PlanFileError {
  try {
    readPlanFile(text);
  } catch (err) {
    if (err instanceof PlanFileError) return err;
    throw err;
  }
  throw new Error('expected the file to be refused');
}

describe('the shape of a plan file, before it is parsed', () => {
  it('lets a real plan through, with room to spare', () => {
    const text = fullPlanText();
    expect(planFileShapeProblem(text)).toBeNull();
    expect(readPlanFile(text).plan.people).toHaveLength(1);
    expect(depthOf(JSON.parse(text))).toBeLessThanOrEqual(PLAN_FILE_SHAPE_LIMITS.depth / 2);
  });

  it('allows lists as long as the longest a plan may have', () => {
    expect(PLAN_FILE_SHAPE_LIMITS.listItems).toBeGreaterThanOrEqual(
      Math.max(1000, LIMITS.blocksPerPlan, LIMITS.peoplePerPlan, LIMITS.changesPerPlan, LIMITS.needsPerPerson),
    );
    expect(planFileShapeProblem(list(PLAN_FILE_SHAPE_LIMITS.listItems))).toBeNull();
    expect(planFileShapeProblem(list(PLAN_FILE_SHAPE_LIMITS.listItems + 1))).toBe(LIST_TOO_LONG);
  });

  it('refuses nesting past the limit, and allows it up to the limit', () => {
    expect(planFileShapeProblem(nested(PLAN_FILE_SHAPE_LIMITS.depth))).toBeNull();
    expect(planFileShapeProblem(nested(PLAN_FILE_SHAPE_LIMITS.depth + 1))).toBe(TOO_DEEP);
    expect(planFileShapeProblem(`{"a":${nested(PLAN_FILE_SHAPE_LIMITS.depth)}}`)).toBe(TOO_DEEP);
  });

  it('counts the values of the whole file, however they are spread', () => {
    const limits = { depth: 5, listItems: 10, values: 20, textChars: 100 };
    const spread = `[${Array.from({ length: 7 }, () => list(3)).join(',')}]`; // 6 + 7 × 2 = 20 commas
    expect(planFileShapeProblem(spread, limits)).toBeNull();
    expect(planFileShapeProblem(`[${spread},0]`, limits)).toBe(TOO_MANY_VALUES);
  });

  it('skips strings, escaped quotes and backslashes included, so what is written in a note never counts', () => {
    const note = `"a \\" ${'['.repeat(50)} \\\\" `;
    expect(planFileShapeProblem(`{"note":${note.trim()},"x":[1]}`)).toBeNull();
    expect(planFileShapeProblem(`["${','.repeat(5000)}"]`)).toBeNull();
    // After an escaped backslash the quote does end the string: the brackets after it count.
    expect(planFileShapeProblem(`["\\\\",${nested(PLAN_FILE_SHAPE_LIMITS.depth)}]`)).toBe(TOO_DEEP);
  });

  it('allows text as long as the longest field, every character escaped, and refuses far longer', () => {
    const longest = '\\u00e9'.repeat(LIMITS.longText);
    expect(planFileShapeProblem(`{"notes":"${longest}"}`)).toBeNull();
    expect(planFileShapeProblem(`{"notes":"${'x'.repeat(PLAN_FILE_SHAPE_LIMITS.textChars + 1)}"}`)).toBe(TEXT_TOO_LONG);
    expect(planFileShapeProblem(`{"notes":"${'x'.repeat(PLAN_FILE_SHAPE_LIMITS.textChars)}"}`)).toBeNull();
  });

  it('leaves malformed text to JSON.parse, which says the file is damaged', () => {
    expect(planFileShapeProblem(']]]]{{"unterminated')).toBeNull();
    expect(refusal(']]]]{{"unterminated').problem).toBe('not_json');
  });

  it('refuses crafted files with a kind message before building anything', () => {
    const deep = refusal(nested(5_000_000));
    expect(deep).toMatchObject({ problem: 'too_big', message: TOO_DEEP });
    expect(refusal(`{"kindred":"plan","version":3,"plan":${list(5_000_000)}}`)).toMatchObject({ problem: 'too_big', message: LIST_TOO_LONG });
    // No list too long, nothing too deep: a million small values all the same.
    const block = `[${Array.from({ length: 999 }, () => list(999)).join(',')}]`;
    const wide = `[${block},${block}]`;
    expect(refusal(wide)).toMatchObject({ problem: 'too_big', message: TOO_MANY_VALUES });
    expect(deep.message).toMatch(/^This file is not a Kindred plan file: .+, so Kindred has not opened it\.$/);
  });
});
