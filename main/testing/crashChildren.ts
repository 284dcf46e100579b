/**
 * Shared by the crash tests and the child processes they kill: how a child reports what the service
 * acknowledged, and how a child is bundled so each of the many starts takes a fraction of a second.
 */
import { mkdirSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Writes all of `line` to stdout before returning, whatever kind of pipe stdout is. */
export function say(line: string): void {
  const bytes = Buffer.from(`${line}\n`);
  let done = 0;
  while (done < bytes.length) {
    try {
      done += writeSync(1, bytes, done);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EAGAIN') throw err;
    }
  }
}

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * Bundles main/testing/<name>.ts into one .mjs (tsx would compile every module on every start) and
 * returns its path: inside node_modules, so it finds better-sqlite3 (left out: a native module).
 */
export async function bundleCrashChild(name: string): Promise<string> {
  const { build } = await import('esbuild');
  const dir = join(ROOT, 'node_modules/.cache/kindred-crash-test');
  mkdirSync(dir, { recursive: true });
  const outfile = join(dir, `${name}.mjs`);
  await build({
    entryPoints: [join(ROOT, `main/testing/${name}.ts`)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    external: ['better-sqlite3'],
    logLevel: 'warning',
  });
  return outfile;
}
