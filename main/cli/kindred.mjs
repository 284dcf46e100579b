#!/usr/bin/env node
// `npx kindred …` inside this repository. Runs the built command line, out/cli/kindred.mjs, which
// every app build makes (`npm run build`, `npm start`, `npm test`; main/cli/bundle.ts): plain
// JavaScript, so it starts about as fast as Node itself. Before the first build it runs the
// TypeScript sources through tsx instead (slower, but the same code), and says so once on stderr;
// the same when a source file has changed since the build, so a stale build never answers for code
// that is no longer there. The installed app does not ship the command line.
import { existsSync, readdirSync, statSync } from 'node:fs';
import module from 'node:module';
import { fileURLToPath } from 'node:url';

const built = new URL('../../out/cli/kindred.mjs', import.meta.url);

/** Whether any source the command line is built from is newer than the build (a few ms of stat calls). */
function staleBuild() {
  const builtAt = statSync(built).mtimeMs;
  for (const room of ['cli', 'contract', 'domain', 'service']) {
    const dir = fileURLToPath(new URL(`../${room}/`, import.meta.url));
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir, { recursive: true })) {
      if (typeof name === 'string' && name.endsWith('.ts') && !name.endsWith('.test.ts') && statSync(dir + name).mtimeMs > builtAt) return true;
    }
  }
  return false;
}

const stale = existsSync(built) && staleBuild();
if (existsSync(built) && !stale) {
  // Node 22.1 and later can keep the compiled code between runs (in the system's temporary folder),
  // which takes most of the rest of the start-up away; Node 20 has no such cache and skips this.
  module.enableCompileCache?.();
  await import(built.href);
} else {
  process.stderr.write(
    stale
      ? 'kindred: the sources have changed since the last build, so this runs them through tsx (slower); `npm run build` brings the fast built command line up to date.\n'
      : 'kindred: running from the TypeScript sources, which is slower; `npm run build` makes the fast built command line.\n',
  );
  const { register } = await import('tsx/esm/api');
  register();
  await import('./kindred.ts');
}
