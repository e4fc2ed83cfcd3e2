// Shared test fixture: every page records console errors and uncaught exceptions, so a
// test can assert that a run produced none.
import { test as base, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';

export const test = base.extend({
  consoleErrors: async ({ page }, use) => {
    const errors = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(`${msg.text()} (${msg.location().url})`);
    });
    page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
    await use(errors);
  },
});

export { expect };

/** Opens the app at `query` and waits until the app has taken the place of the page's
 *  static first view and its view's heading shows. */
export async function openApp(page, query = '') {
  await page.goto(query ? `./${query}` : './');
  await appStarted(page);
}

/** Waits until the app has taken over from the static first view (`.sa-first-view`). */
export async function appStarted(page) {
  await expect(page.locator('.sa-first-view')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

/** Downloads `name` ("PNG image", "SVG图片", "CSV-Daten") from the download menu inside
 *  `scope` (a chart's figure, or the page for the map's): opens the menu, chooses, and
 *  returns the file's suggested name and bytes. */
export async function download(page, scope, name) {
  const menu = /^(Download|Herunterladen|下载)$/;
  const toggle = scope.getByRole('button', { name: menu });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  const [dl] = await Promise.all([
    page.waitForEvent('download'),
    scope.getByRole('group', { name: menu }).getByRole('button', { name, exact: true }).click(),
  ]);
  return { name: dl.suggestedFilename(), bytes: readFileSync(await dl.path()) };
}

/** The second origin ("a site owner's page") used by the embedding tests. */
export function hostOrigin() {
  return `http://127.0.0.1:${Number(process.env.ATLAS_PORT ?? 4173) + 100}`;
}

/** Runs `fn(arg)` in a blank page of the same browser context: for parsing an exported
 *  file with the browser's parsers, outside the app's Trusted Types policy (which refuses
 *  a string with a <style> element, as an exported SVG has). */
export async function inBlankPage(page, fn, arg) {
  const blank = await page.context().newPage();
  try {
    return await blank.evaluate(fn, arg);
  } finally {
    await blank.close();
  }
}

/** Holds the app's wasm back until `release()` is called, so the first view can be looked at. */
export async function holdWasm(page) {
  let release;
  const released = new Promise((r) => (release = r));
  await page.route('**/*.wasm', async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** Sums the page's layout shifts not caused by input, from its first paint on; read the sum
 *  with `layoutShift(page)`. */
export async function watchLayoutShift(page) {
  await page.addInitScript(() => {
    window.__shift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The layout shift summed since the page loaded (see `watchLayoutShift`). */
export const layoutShift = (page) => page.evaluate(() => window.__shift);

/** Fails unless the placeholder of the text box `input` fits in the box whole (a cut one
 *  hides the end of its hint): its width in the box's own font against the room inside. */
export async function expectWholePlaceholder(input) {
  const { text, room, placeholder } = await input.evaluate((box) => {
    const style = getComputedStyle(box);
    const context = document.createElement('canvas').getContext('2d');
    context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    return {
      placeholder: box.placeholder,
      text: context.measureText(box.placeholder).width,
      room: box.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight),
    };
  });
  expect(placeholder.length, 'the box has a placeholder').toBeGreaterThan(0);
  expect(text, `"${placeholder}" is whole`).toBeLessThanOrEqual(room);
}
