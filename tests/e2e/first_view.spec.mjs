// The first view: the map of the latest year is in the page itself, in the visitor's
// language, before the app's WebAssembly has arrived; the app takes its place without a
// shift; a link to another view never shows the map first; and if the app cannot start,
// the page says why, in its language, and keeps the map.
import { test, expect, appStarted, holdWasm, watchLayoutShift, layoutShift } from './fixtures.mjs';

const WASM = '**/*.wasm';

const staticMap = (page) => page.locator('.sa-first-view .sa-map-svg');

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const { file, title, figure, country, name } of [
    { file: 'index.html', title: 'Cooperation map', figure: 'more than 500', country: 'KHM', name: 'Cambodia' },
    { file: 'index.de.html', title: 'Kooperationskarte', figure: 'mehr als 500', country: 'KHM', name: 'Kambodscha' },
    { file: 'index.zh.html', title: '合作地图', figure: '超过 500', country: 'KHM', name: '柬埔寨' },
  ]) {
    test(`${file} shows the map, its countries and figures`, async ({ page }) => {
      await page.goto(`./${file}`);
      await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
      await expect(staticMap(page)).toBeVisible();
      expect(await staticMap(page).locator('.sa-map-countries path').count()).toBeGreaterThan(40);
      expect(await staticMap(page).locator('.sa-map-arcs path').count()).toBeGreaterThan(40);
      await expect(page.locator(`[data-country="${country}"] > title`)).toHaveText(new RegExp(`^${name}`));
      await expect(page.locator('[data-figure="certifications"] dd')).toHaveText(figure, { useInnerText: true });
      // Says what needs scripts, instead of a loading bar that never moves.
      await expect(page.locator('.sa-boot-noscript').first()).toBeVisible();
      await expect(page.getByRole('status')).toHaveCount(0);
      // And links to the page in the other languages.
      await expect(page.getByRole('link', { name: 'Deutsch' })).toHaveAttribute('href', 'index.de.html');
      await expect(page.getByRole('link', { name: '简体中文' })).toHaveAttribute('href', 'index.zh.html');
    });
  }
});

test('the map is on screen before the app, with a progress bar, and the app takes its place without a shift', async ({ page, consoleErrors }) => {
  await watchLayoutShift(page);
  await page.setViewportSize({ width: 1366, height: 900 });
  const release = await holdWasm(page);
  await page.goto('./');
  await expect(staticMap(page)).toBeVisible();
  await expect(page.getByRole('status').getByText('Loading the interactive atlas')).toBeVisible();
  const before = await staticMap(page).boundingBox();
  const figuresBefore = await page.locator('.sa-first-view .sa-headline').boundingBox();
  release();
  await appStarted(page);
  const after = await page.locator('.sa-map-svg').boundingBox();
  const figuresAfter = await page.locator('.sa-headline').boundingBox();
  for (const [a, b] of [[before, after], [figuresBefore, figuresAfter]]) {
    expect(Math.abs(a.x - b.x)).toBeLessThan(2);
    expect(Math.abs(a.y - b.y)).toBeLessThan(2);
    expect(Math.abs(a.width - b.width)).toBeLessThan(2);
  }
  // A click on a country now opens its panel: the map is the app's.
  await page.locator('.sa-map-svg [data-country="KHM"]').click();
  await expect(page.getByRole('heading', { name: 'Cambodia' })).toBeVisible();
  expect(await layoutShift(page)).toBeLessThan(0.02);
  expect(consoleErrors).toEqual([]);
});

test('the first view speaks the language the app picks: the link, then the browser', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'de-DE' });
  const page = await context.newPage();
  const release = await holdWasm(page);
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'Kooperationskarte' })).toBeVisible();
  await expect(page.getByText('Cooperation map')).toBeHidden();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await page.goto('./?lang=zh');
  await expect(page.getByRole('heading', { level: 1, name: '合作地图' })).toBeVisible();
  await expect(page.getByText('Kooperationskarte')).toBeHidden();
  release();
  await appStarted(page);
  await expect(page.getByRole('heading', { level: 1, name: '合作地图' })).toBeVisible();
  await context.close();
});

