/**
 * No network, ever. Every screen of the app loads with nothing asked of anywhere but its own
 * loopback origin (the typeface included), and the guard that fails any test otherwise
 * (support/networkGuard.ts, installed on every test by fixtures/app.ts) is shown to catch each way
 * a page can reach out: fetch, image, font, stylesheet, beacon, WebSocket, worker, service worker.
 * Nothing here really leaves the machine: off-loopback requests are answered locally.
 */
import { expect, test } from '../fixtures/app';
import { watchNetwork } from '../support/networkGuard';

const ELSEWHERE = 'kindred.invalid';

test('every screen loads from the app itself, the typeface included', async ({ app, page, context }) => {
  test.slow();
  const watch = watchNetwork(context, new URL(app.url).origin);
  // Loaded afresh under this watch (the fixture opened the page before it); screens then change by hash.
  await page.reload();
  await expect(page.getByRole('list', { name: 'Plans' })).toBeVisible();
  const plans = app.bridge.kindred.dispatch('listPlans', undefined);
  const planId = plans.ok ? (plans.value as { id: string }[])[0]!.id : '';
  for (const tab of ['details', 'people', 'access', 'agenda', 'review', 'after', 'packs']) {
    await page.goto(`${app.url}/#/plan/${planId}/${tab}`);
    await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
  }
  // A preview made afresh asks the bridge, and only the bridge.
  await page.getByRole('radiogroup', { name: 'Format' }).getByText('Easy Read', { exact: true }).click();
  await expect(page.getByTestId('pack-preview')).toHaveAttribute('data-format', 'easy_read');
  await page.goto(`${app.url}/#/backups`);
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  await page.evaluate(() => document.fonts.ready);

  expect(
    watch.own.some((url) => url.endsWith('.woff2')),
    'the typeface is served by the app',
  ).toBe(true);
  expect(
    watch.own.some((url) => url.includes('/api/')),
    'the API is the loopback bridge',
  ).toBe(true);
  expect(watch.stray).toEqual([]);
});

test('the guard catches every kind of attempt to reach the network', async ({ app, browser }) => {
  const origin = new URL(app.url).origin;
  // Without the CSP, which would stop most of these before they became requests: this is about the
  // guard seeing them. Off-loopback requests are answered here, so nothing leaves.
  const context = await browser.newContext({ bypassCSP: true, serviceWorkers: 'allow' });
  try {
    const watch = watchNetwork(context, origin);
    await context.route(
      (url) => url.hostname === ELSEWHERE,
      (route) => route.fulfill({ status: 204, body: '' }),
    );
    await context.route(`${origin}/stray-sw.js`, (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: `self.addEventListener('install', (e) => e.waitUntil(fetch('https://${ELSEWHERE}/from-service-worker').catch(() => {})));`,
      }),
    );
    const page = await context.newPage();
    await page.goto(app.openUrl);
    await expect(page.getByRole('list', { name: 'Plans' })).toBeVisible();
    expect(watch.stray).toEqual([]);

    await page.evaluate(async (host) => {
      void fetch(`https://${host}/fetch`).catch(() => {});
      const img = new Image();
      img.src = `https://${host}/image.png`;
      void new FontFace('Stray', `url(https://${host}/font.woff2)`).load().catch(() => {});
      const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: `https://${host}/style.css` });
      document.head.append(link);
      navigator.sendBeacon(`https://${host}/beacon`, 'hello');
      // Another port on loopback is not the app either; refused at once, so nothing is sent.
      new WebSocket('ws://127.0.0.1:9/socket');
      new Worker(URL.createObjectURL(new Blob([`fetch('https://${host}/from-worker').catch(() => {})`], { type: 'text/javascript' })));
      await navigator.serviceWorker.register('/stray-sw.js').catch(() => {});
    }, ELSEWHERE);

    const expected = [
      `GET https://${ELSEWHERE}/fetch`,
      `GET https://${ELSEWHERE}/image.png`,
      `GET https://${ELSEWHERE}/font.woff2`,
      `GET https://${ELSEWHERE}/style.css`,
      `POST https://${ELSEWHERE}/beacon`,
      'WEBSOCKET ws://127.0.0.1:9/socket',
      `GET https://${ELSEWHERE}/from-worker`,
      `SERVICE WORKER ${origin}/stray-sw.js`,
    ];
    await expect.poll(() => watch.stray.filter((s) => expected.includes(s)).sort(), { timeout: 10_000 }).toEqual([...expected].sort());
  } finally {
    await context.close();
  }
});

test('a page that reaches for the network fails its test (an expected failure, shown ✘)', async ({ page }) => {
  test.fail(true, 'Expected: the CSP refuses the fetch and the fixture guards report it when the test ends.');
  await page.route(`https://${ELSEWHERE}/**`, (route) => route.fulfill({ status: 204, body: '' }));
  await page.evaluate((host) => fetch(`https://${host}/from-the-app`).catch(() => null), ELSEWHERE);
});
