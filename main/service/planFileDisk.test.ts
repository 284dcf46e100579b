import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PlanFileError } from '../domain/planFile';
import { PLAN_FILE_MAX_BYTES } from '../domain/planFileBytes';
import { tempDir } from '../testing/tempStore';
import { NotAPlanFileError, readPlanFileBytes } from './planFileDisk';

const unix = process.platform !== 'win32';

describe('readPlanFileBytes', () => {
  it('reads an ordinary file whole, up to exactly 20 MB', async () => {
    const dir = tempDir();
    const small = join(dir, 'plan.kindred');
    writeFileSync(small, '{"title":"Tea"}');
    expect((await readPlanFileBytes(small)).toString('utf8')).toBe('{"title":"Tea"}');
    const atLimit = join(dir, 'big.kindred');
    writeFileSync(atLimit, Buffer.alloc(PLAN_FILE_MAX_BYTES, 0x20));
    expect((await readPlanFileBytes(atLimit)).byteLength).toBe(PLAN_FILE_MAX_BYTES);
  });

  it('refuses a file one byte over the limit with the plan file message', async () => {
    const file = join(tempDir(), 'big.kindred');
    writeFileSync(file, Buffer.alloc(PLAN_FILE_MAX_BYTES + 1, 0x20));
    const err = await readPlanFileBytes(file).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PlanFileError);
    expect((err as PlanFileError).message).toContain('too big to be a Kindred plan');
  });

  it('refuses a folder, and passes on the system’s code for a missing file', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'folder.kindred'));
    await expect(readPlanFileBytes(join(dir, 'folder.kindred'))).rejects.toMatchObject({ kind: 'folder' });
    await expect(readPlanFileBytes(join(dir, 'gone.kindred'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it.skipIf(!unix)('refuses a pipe (FIFO) at once, without waiting for a writer', async () => {
    const fifo = join(tempDir(), 'pipe.kindred');
    execFileSync('mkfifo', [fifo]);
    // Opening a FIFO to read blocks until something writes: were it opened, this would never settle.
    const err = await readPlanFileBytes(fifo).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NotAPlanFileError);
    expect((err as NotAPlanFileError).kind).toBe('pipe');
  });

  it.skipIf(!unix)('refuses a device such as /dev/zero, which would never end', async () => {
    await expect(readPlanFileBytes('/dev/zero')).rejects.toMatchObject({ kind: 'device' });
    await expect(readPlanFileBytes('/dev/null')).rejects.toMatchObject({ kind: 'device' });
  });
});
