// On a phone the map view leads with the map: a compact header, the map on the first screen
// before any tool, and a tapped country's panel right under the map and its year, without
// scrolling. The static first view has the same layout, so the app takes over in place.
import { test, expect, appStarted, holdWasm, watchLayoutShift, layoutShift, expectWholePlaceholder } from './fixtures.mjs';

const PHONE = { width: 390, height: 844 };

test.use({ viewport: PHONE, hasTouch: true, isMobile: true });

for (const lang of ['en', 'de', 'zh-Hans']) {
  test(`in ${lang}, the map is on the first screen, before the tools, and a tap opens the panel in view`, async ({ page, consoleErrors }) => {
    await page.goto(`./?lang=${lang}`);
    await appStarted(page);
    const map = await page.locator('.sa-map-svg').boundingBox();
    expect(map.x).toBeLessThan(12);
    expect(map.width).toBeGreaterThan(PHONE.width - 24);
    expect(map.height, 'the map covers half the screen\'s height').toBeGreaterThanOrEqual(PHONE.height / 2);
    expect(map.y + map.height, 'the whole frame on the first screen').toBeLessThan(PHONE.height * 0.8);
    const tools = await page.locator('.sa-map-toolbar').boundingBox();
    expect(tools.y, 'the tools come after the map').toBeGreaterThan(map.y + map.height);
    await expectWholePlaceholder(page.locator('.sa-map-toolbar input'));
    const year = await page.locator('.sa-timeline').boundingBox();
    expect(year.y).toBeGreaterThanOrEqual(map.y + map.height);
    // One tap after another: each opens its country.
    await page.locator('.sa-map-svg [data-country="KEN"]').tap();
    await expect(page.locator('.sa-map-panel')).toHaveAttribute('data-country', 'KEN');
    await page.locator('.sa-map-svg [data-country="KAZ"]').tap();
    await expect(page.locator('.sa-map-panel')).toHaveAttribute('data-country', 'KAZ');
    const heading = page.locator('.sa-map-panel h2');
    await expect(heading).toBeVisible();
    const box = await heading.boundingBox();
    expect(box.y + box.height, 'the panel heading without scrolling').toBeLessThan(PHONE.height);
    expect(await page.evaluate(() => scrollY)).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    expect(consoleErrors).toEqual([]);
  });
}

for (const lang of ['en', 'de', 'zh']) test(`in ${lang}, on a phone the charts keep their labels' size: bar charts are laid out as wide as their card, the matrix scrolls sideways`, async ({ page, consoleErrors }) => {
  await page.goto(`./?view=charts&lang=${lang}`);
  await appStarted(page);
  const figures = page.locator('figure.sa-chart');
  await expect(figures.first().locator('.sa-chart-svg text').first()).toBeVisible();
  const count = await figures.count();
  expect(count).toBeGreaterThan(5);
  for (let i = 0; i < count; i += 1) {
    const figure = figures.nth(i);
    await figure.scrollIntoViewIfNeeded();
    await expect(figure.locator('.sa-chart-svg text').first()).toBeVisible();
    const drawn = await figure.evaluate((f) => {
      const svg = f.querySelector('.sa-chart-svg');
      const body = f.querySelector('.sa-chart-body');
      const texts = [...svg.querySelectorAll('text')];
      return {
        title: f.querySelector('.sa-chart-title')?.textContent,
        scale: svg.getBoundingClientRect().width / svg.viewBox.baseVal.width,
        smallest: Math.min(...texts.map((t) => t.getBoundingClientRect().height)),
        leftmost: Math.min(...texts.map((t) => t.getBBox().x)),
        scrolls: body.scrollWidth > body.clientWidth + 1,
        matrix: body.classList.contains('sa-chart-wide'),
      };
    });
    expect(drawn.scale, `${drawn.title}: drawn at its own size`).toBeGreaterThan(0.99);
    expect(drawn.smallest, `${drawn.title}: its smallest label`).toBeGreaterThanOrEqual(9);
    expect(drawn.leftmost, `${drawn.title}: no label runs out of the drawing`).toBeGreaterThanOrEqual(-0.5);
    expect(drawn.scrolls, `${drawn.title}: scrolls sideways only if it is the matrix`).toBe(drawn.matrix);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  expect(consoleErrors).toEqual([]);
});

test('a tapped country opens a bottom sheet over the page, the map in view above it; a swipe down or × closes it', async ({ page, consoleErrors }) => {
  await page.goto('./?lang=de');
  await appStarted(page);
  const map = await page.locator('.sa-map-svg').boundingBox();
  await page.locator('.sa-map-svg [data-country="KEN"]').tap();
  const sheet = page.locator('.sa-map-panel');
  await expect(sheet.getByRole('heading', { name: 'Kenia' })).toBeVisible();
  const box = await sheet.boundingBox();
  expect(Math.abs(box.y + box.height - PHONE.height), 'docked at the bottom').toBeLessThan(2);
  expect(box.width).toBeGreaterThanOrEqual(PHONE.width - 1);
  expect(box.y, 'half the map above it stays in view').toBeGreaterThanOrEqual(map.y + map.height * 0.5);
  await expect(sheet.locator('dd').first()).toBeInViewport();

  // Closed by its ×; opened again.
  await sheet.getByRole('button', { name: 'Länderansicht schließen' }).tap();
  await expect(sheet).toHaveCount(0);
  await page.locator('.sa-map-svg [data-country="KEN"]').tap();
  await expect(sheet).toBeVisible();

  // A swipe on its head, as a finger does it (touch events through the browser): a short
  // one leaves it, one down past the threshold closes it.
  const cdp = await page.context().newCDPSession(page);
  const swipe = async (distance) => {
    const head = await sheet.locator('.sa-map-panel-head').boundingBox();
    const x = head.x + 40;
    const y = head.y + head.height / 2;
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
    for (const f of [0.25, 0.5, 0.75, 1]) {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y + distance * f }] });
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  };
  await swipe(20);
  await page.waitForTimeout(200);
  await expect(sheet).toBeVisible();
  await swipe(120);
  await expect(sheet).toHaveCount(0);
  await expect.poll(() => new URL(page.url()).searchParams.get('country')).toBeNull();
  expect(consoleErrors).toEqual([]);
});

