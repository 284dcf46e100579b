import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { newPersonWithDefaults } from '../domain/people';
import { templateAsPlan } from '../domain/library/templatePlan';
import { STARTER_TEMPLATES } from '../domain/library/templates';
import { serialisePlanFile } from '../domain/planFile';
import { tempDir } from '../testing/tempStore';
import { runCli } from './run';
import type { ReviewJson } from './reviewOutput';

const root = resolve(import.meta.dirname, '../..');
const example = join(root, 'docs/examples/sandpit.kindred');

/** A plan file whose review has something important: a public contributor with no payment. */
function planFileWithFindings(): string {
  const plan = templateAsPlan(STARTER_TEMPLATES[0]!, 0);
  const amara = newPersonWithDefaults(crypto.randomUUID(), { name: 'Amara', role: 'public_contributor', coPlans: true, coFacilitates: true });
  plan.people = [amara];
  plan.setAsides = [{ findingId: 'venue-missing', reason: 'We are still choosing between two halls', setAt: plan.updatedAt }];
  const file = join(tempDir(), 'roundtable.kindred');
  writeFileSync(file, serialisePlanFile(plan, plan.updatedAt));
  return file;
}

describe('kindred review', () => {
  it('prints the review of a plan file as text and exits 0', async () => {
    const r = await runCli(['review', example]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Review of “Ideas day: finding new ways forward”');
    expect(r.stdout).toMatch(/worth a look \(0 important\)/);
  });

  it('prints findings and set-asides as JSON with --json, and still exits 0 when something is important', async () => {
    const r = await runCli(['review', planFileWithFindings(), '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as ReviewJson;
    const missing = json.open.find((f) => f.ruleId === 'payment-missing');
    expect(missing).toMatchObject({ weight: 'important', principle: 'reciprocity' });
    expect(missing!.message).toContain('Amara');
    expect(json.counts.important).toBeGreaterThan(0);
    expect(json.counts.open).toBe(json.open.length);
    expect(json.considered).toEqual([
      expect.objectContaining({ reason: 'We are still choosing between two halls', finding: expect.objectContaining({ id: 'venue-missing' }) }),
    ]);
  });

  it('exits 2 with a plain message for a file it cannot read', async () => {
    const dir = tempDir();
    const notJson = join(dir, 'notes.kindred');
    writeFileSync(notJson, 'Shopping list: tea, biscuits');
    expect(await runCli(['review', join(dir, 'missing.kindred')])).toEqual({
      code: 2,
      stdout: '',
      stderr: `kindred: could not read “${join(dir, 'missing.kindred')}”: there is no such file.\n`,
    });
    const r = await runCli(['review', notJson]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('it could not be read as JSON');
    expect((await runCli(['review', dir])).stderr).toContain('that is a folder');
  });

  it('exits 2 with the usage for commands and options it does not know', async () => {
    expect((await runCli(['export'])).code).toBe(2);
    expect((await runCli(['review'])).stderr).toContain('review needs one plan file');
    expect((await runCli(['review', example, '--colour'])).stderr).toContain('Usage: kindred review');
    expect(await runCli(['--help'])).toMatchObject({ code: 0 });
  });

  it('sets the process exit status too, as a real command (the package.json bin)', async () => {
    const run = promisify(execFile);
    const bin = join(root, 'main/cli/kindred.mjs');
    const ok = await run(process.execPath, [bin, 'review', example, '--json'], { cwd: root });
    expect(JSON.parse(ok.stdout).plan.title).toBe('Ideas day: finding new ways forward');
    await expect(run(process.execPath, [bin, 'review', 'no-such.kindred'], { cwd: root })).rejects.toMatchObject({ code: 2 });
  }, 30_000);
});
