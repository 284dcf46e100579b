import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { templateAsPlan } from '../domain/library/templatePlan';
import { STARTER_TEMPLATES } from '../domain/library/templates';
import { checkDocx } from '../testing/docxRules';
import { newPersonWithDefaults } from '../domain/people';
import { serialisePlanFile } from '../domain/planFile';
import { tempDir } from '../testing/tempStore';
import { runCli } from './run';

/** A plan file with a facilitator and three people who each read a different format. */
function planFile(title = 'Working together as equals'): { file: string; dir: string } {
  const plan = templateAsPlan(STARTER_TEMPLATES[0]!, 0);
  plan.title = title;
  plan.date = '2027-05-12';
  plan.people = [
    newPersonWithDefaults(crypto.randomUUID(), {
      name: 'Amara',
      role: 'public_contributor',
      packFormat: 'large_print',
      contact: 'amara@example.org',
    }),
    newPersonWithDefaults(crypto.randomUUID(), { name: 'Joe', role: 'carer', packFormat: 'easy_read' }),
    newPersonWithDefaults(crypto.randomUUID(), { name: 'Sam', role: 'researcher' }),
    newPersonWithDefaults(crypto.randomUUID(), { name: 'Priya', role: 'facilitator', coFacilitates: true }),
  ];
  const dir = tempDir();
  const file = join(dir, 'plan.kindred');
  writeFileSync(file, serialisePlanFile(plan, plan.updatedAt));
  return { file, dir };
}

const isZip = (path: string) => readFileSync(path).subarray(0, 2).toString('latin1') === 'PK';

describe('kindred export', () => {
  it('writes one pack in each format that passes every rule of that format', async () => {
    const { file, dir } = planFile();
    for (const [arg, format] of [
      ['standard', 'standard'],
      ['large-print', 'large_print'],
      ['dyslexia', 'dyslexia'],
      ['easy-read', 'easy_read'],
    ] as const) {
      const out = join(dir, `participant-${arg}.docx`);
      const result = await runCli(['export', file, '--pack', 'participant', '--format', arg, '--out', out]);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(result.stdout).toContain(out);
      expect(checkDocx(new Uint8Array(readFileSync(out)), format).problems).toEqual([]);
    }
    const out = join(dir, 'facilitator.docx');
    expect((await runCli(['export', file, '--pack', 'facilitator', '--out', out], () => new Date('2027-05-01'))).code).toBe(0);
    expect(isZip(out)).toBe(true);
  });

  it('writes one participant pack per person, in their own format, with readable file names', async () => {
    const { file, dir } = planFile();
    const outDir = join(dir, 'packs');
    (await import('node:fs')).mkdirSync(outDir);
    const result = await runCli(['export', file, '--pack', 'participant', '--per-person', '--out-dir', outDir]);
    expect(result.code).toBe(0);
    const names = readdirSync(outDir).sort();
    expect(names).toHaveLength(3);
    expect(names.find((n) => n.includes('Amara'))).toMatch(/large print/i);
    expect(names.find((n) => n.includes('Joe'))).toMatch(/easy read/i);
    expect(names.some((n) => n.includes('Priya'))).toBe(false);
    for (const name of names) expect(isZip(join(outDir, name))).toBe(true);
    expect(result.stdout).toContain('Wrote 3 participant packs');
  });

  it('makes safe file names from a title no file system would accept', async () => {
    const { file, dir } = planFile('CON: “plans” / notes \\ draft? * <a> | b');
    const outDir = join(dir, 'packs');
    (await import('node:fs')).mkdirSync(outDir);
    expect((await runCli(['export', file, '--pack', 'participant', '--per-person', '--out-dir', outDir])).code).toBe(0);
    for (const name of readdirSync(outDir)) {
      expect(name).not.toMatch(/[/\\:*?"<>|]/);
      expect(name.endsWith('.docx')).toBe(true);
    }
  });

  it('says plainly what is wrong with the arguments, and writes nothing', async () => {
    const { file, dir } = planFile();
    const out = join(dir, 'pack.docx');
    const cases: [string[], RegExp][] = [
      [['export', file, '--out', out], /needs --pack participant or facilitator/],
      [['export', file, '--pack', 'poster', '--out', out], /“poster” is not a pack/],
      [['export', file, '--pack', 'participant', '--format', 'tiny', '--out', out], /“tiny” is not a format/],
      [['export', file, '--pack', 'participant'], /needs a file to write/],
      [['export', file, '--pack', 'participant', '--out', join(dir, 'pack.pdf')], /should end in \.docx/],
      [['export', file, '--pack', 'facilitator', '--per-person', '--out-dir', dir], /Only participant packs/],
      [['export', file, '--pack', 'participant', '--per-person', '--format', 'standard', '--out-dir', dir], /leave out --format/],
      [['export', file, '--pack', 'participant', '--per-person', '--out-dir', join(dir, 'missing')], /could not be found/],
      [['export', join(dir, 'nope.kindred'), '--pack', 'participant', '--out', out], /there is no such file/],
      [['review', file, '--pack', 'participant'], /go with export, not review/],
    ];
    for (const [args, message] of cases) {
      const result = await runCli(args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr, args.join(' ')).toMatch(message);
    }
    expect(existsSync(out)).toBe(false);
  });
});
