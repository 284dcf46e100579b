import { execFile, execFileSync } from 'node:child_process';
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

/** A plan file for 12 May 2027 with Amara's interpreter still being arranged and her pack not sent. */
function planFileDatedWithNeeds(): string {
  const plan = templateAsPlan(STARTER_TEMPLATES[0]!, 0);
  plan.date = '2027-05-12';
  const amara = newPersonWithDefaults(crypto.randomUUID(), {
    name: 'Amara',
    role: 'public_contributor',
    coPlans: true,
    coFacilitates: true,
    consent: { store: true, share: true, recordedOn: '2027-03-01' },
    accessNeeds: [
      {
        id: crypto.randomUUID(),
        type: 'sign_language',
        detail: '',
        arrangement: { how: 'Asking the county interpreting service.', owner: 'Sam', dueDate: '2027-05-01', status: 'to_arrange', personTold: false },
      },
    ],
  });
  plan.people = [amara];
  const file = join(tempDir(), 'dated.kindred');
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
    expect(r.stderr).toContain('Kindred could not make sense of what is in it');
    expect((await runCli(['review', dir])).stderr).toContain('that is a folder');
    const latin1 = join(dir, 'latin1.kindred');
    writeFileSync(latin1, Buffer.from('{"title":"Caf\xe9"}', 'latin1'));
    expect((await runCli(['review', latin1])).stderr).toContain('is not in UTF-8');
  });

  it.skipIf(process.platform === 'win32')('refuses a pipe or a device before reading it, with exit 2 and a plain message', async () => {
    const fifo = join(tempDir(), 'waiting.kindred');
    execFileSync('mkfifo', [fifo]);
    // Reading a FIFO would wait for a writer for ever; the refusal comes from its stat alone.
    expect(await runCli(['review', fifo])).toEqual({
      code: 2,
      stdout: '',
      stderr: `kindred: could not read “${fifo}”: that is a pipe (FIFO), not a plan file, so Kindred did not wait to read from it.\n`,
    });
    const device = await runCli(['export', '/dev/zero', '--pack', 'participant', '--out', join(tempDir(), 'p.docx')]);
    expect(device).toEqual({ code: 2, stdout: '', stderr: 'kindred: could not read “/dev/zero”: that is a device, not a plan file.\n' });
  });

  it('shows control characters from a plan file escaped in text output, and leaves --json as it was', async () => {
    const plan = templateAsPlan(STARTER_TEMPLATES[0]!, 0);
    plan.title = 'Tea \u001b]0;owned\u0007day\u001b[2J';
    const person = newPersonWithDefaults(crypto.randomUUID(), {
      name: 'Amara\u009b31m',
      role: 'public_contributor',
      coPlans: true,
      coFacilitates: true,
    });
    plan.people = [person];
    plan.setAsides = [{ findingId: 'venue-missing', reason: 'Still choosing\r\nFAKE LINE \u202eesrever', setAt: plan.updatedAt }];
    const file = join(tempDir(), 'controls.kindred');
    writeFileSync(file, serialisePlanFile(plan, plan.updatedAt));

    const text = await runCli(['review', file]);
    expect(text.code).toBe(0);
    expect(text.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    expect(text.stdout).toContain('Review of “Tea \\x1b]0;owned\\x07day\\x1b[2J”');
    expect(text.stdout).toContain('Amara\\x9b31m');
    expect(text.stdout).toContain('Your reason: Still choosing\\r\\nFAKE LINE \\u202eesrever');
    expect(text.stdout.split('\n').some((line) => line.startsWith('FAKE LINE'))).toBe(false);

    const json = JSON.parse((await runCli(['review', file, '--json'])).stdout) as ReviewJson;
    expect(json.plan.title).toBe(plan.title);
    expect(json.considered[0]?.reason).toBe('Still choosing\r\nFAKE LINE \u202eesrever');
  });

  it('reads a plan file exported without people’s personal data', async () => {
    const plan = templateAsPlan(STARTER_TEMPLATES[0]!, 0);
    plan.people = [newPersonWithDefaults(crypto.randomUUID(), { name: 'Public contributor 1', role: 'public_contributor' })];
    const file = join(tempDir(), 'shared.kindred');
    writeFileSync(file, `\ufeff${serialisePlanFile(plan, plan.updatedAt, 'left_out')}`);
    const r = await runCli(['review', file]);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toContain('Review of “');
  });

  it('reviews as of today where you are, or the day given with --today', async () => {
    const file = planFileDatedWithNeeds();
    const ruleIds = (json: ReviewJson) => json.open.map((f) => f.ruleId);
    // Three days before the workshop: an arrangement still not confirmed, and packs to send.
    const close = JSON.parse((await runCli(['review', file, '--json', '--today', '2027-05-09'])).stdout) as ReviewJson;
    expect(close.today).toBe('2027-05-09');
    expect(ruleIds(close)).toEqual(expect.arrayContaining(['arrangement-unconfirmed', 'materials-not-sent']));
    const early = JSON.parse((await runCli(['review', file, '--json', '--today', '2027-04-01'])).stdout) as ReviewJson;
    expect(ruleIds(early)).not.toContain('arrangement-unconfirmed');
    expect(ruleIds(early)).not.toContain('materials-not-sent');
    // Without --today, the clock's local date.
    const byClock = await runCli(['review', file, '--json'], () => new Date(2027, 4, 9, 23, 30));
    expect((JSON.parse(byClock.stdout) as ReviewJson).today).toBe('2027-05-09');
    expect(JSON.parse(byClock.stdout)).toEqual(close);
    const text = await runCli(['review', file, '--today=2027-05-09']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('as of 9 May 2027');
    expect(text.stdout).toContain('Amara needs a BSL or other sign language interpreter.');
  });

  it('exits 2 with a plain message for a --today it cannot read', async () => {
    for (const bad of ['12/05/2027', '2027-02-30', 'tomorrow', '']) {
      const r = await runCli(['review', example, '--today', bad]);
      expect(r, bad).toEqual({
        code: 2,
        stdout: '',
        stderr: `kindred: “${bad}” is not a date Kindred can read for --today. Write it as YYYY-MM-DD, for example 2027-03-12.\n`,
      });
    }
    const missing = await runCli(['review', example, '--today']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Usage: kindred review');
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
