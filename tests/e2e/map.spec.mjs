// The cooperation map, driven the way a person does: by pointer, by keyboard only, by
// the timeline, zoom, find-a-country, deep links and the table view.
import { test, expect, openApp, expectWholePlaceholder } from './fixtures.mjs';

const kenya = (page) => page.getByRole('button', { name: /^Kenya: / });
const panel = (page) => page.getByRole('complementary');

/** The certifications count in a country's accessible name ("Kenya: 14 certifications, …"). */
async function certsInLabel(locator) {
  const label = await locator.getAttribute('aria-label');
  return label.match(/: ([\d,]+) certifications/)[1];
}

test('clicking a country opens its panel with the same figures as its name', async ({ page, consoleErrors }) => {
  await openApp(page);
  const country = kenya(page);
  await expect(country).toBeVisible();
  const certs = await certsInLabel(country);
  await country.click();
  await expect(panel(page).getByRole('heading', { name: 'Kenya' })).toBeVisible();
  await expect(panel(page)).toContainText(`Certifications${certs}`);
  await expect(panel(page).getByRole('img', { name: /Certifications by year: 2015: / })).toBeVisible();
  await expect(page).toHaveURL(/country=KEN/);
  expect(consoleErrors).toEqual([]);
});

test('keyboard only: Tab into the map, arrows, Enter, read the panel, Esc returns focus', async ({ page, consoleErrors }) => {
  await openApp(page);
  await page.getByLabel('Find a country').focus();
  // Tab through the toolbar and timeline until a country has focus.
  let name = '';
  for (let i = 0; i < 30 && !name.includes('certifications'); i++) {
    await page.keyboard.press('Tab');
    name = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
  }
  expect(name).toMatch(/certifications/);
  await page.keyboard.press('ArrowRight');
  const next = await page.evaluate(() => document.activeElement.getAttribute('aria-label'));
  expect(next).not.toEqual(name);
  await page.keyboard.press('Enter');
  const countryName = next.split(':')[0];
  await expect(panel(page).getByRole('heading', { name: countryName })).toBeVisible();
  await expect(panel(page)).toContainText('Partner institutions');
  await page.keyboard.press('Escape');
  await expect(panel(page)).toHaveCount(0);
  const focused = await page.evaluate(() => document.activeElement.getAttribute('aria-label'));
  expect(focused).toEqual(next);
  expect(consoleErrors).toEqual([]);
});

test('the timeline changes the map and the headline totals; play animates', async ({ page, consoleErrors }) => {
  await openApp(page);
  const certs = page.locator('[data-figure="certifications"] dd');
  await expect(certs).toHaveText('more than 500');
  const slider = page.getByRole('slider', { name: 'Year' });
  await slider.fill('2018');
  await expect(page).toHaveURL(/year=2018/);
  const early = await certs.textContent();
  expect(early).toMatch(/^[\d,]+$/);
  const kenyaEarly = await certsInLabel(kenya(page));
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(certs).not.toHaveText(early, { timeout: 5000 });
  await page.getByRole('button', { name: 'Pause' }).click();
  const later = await certsInLabel(kenya(page));
  expect(Number(later.replace(/,/g, ''))).toBeGreaterThanOrEqual(Number(kenyaEarly.replace(/,/g, '')));
  expect(consoleErrors).toEqual([]);
});

test('zoom buttons zoom, the URL keeps the zoom, reset restores the world', async ({ page, consoleErrors }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(page).toHaveURL(/zoom=1\.5/);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(page).toHaveURL(/zoom=2\.25/);
  await expect(page.getByRole('button', { name: 'Zoom out' })).toBeEnabled();
  await page.getByRole('button', { name: 'Reset view' }).click();
  await expect(page).not.toHaveURL(/zoom=/);
  await expect(page.getByRole('button', { name: 'Zoom out' })).toBeDisabled();
  expect(consoleErrors).toEqual([]);
});

