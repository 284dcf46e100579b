/**
 * The release workflow only runs on GitHub's runners, so here it is parsed (with js-yaml, the YAML
 * parser electron-builder itself uses) and held to what issue #7 asks of it: a native runner per
 * system and architecture, the tests, the installer, the packaged app started and driven by
 * Playwright, the installer uploaded, and signing secrets reaching steps only as environment values.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { getConfig } from 'app-builder-lib/out/util/config/config';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const yaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}
interface Workflow {
  on: { push: { tags: string[] }; workflow_dispatch: unknown };
  permissions: Record<string, string>;
  jobs: Record<string, { 'runs-on': string; strategy: { matrix: { include: { os: string; platform: string; arch: string }[] } }; steps: Step[] }>;
}

// Plain newlines even in a checkout with Windows line endings (core.autocrlf on the Windows runners).
const text = readFileSync(join(root, '.github/workflows/release.yml'), 'utf8').replace(/\r\n/g, '\n');
let workflow: Workflow;
let steps: Step[];
beforeAll(() => {
  workflow = yaml.load(text) as Workflow;
  steps = Object.values(workflow.jobs)[0]!.steps;
});

/** Index of the first step whose run script or action matches. */
const stepIndex = (pattern: RegExp) => steps.findIndex((s) => pattern.test(s.run ?? '') || pattern.test(s.uses ?? ''));

describe('.github/workflows/release.yml', () => {
  it('runs on a version tag, or by hand, with read-only access to the repository', () => {
    expect(workflow.on.push.tags).toEqual(['v*']);
    expect(workflow.on).toHaveProperty('workflow_dispatch');
    expect(workflow.permissions).toEqual({ contents: 'read' });
  });

  it('has one job per system and architecture, on a native runner, matching electron-builder.yml’s targets', async () => {
    expect(Object.keys(workflow.jobs)).toHaveLength(1);
    const job = Object.values(workflow.jobs)[0]!;
    expect(job['runs-on']).toBe('${{ matrix.os }}');
    const include = job.strategy.matrix.include.map(({ os, platform, arch }) => ({ os, platform, arch }));
    expect(include).toEqual([
      { os: 'windows-latest', platform: 'win', arch: 'x64' },
      { os: 'windows-11-arm', platform: 'win', arch: 'arm64' },
      { os: 'macos-15-intel', platform: 'mac', arch: 'x64' },
      { os: 'macos-15', platform: 'mac', arch: 'arm64' },
    ]);
    const config = await getConfig(root, 'electron-builder.yml', null);
    const targets = { mac: config.mac?.target, win: config.win?.target } as Record<string, { arch: string[] }[]>;
    for (const { platform, arch } of include) expect(targets[platform]?.[0]?.arch).toContain(arch);
  });

  it('installs, tests on the Node build, builds out/, then packages that one platform and architecture without publishing', () => {
    const order = [
      /^npm ci\b/,
      /npm run native:node\n+npm run typecheck\n+npm run test:unit/,
      /^npm run build$/,
      /npx electron-builder .*--\$\{\{ matrix\.platform \}\} --\$\{\{ matrix\.arch \}\} --publish never/,
    ];
    const at = order.map(stepIndex);
    expect(
      at.every((i) => i >= 0),
      `all found: ${at.join(', ')}`,
    ).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    // Files are checked out as committed (no CRLF on Windows), then Node is set up.
    expect(stepIndex(/^git config --global core.autocrlf false$/)).toBe(0);
    expect(stepIndex(/actions\/checkout@v\d+$/)).toBe(1);
    expect(steps[2]?.uses).toMatch(/^actions\/setup-node@v\d+$/);
    // The version is .nvmrc's, which nodeVersion.test.ts holds to the desktop tooling's needs.
    expect(steps[2]?.with).toMatchObject({ 'node-version-file': '.nvmrc' });
    expect(steps[2]?.with?.['node-version']).toBeUndefined();
  });

  it('starts the packaged app as shipped, then drives an inspectable copy with Playwright’s Electron project', () => {
    const packaging = stepIndex(/npx electron-builder/);
    const shipped = stepIndex(/npx tsx e2e\/electron\/startsAsShipped\.ts --arch \$\{\{ matrix\.arch \}\}/);
    const copy = stepIndex(/npx tsx e2e\/electron\/prepareSmoke\.ts --arch \$\{\{ matrix\.arch \}\}[\s\S]*KINDRED_ELECTRON_APP=.*>> "\$GITHUB_ENV"/);
    const smoke = stepIndex(/^npx playwright test --project=electron$/);
    expect(packaging).toBeLessThan(shipped);
    expect(shipped).toBeLessThan(copy);
    expect(copy).toBeLessThan(smoke);
    for (const script of ['e2e/electron/startsAsShipped.ts', 'e2e/electron/prepareSmoke.ts', 'e2e/electron/smoke.spec.ts']) {
      expect(existsSync(join(root, script)), script).toBe(true);
    }
  });

  it('smoke tests spelling offline: a misspelt word marked, and Chromium’s net log showing no request left the app', () => {
    const smoke = readFileSync(join(root, 'e2e/electron/smoke.spec.ts'), 'utf8');
    expect(smoke).toContain('--log-net-log=');
    expect(smoke).toMatch(/expect\(networkRequests\(await readFile\(netLog, 'utf8'\)\)\)\.toEqual\(\[\]\)/);
    expect(smoke).toMatch(/\.toBe\('recieve'\)/);
  });

  it('uploads the installers, and fails when there are none', () => {
    const upload = steps.filter((s) => s.uses?.startsWith('actions/upload-artifact@') && !s.if);
    expect(upload).toHaveLength(1);
    expect(
      upload[0]?.with?.path
        ?.trim()
        .split('\n')
        .map((p) => p.trim()),
    ).toEqual(['release/*.exe', 'release/*.dmg']);
    expect(upload[0]?.with?.['if-no-files-found']).toBe('error');
    expect(stepIndex(/actions\/upload-artifact/)).toBeGreaterThan(stepIndex(/npx playwright test/));
  });

  it('only runs npm scripts that exist', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    const used = [...text.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]!);
    expect(used.length).toBeGreaterThan(3);
    for (const script of used) expect(pkg.scripts, script).toHaveProperty(script);
  });

  it('passes secrets to steps only as environment values, never inside a command line', () => {
    for (const step of steps) expect(step.run ?? '', step.name).not.toContain('secrets.');
    const secretNames = [...text.matchAll(/secrets\.([A-Z0-9_]+)/g)].map((m) => m[1]);
    expect(new Set(secretNames)).toEqual(
      new Set([
        'MAC_CSC_LINK',
        'MAC_CSC_KEY_PASSWORD',
        'APPLE_API_KEY_P8',
        'APPLE_API_KEY_ID',
        'APPLE_API_ISSUER',
        'WIN_CSC_LINK',
        'WIN_CSC_KEY_PASSWORD',
      ]),
    );
    // Every action comes from a tagged release.
    for (const step of steps.filter((s) => s.uses)) expect(step.uses).toMatch(/^actions\/[\w-]+@v\d+$/);
  });
});
