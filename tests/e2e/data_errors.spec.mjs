// The dataset cannot load: a clear message names what went wrong, and retry works once
// the file is back.
import { test, expect } from './fixtures.mjs';

const DATA = '**/data/atlas.json';

test('a missing dataset shows the status, and retry recovers', async ({ page }) => {
  await page.route(DATA, (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto('./');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('could not be loaded');
  await expect(alert).toContainText('404');
  await expect(alert).toContainText('data/atlas.json');

  await page.unroute(DATA);
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Cooperation map' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a broken dataset lists its problems in the chosen language', async ({ page }) => {
  await page.route(DATA, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: '{"schema_version": 1, "countries": [' }),
  );
  await page.goto('./?lang=de');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('konnten nicht geladen werden');
  await expect(alert.getByRole('listitem').first()).toBeVisible();
  await expect(alert.getByRole('button', { name: 'Erneut versuchen' })).toBeVisible();

  await page.unroute(DATA);
  await alert.getByRole('button', { name: 'Erneut versuchen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kooperationskarte' })).toBeVisible();
});

test('a dataset that fails validation shows each problem with its path', async ({ page, request }) => {
  const good = await (await request.get('./data/atlas.json')).json();
  good.schema_version = 99;
  await page.route(DATA, (route) => route.fulfill({ status: 200, json: good }));
  await page.goto('./');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('schema_version');
});

test('dataset text is never parsed as HTML', async ({ page, request }) => {
  // An unknown country code is quoted in its problem's message ("…" is not a known country),
  // so the markup reaches the page; it must show as text.
  const payload = '<img src=x onerror="window.__xss=1">';
  const good = await (await request.get('./data/atlas.json')).json();
  good.trainers[0].country = payload;
  await page.route(DATA, (route) => route.fulfill({ status: 200, json: good }));
  await page.goto('./');
  const alert = page.getByRole('alert');
  const item = alert.getByRole('listitem').filter({ hasText: 'trainers[0].country' });
  await expect(item).toHaveText(`trainers[0].country: "${payload}" is not a known country`);
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(await item.locator('*').evaluateAll((els) => els.map((e) => e.tagName))).toEqual(['CODE']);
  // No script ran either (the CSP would also stop an inline handler, so the checks above are
  // the ones that catch markup let through): give any image time to fail, then look.
  await page.waitForLoadState('networkidle');
  expect(await page.evaluate(() => window.__xss)).toBeUndefined();
});
