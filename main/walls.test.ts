/**
 * The walls between rooms are dependency-cruiser rules in /.dependency-cruiser.cjs, checked over the
 * real tree by `npm run lint` (part of `npm test`). This proves the rules themselves hold: a small
 * tree laid out like Kindred's, with one crossing of every wall beside imports the walls allow, must
 * give exactly the crossings and nothing else. A rule with no crossing here fails the last test.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { cruise, type ICruiseResult, type IForbiddenRuleType } from 'dependency-cruiser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repo = resolve(import.meta.dirname, '..');
const config = createRequire(import.meta.url)(join(repo, '.dependency-cruiser.cjs')) as {
  forbidden: IForbiddenRuleType[];
  options: Record<string, unknown>;
};

/** Stand-ins for the packages the rules name, so the tree needs nothing installed. */
const PACKAGES = ['electron', 'better-sqlite3', 'docx', 'exceljs', 'zod'];

/** Files that exist to be imported. */
const TARGETS: Record<string, string> = {
  'main/domain/plan.ts': `export const plan = 1;`,
  'main/domain/pack/render.ts': `import { Document } from 'docx';\nexport const render = Document;`,
  'main/store/database.ts': `import Database from 'better-sqlite3';\nexport const db = Database;`,
  'main/store/backupTypes.ts': `export type BackupKind = 'daily';`,
  'main/contract/contract.ts': `import { z } from 'zod';\nimport type { BackupKind } from '../store/backupTypes';\nexport type Kind = BackupKind;\nexport const schema = z;`,
  'main/contract/methods.ts': `export const METHODS = ['getPlan'];`,
  'main/service/service.ts': `import { db } from '../store/database';\nimport { schema } from '../contract/contract';\nimport { plan } from '../domain/plan';\nexport const service = [db, schema, plan];`,
  'main/app/window.ts': `import { service } from '../service/service';\nexport const win = service;`,
  'main/bridge/server.ts': `import { service } from '../service/service';\nexport const server = service;`,
  'main/testing/testPlan.ts': `import { server } from '../bridge/server';\nexport const testPlan = server;`,
  'preload/index.ts': `import { ipcRenderer } from 'electron';\nimport { METHODS } from '../main/contract/methods';\nimport type { Kind } from '../main/contract/contract';\nexport const kind: Kind | undefined = undefined;\nexport const bridge = [ipcRenderer, METHODS];`,
  'renderer/src/agenda.tsx': `import { plan } from '../../main/domain/plan';\nimport type { Kind } from '../../main/contract/contract';\nexport const agenda: [number, Kind?] = [plan];`,
  'renderer/src/agenda.test.ts': `import { testPlan } from '../../main/testing/testPlan';\nexport const t = testPlan;`,
  'main/store/migrations.test.ts': `import { service } from '../service/service';\nexport const t = service;`,
  'e2e/journey.spec.ts': `import { server } from '../main/bridge/server';\nimport { testPlan } from '../main/testing/testPlan';\nexport const t = [server, testPlan];`,
};

