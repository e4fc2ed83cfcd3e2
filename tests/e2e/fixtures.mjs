// Shared test fixture: every page records console errors and uncaught exceptions, so a
// test can assert that a run produced none.
import { test as base, expect } from '@playwright/test';

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

/** Opens the app at `query` and waits until the data has loaded (the view's heading shows). */
export async function openApp(page, query = '') {
  await page.goto(query ? `./${query}` : './');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

/** The second origin ("a site owner's page") used by the embedding tests. */
export function hostOrigin() {
  return `http://127.0.0.1:${Number(process.env.ATLAS_PORT ?? 4173) + 100}`;
}
