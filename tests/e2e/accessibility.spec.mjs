// axe-core (pinned in package.json) over the first view and over each view of the app, in
// light and dark: no serious or critical violation.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test, expect, appStarted } from './fixtures.mjs';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The serious and critical violations axe finds in the page now (rule id and targets). */
async function seriousViolations(page) {
  // Evaluated through the DevTools protocol, which the page's CSP does not govern.
  await page.evaluate(axeSource);
  const results = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

for (const theme of ['light', 'dark']) {
  test(`the first view, before the app starts (${theme})`, async ({ page }) => {
    await page.route('**/*.wasm', () => {});
    await page.goto(`./?theme=${theme}`);
    await expect(page.locator('.sa-first-view .sa-map-svg')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  for (const view of ['map', 'charts', 'search', 'about']) {
    test(`the ${view} view (${theme})`, async ({ page }) => {
      await page.goto(`./?view=${view}&theme=${theme}`);
      await appStarted(page);
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
}
