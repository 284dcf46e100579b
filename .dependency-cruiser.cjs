/**
 * The walls between Kindred's rooms, as dependency-cruiser rules (`npm run lint` checks them, and
 * so `npm test` fails when one is crossed). The table is docs/architecture.md's "The rooms and
 * their walls", folder by folder: a file may import its own room, the rooms listed beside it and
 * packages, nothing else of ours. Type-only imports count too: a wall is about what a room may know,
 * not only what it bundles. main/walls.test.ts proves every rule here stops a crossing.
 */

/** Product files are everything but tests; test kits (main/testing) are checked separately below. */
const TEST = '\\.test\\.tsx?$';

/** Room → the rooms (folders, or single files) it may import besides itself. */
const ROOMS = {
  // Pure TypeScript the renderer runs too: nothing else of ours.
  'main/domain': [],
  'main/store': ['main/domain'],
  // The store's own types, re-exported, so the contract never reaches the store's code.
  'main/contract': ['main/domain', 'main/store/backupTypes.ts'],
  'main/service': ['main/contract', 'main/domain', 'main/store'],
  // Electron main and the web bridge reach the store (recovery too) only through the service.
  'main/app': ['main/contract', 'main/service', 'main/domain'],
  'main/bridge': ['main/contract', 'main/service', 'main/domain'],
  'main/cli': ['main/domain', 'main/service', 'main/contract'],
  // Build and release scripts stand apart from the app.
  'main/packaging': [],
  // Narrowed further by `preload-bundles-nothing-heavy`.
  preload: ['main/contract'],
  renderer: ['main/contract', 'main/domain'],
};

/**
 * Three store tests read migrated data back through the service on purpose, to prove nothing is
 * lost end to end (docs/architecture.md); no other test reaches up.
 */
const STORE_TESTS_THROUGH_SERVICE = '^main/store/(migrations|database|migrationFixtures)\\.test\\.ts$';

const OURS = '^(main|preload|renderer|e2e)/';
const escapeDots = (path) => path.replace(/[.]/g, '\\.');
/** A pattern for a folder (and everything under it) or, when it names a file, that file alone. */
const under = (path) => (/\.[a-z]+$/.test(path) ? `${escapeDots(path)}$` : `${escapeDots(path)}/`);
const anyOf = (paths) => `^(${paths.map(under).join('|')})`;

const roomRules = Object.entries(ROOMS).flatMap(([room, allowed]) => [
  {
    name: `${room.replace('main/', '')}-walls`,
    comment: `${room} may import only ${allowed.length ? allowed.join(', ') : 'itself'} (docs/architecture.md).`,
    severity: 'error',
    from: { path: `^${under(room)}`, pathNot: TEST },
    to: { path: OURS, pathNot: anyOf([room, ...allowed]) },
  },
  {
    name: `${room.replace('main/', '')}-test-walls`,
    comment: `A test in ${room} may use the test kits (main/testing) besides what ${room} may import.`,
    severity: 'error',
    from: { path: `^${under(room)}.*${TEST}`, pathNot: STORE_TESTS_THROUGH_SERVICE },
    to: { path: OURS, pathNot: anyOf([room, ...allowed, 'main/testing']) },
  },
]);

/** What runs in the page, and the domain and contract it imports, must also run in a browser. */
const BROWSER_SIDE = anyOf(['renderer', 'main/domain', 'main/contract', 'main/store/backupTypes.ts']);

/** The dependency-free contract files the sandboxed preload bundles (it can require only electron). */
const PRELOAD_CONTRACT = anyOf([
  'main/contract/methods.ts',
  'main/contract/bridgeTypes.ts',
  'main/contract/fileChannels.ts',
  'main/contract/menuCommands.ts',
]);
const TYPES_ONLY = ['type-only', 'type-import'];

module.exports = {
  forbidden: [
    ...roomRules,
    {
      name: 'test-kits-in-tests-only',
      comment: 'main/testing holds test kits: product code never imports them, so they are never bundled.',
      severity: 'error',
      from: { pathNot: [TEST, '^main/testing/', '^e2e/'] },
      to: { path: '^main/testing/' },
    },
    {
      name: 'browser-side-not-node',
      comment:
        'The renderer, and the domain and contract it imports, run in the page: no Node built-ins, ' +
        'Electron or SQLite (tests run in Node and may).',
      severity: 'error',
      from: { path: BROWSER_SIDE, pathNot: TEST },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'browser-side-no-desktop-packages',
      comment: 'Electron and better-sqlite3 belong to main; the page and the pure domain never import them.',
      severity: 'error',
      from: { path: BROWSER_SIDE, pathNot: TEST },
      to: { path: '(^|/)node_modules/(electron|better-sqlite3)/' },
    },
    {
      name: 'renderer-not-docx',
      comment:
        'The renderer may import any of the domain except what reaches the Word writer (docx, via ' +
        'main/domain/pack/render.ts), nor the Excel writer (exceljs, for the payments list): packs and ' +
        'workbooks are made by the service, and either would swell the page.',
      severity: 'error',
      from: { path: '^renderer/', pathNot: TEST },
      to: { path: '(^|/)node_modules/(docx|exceljs)/', reachable: true },
    },
    {
      name: 'preload-bundles-nothing-heavy',
      comment:
        'The sandboxed preload can require only electron; what else it imports is bundled and must stay ' +
        'tiny, so at run time it reaches only electron, itself and the dependency-free contract files.',
      severity: 'error',
      from: { path: '^preload/', pathNot: TEST },
      to: { dependencyTypesNot: TYPES_ONLY, pathNot: [`^preload/`, PRELOAD_CONTRACT, '(^|/)node_modules/electron/'] },
    },
    {
      name: 'preload-contract-stays-dependency-free',
      comment: 'The contract files the preload bundles import nothing at run time but each other, however deep.',
      severity: 'error',
      from: { path: PRELOAD_CONTRACT },
      to: { dependencyTypesNot: TYPES_ONLY, pathNot: PRELOAD_CONTRACT },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'An import the checker cannot follow could hide a crossing, so every import must resolve.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: '(^|/)node_modules/' },
    exclude: { path: '^(out|dist|release)/' },
    // `import type` is erased by TypeScript but is still what a room knows, so keep it.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      // ESM-only packages (vite, tsx/esm/api) resolve through their `exports` conditions.
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