/** The map's zoom transform: `translate(tx,ty) scale(k)`. */
async function zoomOf(page) {
  const t = await page.locator('.sa-map-svg > g[data-zoom]').getAttribute('transform');
  const m = t.match(/translate\(([-\d.]+),([-\d.]+)\) scale\(([-\d.]+)\)/);
  return { tx: Number(m[1]), ty: Number(m[2]), k: Number(m[3]) };
}

test('the phone shows a slice of the world around Chongqing; a drag pans it, a pinch zooms it, Reset view returns', async ({ page, consoleErrors }) => {
  await page.goto('./');
  await appStarted(page);
  const canvas = await page.locator('.sa-map-canvas').boundingBox();
  const inCanvas = (b) => b && b.x >= canvas.x && b.x + b.width <= canvas.x + canvas.width;
  const home = await zoomOf(page);
  expect(home.k).toBe(1);
  expect(home.tx, 'moved east, to the network').toBeLessThan(-50);
  expect(inCanvas(await page.locator('.sa-hub-star').boundingBox()), 'Chongqing in view').toBe(true);
  expect(inCanvas(await page.locator('.sa-map-svg [data-country="KEN"]').boundingBox()), 'Kenya in view').toBe(true);

  // Touches as a finger makes them (through the browser, which sends pointer events).
  const cdp = await page.context().newCDPSession(page);
  const touch = (type, points) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points });
  const cx = canvas.x + canvas.width / 2;
  const cy = canvas.y + canvas.height / 2;
  await touch('touchStart', [{ x: cx, y: cy, id: 1 }]);
  for (const f of [0.25, 0.5, 0.75, 1]) await touch('touchMove', [{ x: cx + 120 * f, y: cy, id: 1 }]);
  await touch('touchEnd', []);
  await expect.poll(async () => (await zoomOf(page)).tx, 'a drag right pans at scale 1').toBeGreaterThan(home.tx + 100);
  expect((await zoomOf(page)).k).toBe(1);

  await touch('touchStart', [{ x: cx - 30, y: cy, id: 1 }, { x: cx + 30, y: cy, id: 2 }]);
  for (const f of [1, 2, 3, 4]) {
    await touch('touchMove', [{ x: cx - 30 - 20 * f, y: cy, id: 1 }, { x: cx + 30 + 20 * f, y: cy, id: 2 }]);
  }
  await touch('touchEnd', []);
  await expect.poll(async () => (await zoomOf(page)).k, 'a pinch zooms in').toBeGreaterThan(1.5);

  await page.getByRole('button', { name: 'Reset view' }).tap();
  await expect.poll(() => zoomOf(page)).toEqual(home);
  expect(consoleErrors).toEqual([]);
});

test('the first view has the phone layout too: the app takes over without a shift', async ({ page, consoleErrors }) => {
  await watchLayoutShift(page);
  const release = await holdWasm(page);
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
  expect(await layoutShift(page)).toBeLessThan(0.02);
  expect(consoleErrors).toEqual([]);
});
