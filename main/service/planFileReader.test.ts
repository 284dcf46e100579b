/**
 * The app reads imported plan files in a worker thread. The worker is bundled here with esbuild,
 * as electron-vite bundles it for the app, and run for real.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PlanFileError, readPlanFile, serialisePlanFile } from '../domain/planFile';
import { LIST_TOO_LONG, TOO_DEEP } from '../domain/planFileScan';
import type { ImportResult } from '../contract/contract';
import { templateAsPlan } from '../domain/library/templatePlan';
import { STARTER_TEMPLATES } from '../domain/library/templates';
import { tempDir } from '../testing/tempStore';
import { openKindred } from './openKindred';
import { readInWorker } from './planFileReader';

const ROOT = resolve(import.meta.dirname, '../..');
const buildDir = mkdtempSync(join(tmpdir(), 'kindred-worker-'));
const workerFile = join(buildDir, 'planFileWorker.mjs');
afterAll(() => rmSync(buildDir, { recursive: true, force: true }));

beforeAll(async () => {
  await build({
    entryPoints: [join(ROOT, 'main/service/planFileWorker.ts')],
    outfile: workerFile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'warning',
  });
});

const planText = () => serialisePlanFile(templateAsPlan(STARTER_TEMPLATES[0]!, 0), '2027-01-03T10:00:00.000Z');

async function refusal(read: Promise<unknown>): Promise<PlanFileError> {
  const err = await read.then(
    () => null,
    (e: unknown) => e,
  );
  if (err instanceof PlanFileError) return err;
  throw new Error(`expected a PlanFileError, got ${String(err)}`);
}

describe('reading a plan file in a worker thread', () => {
  it('gives back exactly what reading in process gives', async () => {
    const text = planText();
    await expect(readInWorker(workerFile)(text)).resolves.toEqual(readPlanFile(text));
  });

  it('refuses a crafted file with the same kind message, as a PlanFileError', async () => {
    const read = readInWorker(workerFile);
    expect(await refusal(Promise.resolve(read(`${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`)))).toMatchObject({
      problem: 'too_big',
      message: TOO_DEEP,
    });
    expect(await refusal(Promise.resolve(read(`[${'0,'.repeat(5000)}0]`)))).toMatchObject({ message: LIST_TOO_LONG });
  });

  it('keeps the field a problem is in', async () => {
    const file = JSON.parse(planText());
    file.plan.blocks[1].durationMinutes = 0;
    const err = await refusal(Promise.resolve(readInWorker(workerFile)(JSON.stringify(file))));
    expect(err.problem).toBe('field');
    expect(err.fields).toHaveProperty(['plan.blocks.1.durationMinutes']);
  });

  it('reads in process, and says why, when the worker cannot start', async () => {
    const logged: string[] = [];
    const read = readInWorker(join(tempDir(), 'missing-worker.mjs'), (m) => logged.push(m));
    await expect(read(planText())).resolves.toMatchObject({ includesPersonal: true });
    expect(logged).toEqual([expect.stringContaining('could not run in its own thread')]);
  });

  it('imports through the one dispatch, answering once the worker has read the file', async () => {
    const kindred = openKindred({ dataDir: tempDir(), planFileReader: readInWorker(workerFile) });
    try {
      const response = kindred.dispatch('importPlanFile', { base64: Buffer.from(planText()).toString('base64'), fileName: 'a.kindred' });
      expect(response).toBeInstanceOf(Promise);
      const answered = (await response) as { ok: true; value: ImportResult };
      expect(answered.value.status).toBe('imported');
      const hostile = (await kindred.dispatch('importPlanFile', { base64: Buffer.from('['.repeat(100_000)).toString('base64') })) as {
        ok: false;
        error: { code: string; message: string };
      };
      expect(hostile.error).toEqual({ code: 'invalid', message: `${TOO_DEEP} Nothing was imported.` });
      expect(kindred.service.listPlans(undefined)).toHaveLength(2);
    } finally {
      kindred.close();
    }
  });
});
