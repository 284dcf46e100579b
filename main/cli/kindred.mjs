#!/usr/bin/env node
// `npx kindred …` inside this repository. Runs the built command line, out/cli/kindred.mjs, which
// every app build makes (`npm run build`, `npm start`, `npm test`; main/cli/bundle.ts): plain
// JavaScript, so it starts about as fast as Node itself. Before the first build it runs the
// TypeScript sources through tsx instead (slower, but the same code), and says so once on stderr.
// The installed app does not ship the command line.
import { existsSync } from 'node:fs';
import module from 'node:module';

const built = new URL('../../out/cli/kindred.mjs', import.meta.url);
if (existsSync(built)) {
  // Node 22.1 and later can keep the compiled code between runs (in the system's temporary folder),
  // which takes most of the rest of the start-up away; Node 20 has no such cache and skips this.
  module.enableCompileCache?.();
  await import(built.href);
} else {
  process.stderr.write('kindred: running from the TypeScript sources, which is slower; `npm run build` makes the fast built command line.\n');
  const { register } = await import('tsx/esm/api');
  register();
  await import('./kindred.ts');
}
