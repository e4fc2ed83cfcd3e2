// Charts view: marks reachable by keyboard, selection goes to the URL, table toggle, and
// PNG / SVG / CSV downloads that decode and match the chart's table.
import { test, expect, openApp, inBlankPage, download } from './fixtures.mjs';

const chart = (page) => page.getByRole('figure', { name: 'Certifications by country' });

test('all charts draw with titles, sources and the illustrative notice', async ({ page, consoleErrors }) => {
  await openApp(page, '?view=charts');
  await expect(page.getByRole('heading', { level: 1, name: 'Charts' })).toBeVisible();
  for (const title of ['Certifications by country', 'Growth over time', 'Standards by sector',
    'Recognition of standards by country', 'Partnerships by region and field',
    'Talent flows: trained vs sent abroad']) {
    await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
  }
  await expect(chart(page).getByText(/^Source: /)).toBeVisible();
  await expect(chart(page).getByText(/^Illustrative data/)).toBeVisible();
  // Targets are marked as such in their accessible name.
  await expect(page.getByRole('img', { name: /\(target\)$/ }).first()).toBeAttached();
  // The introduction counts the charts there are.
  const figures = await page.locator('figure.sa-chart').count();
  expect(figures).toBeGreaterThan(6);
  await expect(page.locator('.sa-charts-intro')).toHaveText(new RegExp(`^${figures} views of the cooperation network\\.`));
  expect(consoleErrors).toEqual([]);
});

test('keyboard: arrows move between bars, Enter selects the country', async ({ page, consoleErrors }) => {
  await openApp(page, '?view=charts');
  const bars = chart(page).getByRole('button', { name: /certifications\. Press Enter/ });
  await expect(bars).toHaveCount(11 - 1); // top 10 countries; "others" is not selectable
  await bars.first().focus();
  await page.keyboard.press('ArrowDown');
  const second = bars.nth(1);
  await expect(second).toBeFocused();
  const name = (await second.getAttribute('aria-label')).split(':')[0];
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/country=[A-Z]{3}/);
  await expect(page.getByRole('status').filter({ hasText: `Selected country: ${name}` })).toBeVisible();
  await expect(second).toHaveAttribute('aria-pressed', 'true');
  // The chart redrew with the selection; the keyboard user stays on the same bar and the
  // arrows still move from there.
  await expect(second).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(bars.first()).toBeFocused();
  await expect(bars.first()).toHaveAttribute('tabindex', '0');
  await expect(second).toHaveAttribute('tabindex', '-1');

  // The map shares the selection: it highlights that country and opens its panel.
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Map' }).click();
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const onMap = page.getByRole('button', { name: new RegExp(`^${escaped}: `) });
  await expect(onMap).toHaveAttribute('aria-pressed', 'true');
  await expect(onMap).toHaveClass(/sa-selected/);
  await expect(page.getByRole('complementary').getByRole('heading', { name })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('"Others" never sets the scale: the top ten fill the plot, the rest is cut and labelled', async ({ page, consoleErrors }) => {
  await openApp(page, '?view=charts');
  const figure = chart(page);
  const bars = figure.getByRole('button', { name: /certifications\. Press Enter/ });
  await expect(bars).toHaveCount(10);
  const others = figure.getByRole('img', { name: /^Others \(\d+ countries\)/ });
  await expect(others).toHaveCount(1);
  // Its accessible name and its label carry the whole value.
  const value = (await others.getAttribute('aria-label')).match(/: ([\d,]+)$/)[1];
  await expect(figure.locator('text.sa-remainder-label')).toHaveText(value);
  const plot = await figure.locator('svg.sa-chart-svg').first().boundingBox();
  const widest = Math.max(...await bars.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().width)));
  const rest = await others.boundingBox();
  // The plot spans the drawing minus its label gutter (150 of 640 units) and margin (40).
  const plotWidth = plot.width * (640 - 150 - 40) / 640;
  expect(widest).toBeGreaterThanOrEqual(0.6 * plotWidth);
  expect(rest.x + rest.width).toBeLessThanOrEqual(plot.x + plot.width);
  await expect(figure.locator('path.sa-break')).toHaveCount(1);
  expect(consoleErrors).toEqual([]);
});