test('a link to another view never shows the map first', async ({ page }) => {
  const release = await holdWasm(page);
  for (const query of ['?view=search', '?lang=de&country=KEN', '?view=charts&lang=de', '?embed=1']) {
    await page.goto(`./${query}`);
    await expect(page.locator('.sa-first-view')).toHaveCount(1);
    await expect(page.getByRole('status').first()).toBeVisible();
    await expect(staticMap(page)).toBeHidden();
    await expect(page.locator('.sa-first-view h1')).toBeHidden();
  }
  await expect(page.locator('.sa-first-view .sa-header')).toBeHidden(); // embedded: no site header
  await page.goto('./?view=search&lang=de');
  await expect(page.getByRole('link', { name: 'Suche' })).toBeVisible();
  release();
  await appStarted(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Suche' })).toBeVisible();
});

for (const { name, setup, lang, text } of [
  {
    name: 'a missing wasm file',
    setup: (page) => page.route(WASM, (route) => route.fulfill({ status: 404, body: 'not found' })),
    lang: 'en',
    text: 'could not be downloaded',
  },
  {
    name: 'a blocked wasm file',
    setup: (page) => page.route(WASM, (route) => route.abort('blockedbyclient')),
    lang: 'de',
    text: 'wurde blockiert',
  },
  {
    name: 'a browser without WebAssembly',
    setup: (page) => page.addInitScript(() => { delete window.WebAssembly; }),
    lang: 'zh',
    text: 'WebAssembly',
  },
]) {
  test(`${name}: the page says why in its language, keeps the map and offers a retry`, async ({ page }) => {
    await setup(page);
    await page.goto(`./?lang=${lang}`);
    const alert = page.getByRole('alert');
    await expect(alert).toBeVisible();
    await expect(alert).toContainText(text);
    await expect(alert.getByRole('button')).toBeVisible();
    await expect(staticMap(page)).toBeVisible();
    await expect(page.getByRole('status')).toHaveCount(0);
  });
}

test('the retry button loads the app once the wasm is back', async ({ page }) => {
  await page.route(WASM, (route) => route.fulfill({ status: 503, body: 'busy' }));
  await page.goto('./');
  await expect(page.getByRole('alert')).toBeVisible();
  await page.unroute(WASM);
  await page.getByRole('alert').getByRole('button', { name: 'Try again' }).click();
  await appStarted(page);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('the page runs only scripts its policy names: no inline code allowed by a blanket rule', async ({ page, request }) => {
  const html = await (await request.get('./')).text();
  const csp = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/)[1];
  const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([n, ...v]) => [n, v]));
  expect(directives['script-src']).toContain("'self'");
  expect(directives['script-src']).not.toContain("'unsafe-inline'");
  expect(directives['script-src']).not.toContain("'unsafe-eval'");
  expect(directives['script-src'].some((s) => s.startsWith("'sha256-"))).toBe(true);
  expect(directives['connect-src']).toEqual(["'self'"]);
  // The inline script ran under that policy (it marks the first view).
  await page.route(WASM, () => {});
  await page.goto('./');
  await expect(page.locator('.sa-first-view')).toHaveAttribute('data-sa-js', '');
});

test.describe('a country of the static map opens its panel before the app has loaded', () => {
  for (const { lang, name, figure, close } of [
    { lang: 'en', name: 'Kenya', figure: 'Certifications', close: 'Close the country panel' },
    { lang: 'de', name: 'Kenia', figure: 'Zertifizierungen', close: null },
    { lang: 'zh-Hans', name: '肯尼亚', figure: null, close: null },
  ]) {
    test(`in ${lang}: by click, with its figures, closed by Esc`, async ({ page, consoleErrors }) => {
      await page.route(WASM, () => {}); // the app never arrives
      await page.goto(`./?lang=${lang}`);
      await staticMap(page).locator('[data-country="KEN"]').click();
      const panel = page.locator('.sa-first-view .sa-map-panel');
      await expect(panel.getByRole('heading', { level: 2, name })).toBeVisible();
      await expect(panel.getByRole('heading', { level: 2, name })).toBeFocused();
      await expect(panel.locator('dd').first()).toHaveText(/^\d+$/);
      if (figure) await expect(panel.locator('dt').first()).toHaveText(figure);
      if (close) await expect(panel.getByRole('button', { name: close })).toBeVisible();
      await expect(panel.getByRole('img')).toHaveCount(1);
      expect(new URL(page.url()).searchParams.get('country')).toBe('KEN');
      await expect(staticMap(page).locator('[data-country="KEN"]')).toHaveClass(/sa-selected/);
      // Another country replaces it; Esc closes it and the URL forgets the country.
      await staticMap(page).locator('[data-country="KAZ"]').click();
      await expect(page.locator('.sa-first-view .sa-map-panel')).toHaveCount(1);
      await expect(panel).toHaveAttribute('data-country', 'KAZ');
      await page.keyboard.press('Escape');
      await expect(panel).toHaveCount(0);
      expect(new URL(page.url()).searchParams.get('country')).toBeNull();
      expect(consoleErrors).toEqual([]);
    });
  }

  test('the app then shows the same panel in the same place, with focus on it, without a shift', async ({ page, consoleErrors }) => {
    await watchLayoutShift(page);
    await page.setViewportSize({ width: 1366, height: 900 });
    const release = await holdWasm(page);
    await page.goto('./');
    await staticMap(page).locator('[data-country="KEN"]').click();
    const staticPanel = page.locator('.sa-first-view .sa-map-panel');
    await expect(staticPanel.getByRole('heading', { name: 'Kenya' })).toBeFocused();
    const before = await staticPanel.boundingBox();
    const figures = await staticPanel.locator('dl').innerText();
    release();
    await appStarted(page);
    const panel = page.locator('.sa-map-panel');
    await expect(panel.getByRole('heading', { name: 'Kenya' })).toBeFocused();
    expect(await panel.locator('dl').innerText()).toBe(figures);
    const after = await panel.boundingBox();
    expect(Math.abs(after.y - before.y)).toBeLessThan(2);
    expect(Math.abs(after.height - before.height)).toBeLessThan(2);
    expect(await layoutShift(page)).toBeLessThan(0.02);
    // It is the app's panel now: its button opens the search on Kenya.
    await panel.getByRole('button', { name: /Kenya/ }).click();
    await expect(page).toHaveURL(/view=search/);
    expect(new URL(page.url()).searchParams.get('country')).toBe('KEN');
    expect(consoleErrors).toEqual([]);
  });

  test('its search button opens the search on the country', async ({ page }) => {
    await page.route(WASM, () => {});
    await page.goto('./?lang=de');
    await staticMap(page).locator('[data-country="KEN"]').click();
    await page.locator('.sa-first-view .sa-map-panel').getByRole('button', { name: /Kenia/ }).click();
    await expect(page).toHaveURL(/view=search/);
    const url = new URL(page.url());
    expect([url.searchParams.get('country'), url.searchParams.get('lang')]).toEqual(['KEN', 'de']);
  });
});
