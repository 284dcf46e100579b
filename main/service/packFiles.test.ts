import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../testing/tempStore';
import { PackWriteError, writeFileAtomic, writePacks, writeProblem } from './packFiles';

const bytes = (text: string) => new TextEncoder().encode(text);
const file = (name: string, text = name) => ({ name, bytes: async () => bytes(text) });

describe('writing packs', () => {
  it('writes a file whole, replacing an older one, with no temporary file left', async () => {
    const dir = tempDir();
    const path = join(dir, 'pack.docx');
    writeFileSync(path, 'old');
    await writeFileAtomic(path, bytes('new'));
    expect(readFileSync(path, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['pack.docx']);
  });

  it('writes a name as long as file names allow, and says plainly when one is too long', async () => {
    const dir = tempDir();
    const long = `${'会議の準備'.repeat(15)}.docx`;
    await writeFileAtomic(join(dir, long), bytes('ok'));
    expect(readdirSync(dir)).toEqual([long]);
    await expect(writeFileAtomic(join(dir, `${'会議の準備'.repeat(30)}.docx`), bytes('no'))).rejects.toBeInstanceOf(PackWriteError);
    expect(readdirSync(dir)).toEqual([long]);
  });

  it('writes every pack into a folder and reports progress', async () => {
    const dir = tempDir();
    const seen: string[] = [];
    const result = await writePacks(dir, [file('a.docx'), file('b.docx')], {
      onProgress: (done, total, name) => seen.push(`${done}/${total} ${name}`),
    });
    expect(result).toEqual({ status: 'written', names: ['a.docx', 'b.docx'] });
    expect(seen).toEqual(['1/2 a.docx', '2/2 b.docx']);
    expect(readdirSync(dir).sort()).toEqual(['a.docx', 'b.docx']);
  });

  it('leaves no half-set behind when one pack fails, and keeps files it did not create', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.docx'), 'older a');
    // A folder where the third pack should go: renaming onto it fails, as a full disk would.
    mkdirSync(join(dir, 'c.docx'));
    await expect(writePacks(dir, [file('a.docx'), file('b.docx'), file('c.docx')])).rejects.toBeInstanceOf(PackWriteError);
    expect(readdirSync(dir).sort()).toEqual(['a.docx', 'c.docx']);
    expect(readFileSync(join(dir, 'a.docx'), 'utf8')).toBe('a.docx');
  });

  it('stops when cancelled, removing what this run created', async () => {
    const dir = tempDir();
    const controller = new AbortController();
    const result = await writePacks(dir, [file('a.docx'), file('b.docx')], {
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    expect(result).toEqual({ status: 'cancelled' });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('says plainly when the folder is missing or cannot be written', async () => {
    const missing = join(tempDir(), 'nope');
    await expect(writePacks(missing, [file('a.docx')])).rejects.toThrow(/could not be found/);
    const locked = tempDir();
    chmodSync(locked, 0o500);
    try {
      const asRoot = process.getuid?.() === 0;
      if (!asRoot) {
        await expect(writePacks(locked, [file('a.docx')])).rejects.toThrow(/not allowed to save/);
        expect(existsSync(join(locked, 'a.docx'))).toBe(false);
      }
    } finally {
      chmodSync(locked, 0o700);
    }
    expect(writeProblem(Object.assign(new Error(), { code: 'ENOSPC' }), '/x')).toMatch(/not enough space/);
    expect(writeProblem(Object.assign(new Error(), { code: 'EACCES' }), '/x')).toMatch(/not allowed/);
  });
});
