/**
 * WCAG 2.2 AA check of whatever the page shows now. Violations are reported as a readable list
 * (rule, impact, where, what to fix) rather than a JSON diff, and attached in full to the report.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

function describeViolation(v: Violation, n: number): string {
  const nodes = v.nodes.map((node) => {
    const summary = (node.failureSummary ?? '').replace(/\n/g, '\n       ');
    return `   - ${node.target.join(' ')}\n       ${summary}`;
  });
  return [`${n}. [${v.impact ?? 'unknown'}] ${v.id}: ${v.help}`, `   ${v.helpUrl}`, ...nodes].join('\n');
}

/** `where` names the screen or state, e.g. "plans list, empty" — it heads the failure message. */
export async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  await test.step(`accessibility check: ${where}`, async () => {
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    if (violations.length > 0) {
      await test.info().attach(`axe violations (${where})`, {
        body: JSON.stringify(violations, null, 2),
        contentType: 'application/json',
      });
    }
    const report = violations.map((v, i) => describeViolation(v, i + 1)).join('\n\n');
    expect(violations.length, `${violations.length} things worth a look on ${where}:\n\n${report}\n`).toBe(0);
  });
}
