// A hostile dataset costs bounded work: 2,000,000 empty records (16,000,000 missing fields)
// give a short list, the full count in the page's language, and a tab that still answers.
import { test, expect } from './fixtures.mjs';

const DATA = '**/data/atlas.json';

test('two million empty records: a capped list, the count, and a live tab', async ({ page }) => {
  const body = `{"schema_version":1,"platforms":[${Array(2_000_000).fill('{}').join(',')}]}`;
  await page.route(DATA, (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
  const started = Date.now();
  await page.goto('./?lang=de');
  const alert = page.getByRole('alert');
  // 8 missing fields in each of 2,000,000 records, plus the missing sections: 16.000.0xx
  // in German digits grouping.
  await expect(alert).toContainText(/hat 16\.000\.0\d\d Problem/, { timeout: 60_000 });
  console.log(`problem list shown ${Date.now() - started} ms after navigation`);
  await expect(alert.getByRole('listitem')).toHaveCount(12);
  await expect(alert).toContainText(/und 16\.000\.0\d\d weitere/);
  await expect(alert).toContainText('platforms[0].kind');
  // The tab survived and still runs the app: retry loads the real file.
  expect(await page.evaluate(() => 6 * 7)).toBe(42);
  await page.unroute(DATA);
  await alert.getByRole('button', { name: 'Erneut versuchen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kooperationskarte' })).toBeVisible();
});