/** One crossing of each wall: the file that crosses, what it imports, and the rule that stops it. */
const CROSSINGS: { file: string; imports: string; rule: string; to: string }[] = [
  { file: 'main/domain/reachesStore.ts', imports: '../store/database', rule: 'domain-walls', to: 'main/store/database.ts' },
  { file: 'main/domain/plan.test.ts', imports: '../service/service', rule: 'domain-test-walls', to: 'main/service/service.ts' },
  { file: 'main/store/reachesUp.ts', imports: '../service/service', rule: 'store-walls', to: 'main/service/service.ts' },
  { file: 'main/store/backups.test.ts', imports: '../service/service', rule: 'store-test-walls', to: 'main/service/service.ts' },
  { file: 'main/contract/reachesStore.ts', imports: '../store/database', rule: 'contract-walls', to: 'main/store/database.ts' },
  { file: 'main/contract/contract.test.ts', imports: '../service/service', rule: 'contract-test-walls', to: 'main/service/service.ts' },
  { file: 'main/service/reachesApp.ts', imports: '../app/window', rule: 'service-walls', to: 'main/app/window.ts' },
  { file: 'main/service/dispatch.test.ts', imports: '../bridge/server', rule: 'service-test-walls', to: 'main/bridge/server.ts' },
  { file: 'main/app/recovery.ts', imports: '../store/database', rule: 'app-walls', to: 'main/store/database.ts' },
  { file: 'main/app/startBridge.ts', imports: '../bridge/server', rule: 'app-walls', to: 'main/bridge/server.ts' },
  { file: 'main/app/ipc.test.ts', imports: '../store/database', rule: 'app-test-walls', to: 'main/store/database.ts' },
  { file: 'main/bridge/recovery.ts', imports: '../store/database', rule: 'bridge-walls', to: 'main/store/database.ts' },
  { file: 'main/bridge/api.test.ts', imports: '../app/window', rule: 'bridge-test-walls', to: 'main/app/window.ts' },
  { file: 'main/cli/run.ts', imports: '../store/database', rule: 'cli-walls', to: 'main/store/database.ts' },
  { file: 'main/cli/run.test.ts', imports: '../app/window', rule: 'cli-test-walls', to: 'main/app/window.ts' },
  { file: 'main/packaging/icons.ts', imports: '../domain/plan', rule: 'packaging-walls', to: 'main/domain/plan.ts' },
  { file: 'main/packaging/icons.test.ts', imports: '../service/service', rule: 'packaging-test-walls', to: 'main/service/service.ts' },
  { file: 'preload/channels.ts', imports: '../main/service/service', rule: 'preload-walls', to: 'main/service/service.ts' },
  { file: 'preload/index2.test.ts', imports: '../main/store/database', rule: 'preload-test-walls', to: 'main/store/database.ts' },
  { file: 'renderer/src/reachesService.ts', imports: '../../main/service/service', rule: 'renderer-walls', to: 'main/service/service.ts' },
  { file: 'renderer/src/plans.test.ts', imports: '../../main/app/window', rule: 'renderer-test-walls', to: 'main/app/window.ts' },
  { file: 'main/app/fakes.ts', imports: '../testing/testPlan', rule: 'test-kits-in-tests-only', to: 'main/testing/testPlan.ts' },
  { file: 'main/domain/files.ts', imports: 'node:fs', rule: 'browser-side-not-node', to: 'fs' },
  { file: 'renderer/src/desktop.ts', imports: 'electron', rule: 'browser-side-no-desktop-packages', to: 'node_modules/electron/index.js' },
  { file: 'renderer/src/packs.tsx', imports: '../../main/domain/pack/render', rule: 'renderer-not-docx', to: 'node_modules/docx/index.js' },
  { file: 'renderer/src/payments.tsx', imports: 'exceljs', rule: 'renderer-not-docx', to: 'node_modules/exceljs/index.js' },
  { file: 'preload/heavy.ts', imports: '../main/contract/contract', rule: 'preload-bundles-nothing-heavy', to: 'main/contract/contract.ts' },
  { file: 'main/contract/menuCommands.ts', imports: './contract', rule: 'preload-contract-stays-dependency-free', to: 'main/contract/contract.ts' },
  { file: 'main/service/typo.ts', imports: './servise', rule: 'not-to-unresolvable', to: './servise' },
];

/**
 * A crossing can break more than one wall (the app importing a test kit is both an app wall and a
 * test-kit one); those further rules are expected too.
 */
const ALSO: { rule: string; from: string; to: string }[] = [
  { rule: 'app-walls', from: 'main/app/fakes.ts', to: 'main/testing/testPlan.ts' },
  { rule: 'preload-bundles-nothing-heavy', from: 'preload/channels.ts', to: 'main/service/service.ts' },
];

let root = '';
let result: ICruiseResult;

function write(path: string, text: string) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'kindred-walls-'));
  for (const name of PACKAGES) {
    write(`node_modules/${name}/package.json`, JSON.stringify({ name, main: 'index.js' }));
    write(`node_modules/${name}/index.js`, 'module.exports = {};');
  }
  for (const [path, text] of Object.entries(TARGETS)) write(path, text);
  for (const { file, imports } of CROSSINGS) write(file, `import * as crossing from '${imports}';\nexport const c = crossing;\n`);
  // The real tsconfig lives in the repo, not the small tree; the rest of the options are the real ones.
  const { tsConfig: _ignored, ...options } = config.options;
  const cwd = process.cwd();
  process.chdir(root);
  try {
    const cruised = await cruise(['main', 'preload', 'renderer', 'e2e'], { ...options, validate: true, ruleSet: { forbidden: config.forbidden } });
    result = cruised.output as ICruiseResult;
  } finally {
    process.chdir(cwd);
  }
}, 60_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('the walls (.dependency-cruiser.cjs)', () => {
  it('stop every crossing, and nothing the walls allow', () => {
    const found = result.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`).sort();
    const expected = [...CROSSINGS.map((c) => `${c.rule}: ${c.file} → ${c.to}`), ...ALSO.map((c) => `${c.rule}: ${c.from} → ${c.to}`)].sort();
    expect(found).toEqual(expected);
  });

  it('have a crossing here for every rule', () => {
    const tried = new Set(CROSSINGS.map((c) => c.rule));
    expect(config.forbidden.map((r) => r.name).filter((name) => !tried.has(name ?? ''))).toEqual([]);
  });
});
