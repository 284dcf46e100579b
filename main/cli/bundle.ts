/**
 * The command line as one built JavaScript file, out/cli/kindred.mjs, made by every app build
 * (electron.vite.config.ts runs this after the main bundle) so `npx kindred` starts with plain Node
 * instead of compiling TypeScript through tsx at every call (about 0.35 s more each time).
 *
 * Everything the CLI imports is bundled in, so the file runs from anywhere with no node_modules
 * lookups. Only modules that cannot be bundled stay outside: native and Electron ones, which the
 * CLI never loads (a test checks the bundle names neither). It is for this repository only:
 * electron-builder.yml leaves out/cli out of the installers.
 */
import { resolve } from 'node:path';
import { build } from 'esbuild';

/** Where the bundle goes, from the repository's root. */
export const CLI_BUNDLE = 'out/cli/kindred.mjs';

/**
 * Bundles the CLI of the repository at `root` into `outfile` (root/out/cli/kindred.mjs unless a test
 * asks for elsewhere). The root is passed in because electron-vite bundles its config, with this
 * file, somewhere else, where this module's own location says nothing.
 */
export async function bundleCli(root: string, outfile: string = resolve(root, CLI_BUNDLE)): Promise<void> {
  await build({
    entryPoints: [resolve(root, 'main/cli/kindred.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    // Node 20 runs the tests and browser mode (CI); the desktop tooling asks for 22.
    target: 'node20',
    external: ['better-sqlite3', 'electron'],
    legalComments: 'none',
    logLevel: 'warning',
  });
}
