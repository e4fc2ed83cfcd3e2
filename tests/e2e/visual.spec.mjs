// Visual regression: every view at four screen sizes, light and dark, in English, plus a few
// shots in Chinese and German (their fonts), compared with the committed baselines in
// tests/e2e/screenshots/ (`map-1366x768-dark.png`, …). Fonts are pinned by the Debian packages
// the tests run with (Chromium, fonts-noto-cjk), so the baselines carry no platform suffix.
//
// A missing baseline is an error, never written silently (`updateSnapshots: 'none'` in the
// config). A changed baseline is a reviewed change: after a deliberate change to the look,
// regenerate them from the build in dist/ (or ATLAS_DIST) with
//
//   npm run screenshots:update
//   (= npx playwright test --config tests/e2e/playwright.config.mjs visual --update-snapshots)
//
// and look at every changed PNG in the diff before committing it.
//
// Nothing on these views depends on the clock, so nothing is masked; what could move is
// waited for (the app's take-over, the view drawn, the search index, fonts) or switched off
// (reduced motion, animations, the caret).
import { test, expect, openApp } from './fixtures.mjs';

const SIZES = [
  [390, 844],
  [768, 1024],
  [1366, 768],
  [1920, 1080],
];

/** Each view with the query that opens it and what shows once it is drawn whole. */
const VIEWS = {
  map: { query: 'view=map', ready: (page) => expect(page.locator('svg.sa-map-svg')).toBeVisible() },
  charts: {
    query: 'view=charts',
    ready: (page) => expect(page.locator('.sa-chart-list figure').first()).toBeVisible(),
  },
  search: {
    query: 'view=search',
    // The index is built in slices after the start: until then the view says "preparing".
    ready: async (page) => {
      await expect(page.locator('.sa-search-body')).toBeVisible();
      await expect(page.locator('.sa-search-preparing')).toHaveCount(0);
      // The results, then the facets a task later (hidden behind a button on a narrow screen).
      await expect(page.locator('.sa-search-group li').first()).toBeVisible();
      await expect(page.locator('.sa-search-facets input').first()).toBeAttached();
    },
  },
  about: { query: 'view=about', ready: () => {} },
  'present-1': {
    query: 'view=present&slide=1',
    ready: (page) => expect(page.locator('.sa-present-counter')).toHaveText(/^1 \//),
  },
  // The map slide: with reduced motion it shows the latest year and does not play.
  'present-2': {
    query: 'view=present&slide=2',
    ready: (page) => expect(page.locator('.sa-present-counter')).toHaveText(/^2 \//),
  },
};

/** Opens `view` at `width`×`height` in `theme` and `lang`, waits until nothing more will
 *  change (app started, view drawn, fonts loaded, two frames painted) and compares the
 *  viewport with the baseline `<view>-<w>x<h>-<theme>[-<lang>].png`. */
async function shoot(page, { view, width, height, theme, lang = 'en' }) {
  await page.setViewportSize({ width, height });
  // The theme is in the URL; the media query matches it, so nothing that reads
  // `prefers-color-scheme` directly (form controls, scrollbars) disagrees.
  await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
  const { query, ready } = VIEWS[view];
  await openApp(page, `?${query}&lang=${lang}&theme=${theme}`);
  await ready(page);
  await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  });
  // The first screenshot of a fresh page can still differ from every later one by a few
  // colour levels in some raster tiles (the presenter's map): it is thrown away.
  await page.screenshot({ animations: 'disabled', caret: 'hide' });
  const suffix = lang === 'en' ? '' : `-${lang}`;
  await expect.soft(page).toHaveScreenshot(`${view}-${width}x${height}-${theme}${suffix}.png`, {
    animations: 'disabled',
    caret: 'hide',
    scale: 'css',
    // `threshold` (per pixel) absorbs antialiasing noise: the same build gives the same
    // pixels but for a few map pixels a few colour levels apart. At most 0.1 % of the pixels
    // may differ beyond it: the map's legend moved down by 6 px changes 0.9 % at 1366×768,
    // which 1 % would let through.
    maxDiffPixelRatio: 0.001,
    threshold: 0.2,
  });
}

test.describe.configure({ mode: 'parallel' });

for (const view of Object.keys(VIEWS)) {
  for (const theme of ['light', 'dark']) {
    test(`${view}, ${theme}, at four sizes`, async ({ page, consoleErrors }) => {
      // Four page loads and four comparisons.
      test.setTimeout(90_000);
      for (const [width, height] of SIZES) {
        await shoot(page, { view, width, height, theme });
      }
      expect(consoleErrors).toEqual([]);
    });
  }
}

// The other languages' fonts: Chinese (Noto CJK) and German (long words), on a laptop.
for (const [view, lang, theme] of [
  ['map', 'zh', 'light'],
  ['map', 'de', 'dark'],
  ['charts', 'zh', 'dark'],
  ['present-1', 'zh', 'light'],
  ['search', 'de', 'light'],
]) {
  test(`${view} in ${lang}, ${theme}, at 1366×768`, async ({ page, consoleErrors }) => {
    await shoot(page, { view, width: 1366, height: 768, theme, lang });
    expect(consoleErrors).toEqual([]);
  });
}
