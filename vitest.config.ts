import { defineConfig } from 'vitest/config';

// Unit and integration tests: domain, store, service, dispatch, bridge, and the Electron main and
// preload code with Electron injected. Browser journeys live in e2e/ (Playwright).
export default defineConfig({
  test: {
    include: ['main/**/*.test.ts', 'preload/**/*.test.ts', 'renderer/**/*.test.{ts,tsx}'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 20_000,
  },
});
