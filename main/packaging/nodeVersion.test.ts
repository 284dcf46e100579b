/**
 * One Node version for the desktop tooling, said the same way everywhere a developer or a runner
 * looks: package.json's engines, .nvmrc, .node-version, the release workflow and the README. It is
 * the highest floor that Electron and the tools that fetch and rebuild for it declare, so a version
 * bump of one of them that raises it fails here until everything is updated together.
 * (Tests and browser mode also run on Node 20, which CI uses: npm only warns about engines.)
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DESKTOP_NODE } from './prepareDesktop.mjs';

const root = resolve(import.meta.dirname, '../..');
const read = (p: string) => readFileSync(join(root, p), 'utf8').replace(/\r\n/g, '\n');
const semver = createRequire(import.meta.url)('semver') as {
  minVersion(range: string): { version: string } | null;
  compare(a: string, b: string): number;
  satisfies(version: string, range: string): boolean;
};
const engines = (pkg: string) => (JSON.parse(read(`node_modules/${pkg}/package.json`)) as { engines?: { node?: string } }).engines?.node;

describe('the Node version the desktop tooling needs', () => {
  it('is the highest floor Electron and its download and rebuild tools declare', () => {
    const floors = ['electron', '@electron/get', '@electron/rebuild', 'electron-vite', 'electron-builder'].map((pkg) => {
      const range = engines(pkg);
      expect(range, `${pkg} declares its Node`).toBeTypeOf('string');
      return semver.minVersion(range!)!.version;
    });
    const highest = [...floors].sort(semver.compare).at(-1);
    expect(DESKTOP_NODE).toBe(highest);
  });

  it('is what package.json’s engines says', () => {
    const pkg = JSON.parse(read('package.json')) as { engines: { node: string } };
    expect(pkg.engines.node).toBe(`>=${DESKTOP_NODE}`);
    // The lockfile keeps its own copy of the root package's engines.
    const lock = JSON.parse(read('package-lock.json')) as { packages: Record<string, { engines?: { node?: string } }> };
    expect(lock.packages['']?.engines?.node).toBe(pkg.engines.node);
  });

  it('is the line .nvmrc and .node-version name, and the release workflow sets up from .nvmrc', () => {
    const nvmrc = read('.nvmrc').trim();
    expect(read('.node-version').trim()).toBe(nvmrc);
    // A major line ("22") installs its newest release, which must meet the floor.
    expect(nvmrc).toMatch(/^\d+$/);
    expect(Number(nvmrc)).toBe(Number(DESKTOP_NODE.split('.')[0]));
    expect(semver.satisfies(`${nvmrc}.99.0`, `>=${DESKTOP_NODE}`)).toBe(true);
    expect(read('.github/workflows/release.yml')).toMatch(/^\s+node-version-file: \.nvmrc$/m);
  });

  it('is in the README, before the facilitators’ Installing section', () => {
    const readme = read('README.md');
    const [major, minor] = DESKTOP_NODE.split('.');
    const said = readme.indexOf(`Node ${major}.${minor}`);
    expect(said, 'the README names the version').toBeGreaterThan(-1);
    expect(said).toBeLessThan(readme.indexOf('## Installing'));
    expect(readme).toContain('.nvmrc');
  });
});