test('top 10 switches to all countries; the year filters', async ({ page, consoleErrors }) => {
  await openApp(page, '?view=charts');
  await chart(page).getByRole('button', { name: /^All \d+ countries$/ }).click();
  await expect(page).toHaveURL(/top=all/);
  await expect(chart(page).getByRole('button', { name: /Press Enter/ })).toHaveCount(47);
  await page.getByRole('combobox', { name: /^Year/ }).selectOption('2015');
  await expect(page).toHaveURL(/year=2015/);
  await expect(chart(page).getByText(/No data for these filters/)).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('charts far below the fold follow a year change too', async ({ page, consoleErrors }) => {
  await openApp(page, '?view=charts');
  // Far from the viewport, the talent-flows chart is redrawn a frame after the visible ones.
  const far = page.getByRole('figure', { name: 'Talent flows: trained vs sent abroad' });
  const labels = () => far.locator('rect.sa-mark').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')).join('|'));
  expect(await far.evaluate((f) => f.getBoundingClientRect().top > innerHeight)).toBe(true);
  const before = await labels();
  await page.getByRole('combobox', { name: /^Year/ }).selectOption('2019');
  await expect.poll(labels).not.toBe(before);
  // Its drawing says what its table says for 2019.
  await far.getByRole('button', { name: 'Show as table' }).click();
  const cells = await far.getByRole('table').locator('tbody tr').first().locator('td').allTextContents();
  expect(cells.length).toBeGreaterThan(0);
  expect(await labels()).toContain(cells[0].trim());
  expect(consoleErrors).toEqual([]);
});

test('table, CSV, SVG and PNG downloads agree with the chart', async ({ page, consoleErrors }) => {
  await openApp(page, '?view=charts');
  const figure = chart(page);
  await figure.getByRole('button', { name: 'Show as table' }).click();
  const table = figure.getByRole('table');
  await expect(table).toBeVisible();
  await expect(table.locator('caption')).toHaveText('Certifications by country');
  const rows = await table.locator('tr').evaluateAll((trs) =>
    trs.map((tr) => [...tr.children].map((c) => c.textContent.replace(/(\d),(?=\d{3}\b)/g, '$1'))));

  const csv = await download(page, figure, 'CSV data');
  expect(csv.name).toBe('certifications-by-country-2025.csv');
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = csv.bytes.toString('utf8').slice(1).trim().split('\r\n').map((l) => l.split(','));
  expect(lines).toEqual(rows);

  const svg = await download(page, figure, 'SVG image');
  expect(svg.name).toBe('certifications-by-country-2025.svg');
  const svgText = svg.bytes.toString('utf8');
  const parsed = await inBlankPage(page, (t) => {
    const doc = new DOMParser().parseFromString(t, 'image/svg+xml');
    const root = doc.documentElement;
    return { ok: !doc.querySelector('parsererror') && root.localName === 'svg',
      w: Number(root.getAttribute('width')), h: Number(root.getAttribute('height')) };
  }, svgText);
  expect(parsed.ok).toBe(true);
  expect(svgText).toContain('Certifications by country');
  expect(svgText).toContain('Illustrative data');

  const png = await download(page, figure, 'PNG image');
  expect(png.name).toBe('certifications-by-country-2025.png');
  expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  expect(png.bytes.readUInt32BE(16)).toBe(Math.round(parsed.w * 2));
  expect(png.bytes.readUInt32BE(20)).toBe(Math.round(parsed.h * 2));
  expect(consoleErrors).toEqual([]);
});

test('growth toggles between running totals and yearly counts in the URL', async ({ page, consoleErrors }) => {
  await openApp(page, '?view=charts&chart=growth');
  const figure = page.getByRole('figure', { name: 'Growth over time' });
  await figure.getByRole('button', { name: 'Per year' }).click();
  await expect(page).toHaveURL(/mode=yearly/);
  await expect(figure.getByRole('button', { name: 'Per year' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('figure')).toHaveCount(1);
  expect(consoleErrors).toEqual([]);
});

test('a year outside the data is brought within it: no chart says "through 1900" or names its file so', async ({ page }) => {
  await openApp(page, '?view=charts&year=1900');
  const figure = chart(page);
  await expect(figure.getByText('Counted up to and including 2015.')).toBeVisible();
  await expect(page.getByText(/1900/)).toHaveCount(0);
  const file = await download(page, figure, 'CSV data');
  expect(file.name).not.toContain('1900');
  expect(file.name).toContain('2015');
  await openApp(page, '?view=charts&year=2100');
  await expect(chart(page).getByText('Counted up to and including 2025.')).toBeVisible();
});

test('printing the charts view draws every chart, without its controls', async ({ page, consoleErrors }) => {
  await openApp(page, '?view=charts');
  const figures = page.locator('.sa-chart-list > .sa-chart');
  await expect(figures.first()).toBeVisible();
  expect(await figures.count()).toBeGreaterThanOrEqual(6);
  await page.emulateMedia({ media: 'print' });
  const states = await figures.evaluateAll((els) => els.map((e) => ({
    skipped: getComputedStyle(e).contentVisibility !== 'visible',
    marks: e.querySelectorAll('.sa-mark, .sa-cell').length,
    controls: [...e.querySelectorAll('button')].filter((b) => b.offsetParent !== null).length,
  })));
  for (const [i, s] of states.entries()) {
    expect(s.skipped, `chart ${i} is skipped on paper`).toBe(false);
    expect(s.marks, `chart ${i} has marks`).toBeGreaterThan(0);
    expect(s.controls, `chart ${i} prints its buttons`).toBe(0);
  }
  const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
  expect((pdf.match(/\/Type\s*\/Page\b/g) || []).length).toBeGreaterThanOrEqual(3);
  expect(consoleErrors).toEqual([]);
});

test('leaving the charts before their first frame is drawn is harmless: the map shows, nothing fails', async ({ page, consoleErrors }) => {
  await openApp(page, '?view=map');
  // Charts, then the map again before the next frame: each chart measures its card in that
  // frame, by which time it is gone.
  await page.evaluate(() => {
    const link = (name) => [...document.querySelectorAll('.sa-nav a')].find((a) => a.textContent.trim() === name);
    link('Charts').click();
    setTimeout(() => link('Map').click(), 0);
  });
  await page.waitForTimeout(300);
  await expect(page.getByRole('heading', { level: 1, name: 'Cooperation map' })).toBeVisible();
  await page.getByRole('link', { name: 'Charts' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Certifications by country' })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});
