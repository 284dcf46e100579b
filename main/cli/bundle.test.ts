/**
 * The built command line (out/cli/kindred.mjs) is what `npx kindred` runs once the app has been
 * built. Here it is bundled afresh into a temporary folder and run with plain Node, far from the
 * repository's node_modules, to show it needs neither tsx nor the TypeScript sources.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type { Metafile } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../testing/tempStore';
import { bundleCli } from './bundle';
import { participantPack } from '../domain/pack/participant';
import { renderPack } from '../domain/pack/render';
import { createPackAssets } from '../service/packAssets';
import { createPackRenderer } from '../service/packRenderer';
import { packParts } from '../testing/packParts';
import { largePlan } from '../testing/testPlan';
import { runCli } from './run';

const root = resolve(import.meta.dirname, '../..');
const example = join(root, 'docs/examples/community-conversation.kindred');
const run = promisify(execFile);
// One bundle for the whole file (tempDir() is per test).
const bundleDir = mkdtempSync(join(tmpdir(), 'kindred-cli-'));
let bundle: string;
let metafile: Metafile;
beforeAll(async () => {
  ({ entry: bundle, metafile } = await bundleCli(root, bundleDir));
}, 30_000);
afterAll(() => rmSync(bundleDir, { recursive: true, force: true }));

describe('the built command line', () => {
  it('imports nothing at run time but Node’s own modules and its own chunks: no tsx, no sources, no native driver', () => {
    const outputs = Object.entries(metafile.outputs).filter(([file]) => file.endsWith('.mjs'));
    expect(outputs.map(([file]) => relative(bundleDir, resolve(root, file)))).toContain('kindred.mjs');
    const external = outputs.flatMap(([, o]) => o.imports.filter((i) => i.external).map((i) => i.path));
    expect(external.length).toBeGreaterThan(0);
    for (const name of external) expect(builtinModules.includes(name.replace(/^node:/, '')), name).toBe(true);
    const inputs = outputs.flatMap(([, o]) => Object.keys(o.inputs));
    expect(inputs.filter((i) => /node_modules\/(tsx|better-sqlite3|electron)\//.test(i))).toEqual([]);
  });

  it('keeps the Word writer (docx) out of what review loads', () => {
    const entry = Object.entries(metafile.outputs).find(([file]) => file.endsWith('kindred.mjs'))![1];
    expect(Object.keys(entry.inputs).some((i) => i.includes('node_modules/docx/'))).toBe(false);
    const all = Object.values(metafile.outputs).flatMap((o) => Object.keys(o.inputs));
    expect(all.some((i) => i.includes('node_modules/docx/'))).toBe(true);
  });

  it('reviews a plan file with plain Node exactly as the sources do, exit codes included', async () => {
    const built = await run(process.execPath, [bundle, 'review', example, '--json', '--today', '2027-03-01'], { cwd: tempDir() });
    const direct = await runCli(['review', example, '--json', '--today', '2027-03-01']);
    expect(built.stdout).toBe(direct.stdout);
    expect(built.stderr).toBe('');
    await expect(run(process.execPath, [bundle, 'review', join(tempDir(), 'none.kindred')])).rejects.toMatchObject({ code: 2 });
  }, 30_000);

  it('builds the pack worker beside it, which plain Node runs and which makes the same pack as this thread', async () => {
    const assets = createPackAssets();
    const logged: string[] = [];
    const worker = { url: pathToFileURL(join(bundleDir, 'packWorker.mjs')), typescript: false };
    const renderer = createPackRenderer({ assets, threads: 1, worker, log: (m) => logged.push(m) });
    try {
      const doc = participantPack({ ...largePlan(), blocks: largePlan().blocks.slice(0, 6) }, 'easy_read');
      expect(packParts(await renderer.render(doc))).toEqual(packParts(await renderPack(doc, assets)));
      expect(renderer.made).toEqual({ inWorkers: 1, here: 0 });
      expect(logged).toEqual([]);
    } finally {
      await renderer.close();
    }
  }, 30_000);

  it('writes a Word pack', async () => {
    const out = join(tempDir(), 'pack.docx');
    const r = await run(process.execPath, [bundle, 'export', example, '--pack', 'facilitator', '--out', out]);
    expect(r.stdout).toBe(`Wrote the facilitator pack (standard) to ${out}.\n`);
    // A .docx is a zip: it starts with the local file header.
    expect(readFileSync(out).subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
  }, 30_000);

  it('is what the package.json bin runs whenever it has been built', async () => {
    // The launcher in a stand-in repository whose out/cli holds a marker instead of the real CLI.
    const repo = tempDir();
    mkdirSync(join(repo, 'main/cli'), { recursive: true });
    mkdirSync(join(repo, 'out/cli'), { recursive: true });
    cpSync(join(root, 'main/cli/kindred.mjs'), join(repo, 'main/cli/kindred.mjs'));
    writeFileSync(join(repo, 'out/cli/kindred.mjs'), "process.stdout.write('built: ' + process.argv.slice(2).join(' '));\n");
    const r = await run(process.execPath, [join(repo, 'main/cli/kindred.mjs'), 'review', 'x.kindred']);
    expect(r).toEqual({ stdout: 'built: review x.kindred', stderr: '' });
    // A source changed since the build: the stale build is not used (the sources run through tsx).
    mkdirSync(join(repo, 'main/domain'), { recursive: true });
    writeFileSync(join(repo, 'main/domain/plan.ts'), 'export {};\n');
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(repo, 'main/domain/plan.ts'), later, later);
    // (In this stand-in there is no tsx to run them with, so it stops there: only its words matter.)
    const stale = await run(process.execPath, [join(repo, 'main/cli/kindred.mjs'), 'review', 'x.kindred']).catch(
      (err: { stdout: string; stderr: string }) => err,
    );
    expect(stale.stdout).not.toContain('built:');
    expect(stale.stderr).toContain('the sources have changed since the last build');
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    expect(pkg.bin).toEqual({ kindred: 'main/cli/kindred.mjs' });
  });

  it('is made by every app build (electron.vite.config.ts)', async () => {
    const config = (await import('../../electron.vite.config')).default as {
      main?: { plugins?: { name?: string; apply?: string; closeBundle?: unknown }[] };
    };
    const plugin = config.main?.plugins?.find((p) => p?.name === 'kindred-cli');
    expect(plugin).toMatchObject({ apply: 'build' });
    expect(plugin?.closeBundle).toBeTypeOf('function');
  });
});
