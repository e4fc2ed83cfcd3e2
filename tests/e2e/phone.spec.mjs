// On a phone the map view leads with the map: a compact header, the map on the first screen
// before any tool, and a tapped country's panel right under the map and its year, without
// scrolling. The static first view has the same layout, so the app takes over in place.
import { test, expect, appStarted } from './fixtures.mjs';

const PHONE = { width: 390, height: 844 };

test.use({ viewport: PHONE, hasTouch: true, isMobile: true });

for (const lang of ['en', 'de', 'zh-Hans']) {
  test(`in ${lang}, the map is on the first screen, before the tools, and a tap opens the panel in view`, async ({ page, consoleErrors }) => {
    await page.goto(`./?lang=${lang}`);
    await appStarted(page);
    const map = await page.locator('.sa-map-svg').boundingBox();
    expect(map.x).toBeLessThan(12);
    expect(map.width).toBeGreaterThan(PHONE.width - 24);
    expect(map.y + map.height, 'the whole map on the first screen').toBeLessThan(PHONE.height * 0.75);
    const tools = await page.locator('.sa-map-toolbar').boundingBox();
    expect(tools.y, 'the tools come after the map').toBeGreaterThan(map.y + map.height);
    const year = await page.locator('.sa-timeline').boundingBox();
    expect(year.y).toBeGreaterThanOrEqual(map.y + map.height);
    await page.locator('.sa-map-svg [data-country="BRA"]').tap();
    const heading = page.locator('.sa-map-panel h2');
    await expect(heading).toBeVisible();
    const box = await heading.boundingBox();
    expect(box.y + box.height, 'the panel heading without scrolling').toBeLessThan(PHONE.height);
    expect(await page.evaluate(() => scrollY)).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    expect(consoleErrors).toEqual([]);
  });
}

test('the first view has the phone layout too: the app takes over without a shift', async ({ page, consoleErrors }) => {
  await page.addInitScript(() => {
    window.__shift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  let release;
  const released = new Promise((r) => (release = r));
  await page.route('**/*.wasm', async (route) => {
    await released;
    await route.continue();
  });
  await page.goto('./');
  const staticMap = page.locator('.sa-first-view .sa-map-svg');
  await expect(staticMap).toBeVisible();
  await expect(page.locator('.sa-first-map .sa-boot progress')).toBeVisible();
  const before = await staticMap.boundingBox();
  const figuresBefore = await page.locator('.sa-first-view .sa-headline').boundingBox();
  release();
  await appStarted(page);
  const after = await page.locator('.sa-map-svg').boundingBox();
  const figuresAfter = await page.locator('.sa-headline').boundingBox();
  for (const [a, b] of [[before, after], [figuresBefore, figuresAfter]]) {
    expect(Math.abs(a.y - b.y)).toBeLessThan(2);
    expect(Math.abs(a.height - b.height)).toBeLessThan(2);
  }
  expect(await page.evaluate(() => window.__shift)).toBeLessThan(0.02);
  expect(consoleErrors).toEqual([]);
});