test('find a country in Chinese and in German', async ({ page, consoleErrors }) => {
  await openApp(page);
  const box = page.getByLabel('Find a country');
  await box.fill('肯尼亚');
  await box.press('Enter');
  await expect(panel(page).getByRole('heading', { name: 'Kenya' })).toBeVisible();
  await expect(page).toHaveURL(/zoom=/);
  await page.getByRole('button', { name: 'Close the country panel' }).click();
  await box.fill('Kenia');
  await expect(page.getByRole('button', { name: 'Kenya (KEN)' })).toBeVisible();
  await page.getByRole('button', { name: 'Kenya (KEN)' }).click();
  await expect(panel(page).getByRole('heading', { name: 'Kenya' })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('a deep link restores selection, year and layers', async ({ page, consoleErrors }) => {
  await openApp(page, '?country=KEN&year=2019&layers=cert,flows');
  await expect(panel(page).getByRole('heading', { name: 'Kenya' })).toBeVisible();
  await expect(panel(page)).toContainText('Figures up to 2019');
  await expect(page.getByRole('slider', { name: 'Year' })).toHaveValue('2019');
  await expect(page.getByRole('checkbox', { name: /Talent flows/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /Partner institutions/ })).not.toBeChecked();
  expect(consoleErrors).toEqual([]);
});

test('an unknown country and year from the URL are explained, the map still renders', async ({ page, consoleErrors }) => {
  await openApp(page, '?country=ZZZ&year=2031');
  await expect(page.getByText('The country “ZZZ” from the link is not in the data')).toBeVisible();
  await expect(page.getByText('There is no data for 2031; showing 2025.')).toBeVisible();
  await expect(kenya(page)).toBeVisible();
  // Micro-states without a 110m shape are selectable points.
  await page.getByRole('button', { name: /^Singapore: / }).click();
  await expect(panel(page).getByRole('heading', { name: 'Singapore' })).toBeVisible();
  expect(consoleErrors.filter((e) => !e.includes('URL parameter'))).toEqual([]);
});

test('the table view lists the same numbers as the map and sorts', async ({ page, consoleErrors }) => {
  await openApp(page);
  const certs = await certsInLabel(kenya(page));
  await page.getByRole('button', { name: 'Table view' }).click();
  const table = page.getByRole('table');
  await expect(table).toBeVisible();
  const row = table.getByRole('row', { name: /^Kenya / });
  await expect(row.getByRole('cell').first()).toHaveText(certs);
  const header = table.getByRole('columnheader', { name: /Country/ });
  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  await expect(table.getByRole('row').nth(1)).toContainText('Azerbaijan');
  await expect(page).toHaveURL(/table=1/);
  expect(consoleErrors).toEqual([]);
});

test('layer checkboxes toggle arcs and the URL', async ({ page, consoleErrors }) => {
  await openApp(page);
  // Arcs are decoration (aria-hidden): what a sighted visitor sees is whether they render.
  // (`checkVisibility()` does not see a hidden SVG ancestor, so walk up the tree.)
  const drawn = (selector) =>
    page.evaluate((s) => {
      const shown = (e) => !e || (getComputedStyle(e).display !== 'none' && shown(e.parentElement));
      return [...document.querySelectorAll(s)].filter((e) => shown(e) && getComputedStyle(e).strokeWidth !== '0px').length;
    }, selector);
  const fills = () =>
    page.evaluate(() => new Set([...document.querySelectorAll('.sa-map-country')].map((c) => getComputedStyle(c).fill)).size);
  const flows = page.getByRole('checkbox', { name: /Talent flows/ });
  await expect(flows).not.toBeChecked();
  expect(await drawn('.sa-arc-sent')).toBe(0);
  expect(await drawn('.sa-arc-coop')).toBeGreaterThan(0);
  await flows.check();
  await expect(page).toHaveURL(/layers=cert%2Cpartners%2Cworkshops%2Cstations%2Cflows|layers=cert,partners,workshops,stations,flows/);
  await expect.poll(() => drawn('.sa-arc-sent')).toBeGreaterThan(0);
  expect(await fills()).toBeGreaterThan(2);
  await page.getByRole('checkbox', { name: /Certifications/ }).uncheck();
  await expect(page).toHaveURL(/layers=partners/);
  // Without the choropleth every country is plain land.
  await expect.poll(fills).toBe(1);
  await page.getByRole('checkbox', { name: /Partner institutions/ }).uncheck();
  await expect.poll(() => drawn('.sa-arc-coop')).toBe(0);
  expect(consoleErrors).toEqual([]);
});

test('the arcs are painted: a stretch of ocean under an arc changes with the layer', async ({ page, consoleErrors }) => {
  // The arcs are stroked with gradients; a gradient without stops paints nothing, which no
  // style check sees. Compare the pixels around the middle of the longest arc, with and
  // without the partners layer (no glyph or country sits there: it is open sea).
  await openApp(page);
  const spot = await page.evaluate(() => {
    const arcs = [...document.querySelectorAll('.sa-arc-coop')];
    const arc = arcs.reduce((a, b) => (b.getTotalLength() > a.getTotalLength() ? b : a));
    const p = arc.getPointAtLength(arc.getTotalLength() / 2);
    const at = new DOMPoint(p.x, p.y).matrixTransform(arc.getScreenCTM());
    return { x: Math.round(at.x + scrollX) - 6, y: Math.round(at.y + scrollY) - 6, width: 12, height: 12 };
  });
  const shot = () => page.screenshot({ clip: spot, fullPage: true });
  const partners = page.getByRole('checkbox', { name: /Partner institutions/ });
  await expect(partners).toBeChecked();
  const withArcs = await shot();
  await partners.uncheck();
  await expect(page).toHaveURL(/layers=cert%2Cworkshops|layers=cert,workshops/);
  const without = await shot();
  expect(withArcs.equals(without)).toBe(false);
  await partners.check();
  await expect.poll(async () => (await shot()).equals(withArcs)).toBe(true);
  expect(consoleErrors).toEqual([]);
});

for (const [lang, embedName] of [['en', 'Embed'], ['de', 'Einbetten'], ['zh', '嵌入']]) test(`on a 1366×768 laptop the map, its legend and an open country panel are all on the first screen (${lang})`, async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openApp(page, `?lang=${lang}`);
  // One row of tools: the find box, zoom, table and the download menu.
  const tools = await page.locator('.sa-map-toolbar').boundingBox();
  const find = await page.locator('.sa-map-toolbar input').boundingBox();
  expect(tools.height, 'the toolbar is one row').toBeLessThan(find.height * 1.6);
  await expectWholePlaceholder(page.locator('.sa-map-toolbar input'));
  const map = await page.locator('.sa-map-svg').boundingBox();
  expect(map.y + map.height).toBeLessThanOrEqual(768);
  const legend = await page.locator('.sa-map-legend').boundingBox();
  expect(legend.x).toBeGreaterThan(map.x + map.width);
  expect(Math.abs(legend.y - map.y)).toBeLessThan(4);
  expect(legend.y + legend.height, 'the whole legend').toBeLessThanOrEqual(768);
  // The embed button shares the title's row.
  const title = await page.getByRole('heading', { level: 1 }).boundingBox();
  const embed = await page.getByRole('button', { name: embedName }).boundingBox();
  expect(embed.y).toBeLessThan(title.y + title.height);

  // A country's panel lies over the map's corner away from the country, inside the map.
  for (const [id, side] of [['KEN', 'left'], ['BRA', 'right']]) {
    await page.locator(`.sa-map-svg [data-country="${id}"]`).click();
    const panel = page.locator('.sa-map-panel');
    await expect(panel).toHaveAttribute('data-country', id);
    const box = await panel.boundingBox();
    expect(box.y).toBeGreaterThanOrEqual(map.y);
    expect(box.y + box.height, `${id}: the whole panel on the first screen`).toBeLessThanOrEqual(Math.min(768, map.y + map.height));
    expect(box.x).toBeGreaterThanOrEqual(map.x);
    expect(box.x + box.width).toBeLessThanOrEqual(map.x + map.width);
    const middle = box.x + box.width / 2;
    if (side === 'left') expect(middle).toBeLessThan(map.x + map.width / 2);
    else expect(middle).toBeGreaterThan(map.x + map.width / 2);
    const country = await page.locator(`.sa-map-svg [data-country="${id}"]`).boundingBox();
    const covered = country.x + country.width > box.x && country.x < box.x + box.width && country.y < box.y + box.height;
    expect(covered, `${id} stays in view beside its panel`).toBe(false);
    expect((await page.locator('.sa-map-legend').boundingBox()).y + legend.height).toBeLessThanOrEqual(768);
    // Closed, it uncovers the map (the next country may lie under it).
    await page.keyboard.press('Escape');
    await expect(panel).toHaveCount(0);
  }
});
