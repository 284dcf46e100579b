import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './main/testing/chromium';

const ci = Boolean(process.env.CI);

/**
 * No webServer: every test starts its own bridge in-process on a fresh data folder (see
 * e2e/fixtures/app.ts), so tests cannot see each other's plans and can restart the app at will.
 * Needs the built renderer: `npm run build` first (`npm test` does).
 */
export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  forbidOnly: ci,
  retries: ci ? 1 : 0,
  workers: 2,
  reporter: 'list',
  // Two workers on a two-core CI machine, each with a browser and a bridge: allow for slow runs there.
  timeout: ci ? 60_000 : 30_000,
  expect: { timeout: 5_000 },
  use: {
    actionTimeout: 10_000,
    navigationTimeout: 15_000,
    trace: 'retain-on-failure',
    // Kindred is a UK product: dates and times in tests read as the facilitator would see them.
    locale: 'en-GB',
    timezoneId: 'Europe/London',
  },
  projects: [
    {
      name: 'web',
      testIgnore: 'e2e/electron/**',
      use: { browserName: 'chromium', launchOptions: chromiumLaunchOptions },
    },
    {
      name: 'electron',
      testMatch: 'e2e/electron/**/*.spec.ts',
      // Electron runs whole app instances; one at a time keeps them from fighting over the display.
      fullyParallel: false,
    },
  ],
});
