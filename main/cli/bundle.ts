/**
 * The command line as built JavaScript, out/cli/kindred.mjs (and its chunks), made by every app build
 * (electron.vite.config.ts runs this after the main bundle) so `npx kindred` starts with plain Node
 * instead of compiling TypeScript through tsx at every call (about 0.35 s more each time).
 *
 * Everything the CLI imports is bundled in, so it runs from anywhere with no node_modules lookups.
 * Only modules that cannot be bundled stay outside: native and Electron ones, which the CLI never
 * loads (a test checks the bundle imports neither). It is for this repository only:
 * electron-builder.yml leaves out/cli out of the installers.
 */
import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { build, type Metafile } from 'esbuild';

/** The folder the CLI is built into, and the file `npx kindred` runs, from the repository's root. */
export const CLI_DIR = 'out/cli';
export const CLI_BUNDLE = `${CLI_DIR}/kindred.mjs`;

/**
 * Bundles the CLI of the repository at `root` into `outdir` (root/out/cli unless a test asks for
 * elsewhere), emptied first so no chunk of an older build is left. The root is passed in because
 * electron-vite bundles its config, with this file, somewhere else, where this module's own
 * location says nothing. Returns the path of the file to run, and esbuild's account of what went
 * into each output file and what each imports.
 */
export async function bundleCli(root: string, outdir: string = resolve(root, CLI_DIR)): Promise<{ entry: string; metafile: Metafile }> {
  await rm(outdir, { recursive: true, force: true });
  const result = await build({
    // The pack worker is an entry of its own (out/cli/packWorker.mjs), where packRenderer.ts looks for it.
    entryPoints: { kindred: resolve(root, 'main/cli/kindred.ts'), packWorker: resolve(root, 'main/service/packWorker.ts') },
    outdir,
    outExtension: { '.js': '.mjs' },
    // What only `export` needs (the Word writer, a third of the whole) is a chunk of its own that
    // `review` never loads (run.ts imports it on demand).
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    // Less to parse at every start; names are kept, so a stack trace still reads.
    minifyWhitespace: true,
    minifySyntax: true,
    bundle: true,
    platform: 'node',
    format: 'esm',
    // Node 20 runs the tests and browser mode (CI); the desktop tooling asks for 22.
    target: 'node20',
    external: ['better-sqlite3', 'electron'],
    legalComments: 'none',
    logLevel: 'warning',
    metafile: true,
  });
  return { entry: join(outdir, 'kindred.mjs'), metafile: result.metafile };
}
