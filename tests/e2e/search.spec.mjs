// Search: multilingual and misspelt queries, facets, keyboard selection, the way to the map,
// deep links and hostile input.
import { test, expect, openApp, expectWholePlaceholder } from './fixtures.mjs';

const box = (page) => page.getByRole('searchbox', { name: /Search standards/ });
const group = (page, name) => page.getByRole('listbox', { name });
const firstStandard = (page) => group(page, /Standards/).getByRole('option').first();

test('German, Chinese and misspelt queries find the expected standard first', async ({ page, consoleErrors }) => {
  await openApp(page, '?view=search');
  await expect(page.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible();
  await box(page).fill('Schweißer');
  await expect(firstStandard(page)).toContainText('Welder');
  // The German title matched: it is shown under the English one, with the match marked.
  await expect(firstStandard(page).locator('mark').first()).toHaveText('Schweißer');

  await box(page).fill('焊工');
  await expect(firstStandard(page)).toContainText('Welder');

  await box(page).fill('autmotive paintr');
  await expect(firstStandard(page)).toContainText('Automotive Painter');

  await box(page).fill('Mechatronik');
  await expect(firstStandard(page)).toContainText('Mechatronics Technician');
  await expect(page).toHaveURL(/q=Mechatronik/);

  // Another form of the word finds the standard by its stem, marked where it matched.
  await box(page).fill('welding');
  await expect(firstStandard(page)).toContainText('Welder');
  await expect(firstStandard(page).locator('mark').first()).toHaveText('Welder');
  expect(consoleErrors).toEqual([]);
});

test('typing letter by letter keeps the last keystroke', async ({ page }) => {
  await openApp(page, '?view=search');
  await box(page).click();
  await page.keyboard.type('bricklayer', { delay: 15 });
  await expect(firstStandard(page)).toContainText('Bricklayer');
  await expect(page).toHaveURL(/q=bricklayer$/);
});

test('facets narrow the results and their counts follow the query', async ({ page, consoleErrors }) => {
  await openApp(page, '?view=search');
  await box(page).fill('automotive');
  const facets = page.getByRole('complementary', { name: 'Filter results' });
  const trainers = facets.getByRole('checkbox', { name: /Trainers/ });
  await trainers.check();
  await expect(page).toHaveURL(/type=trainer/);
  await expect(group(page, /Trainers/)).toBeVisible();
  await expect(group(page, /Standards/)).toHaveCount(0);
  // Counts ignore the facet's own choice: Standards still shows how many it would add.
  await expect(facets.getByRole('checkbox', { name: /Standards \d+/ })).toBeVisible();

  const countries = facets.getByRole('combobox', { name: 'Country' });
  // Countries without matches stay in the menu, hidden; the first one listed has matches.
  const listed = countries.locator('option:not([hidden])');
  const [id, label] = await listed.nth(1).evaluate((o) => [o.value, o.textContent]);
  await countries.selectOption(id);
  await expect(page).toHaveURL(new RegExp(`country=${id}`));
  const options = group(page, /Trainers/).getByRole('option');
  await expect(options.first()).toContainText(label.replace(/ \(\d+\)$/, ''));
  await expect(options).toHaveCount(Number(/\((\d+)\)$/.exec(label)[1]));
  await facets.getByRole('button', { name: 'Clear all filters' }).click();
  await expect(page).not.toHaveURL(/country=|type=/);

  // Another query: the same rows now show that query's counts (updated in place).
  const standards = facets.getByRole('checkbox', { name: /Standards \d+/ });
  const before = await standards.evaluate((c) => c.closest('label').textContent);
  const firstCountry = await listed.nth(1).textContent();
  const option = await listed.nth(1).elementHandle();
  await box(page).fill('汽车');
  await expect(async () => {
    const now = await standards.evaluate((c) => c.closest('label').textContent);
    expect(now).not.toBe(before);
    expect(await listed.nth(1).textContent()).not.toBe(firstCountry);
    // The same option element, kept (its count rewritten in place or hidden), not rebuilt.
    expect(await option.evaluate((o) => o.isConnected)).toBe(true);
  }).toPass();
  // Every option shown has matches; every hidden one has none.
  const shown = await countries.locator('option').evaluateAll((all) =>
    all.filter((o) => o.value).map((o) => [o.hidden, Number(/\((\d+)\)$/.exec(o.textContent)[1])]),
  );
  expect(shown.some(([hidden]) => hidden)).toBe(true);
  for (const [hidden, n] of shown) expect(hidden).toBe(n === 0);
  // The arrow keys step over hidden countries.
  const values = await countries.locator('option').evaluateAll((all) => all.map((o) => [o.value, o.hidden]));
  const gap = values.findIndex(([value, hidden], i) => value && !hidden && values[i + 1]?.[1]);
  await countries.selectOption(values[gap][0]);
  await countries.focus();
  await page.keyboard.press('ArrowDown');
  const next = values.slice(gap + 1).find(([, hidden]) => !hidden)[0];
  await expect(countries).toHaveValue(next);
  expect(consoleErrors).toEqual([]);
});

test('a result can be chosen with the keyboard only, and opens the map on its country', async ({ page, consoleErrors }) => {
  await openApp(page, '?view=search');
  await box(page).focus();
  await page.keyboard.type('welder');
  await expect(firstStandard(page)).toContainText('Welder');
  await page.keyboard.press('ArrowDown');
  await expect(firstStandard(page)).toHaveAttribute('aria-selected', 'true');
  const active = await box(page).getAttribute('aria-activedescendant');
  expect(active).toBe(await firstStandard(page).getAttribute('id'));
  await page.keyboard.press('Enter');
  const detail = page.getByRole('complementary', { name: 'Welder' });
  await expect(detail).toBeVisible();
  await expect(detail.getByRole('heading', { name: 'Welder' })).toBeFocused();
  await expect(page).toHaveURL(/open=BRS-MANU-001/);

  // Tab to the first recognising country and follow it with Enter.
  const link = detail.getByRole('link', { name: /on the map/ }).first();
  const href = await link.getAttribute('href');
  const country = /country=([A-Z]{3})/.exec(href)[1];
  await link.focus();
  await page.keyboard.press('Enter');
  // The map is the default view, so its URL names no view, only the selected country.
  await expect(page).toHaveURL(new RegExp(`\\?(?!.*view=)(.*&)?country=${country}`));
  await expect(page.getByRole('heading', { level: 1, name: 'Cooperation map' })).toBeVisible();

  // Back returns to the search with the details still open.
  await page.goBack();
  await expect(page.getByRole('complementary', { name: 'Welder' })).toBeVisible();
  await page.keyboard.press('Escape');
  expect(consoleErrors).toEqual([]);
});

test('a click on a result, on its highlighted word too, opens it and marks it chosen', async ({ page, consoleErrors }) => {
  await openApp(page, '?view=search&q=welder');
  await firstStandard(page).locator('mark').first().click();
  await expect(page.getByRole('complementary', { name: 'Welder' })).toBeVisible();
  await expect(page).toHaveURL(/open=BRS-MANU-001/);
  await expect(firstStandard(page)).toHaveAttribute('aria-selected', 'true');
  await expect(group(page, /Standards/).locator('[aria-selected=true]')).toHaveCount(1);
  expect(consoleErrors).toEqual([]);
});

test('Escape closes the details, then clears the query', async ({ page }) => {
  await openApp(page, '?view=search&q=welder&open=BRS-MANU-001');
  await expect(page.getByRole('complementary', { name: 'Welder' })).toBeVisible();
  await box(page).focus();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('complementary', { name: 'Welder' })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(box(page)).toHaveValue('');
  await expect(page.getByRole('status').filter({ hasText: /Browsing all/ })).toBeVisible();
});

test('a deep link restores the query, the facets and the sort', async ({ page, consoleErrors }) => {
  await openApp(page, '?view=search&q=technician&type=standard&level=4&years=2018-2024&sort=name&lang=de');
  await expect(page.getByRole('searchbox')).toHaveValue('technician');
  const facets = page.getByRole('complementary', { name: 'Ergebnisse filtern' });
  await expect(facets.getByRole('checkbox', { name: /Standards/ })).toBeChecked();
  await expect(facets.getByRole('checkbox', { name: /Stufe 4/ })).toBeChecked();
  await expect(page.getByRole('combobox', { name: 'Sortieren nach' })).toHaveValue('name');
  await expect(group(page, /Ausbilder/)).toHaveCount(0);
  const titles = await group(page, /Standards/).getByRole('option').locator('.sa-search-title').allTextContents();
  expect(titles.length).toBeGreaterThan(1);
  expect([...titles].sort((a, b) => a.localeCompare(b, 'de'))).toEqual(titles);
  expect(consoleErrors).toEqual([]);
});

test('hostile input shows as text, never runs, never breaks', async ({ page, consoleErrors }) => {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs += 1;
    d.dismiss();
  });
  await openApp(page, '?view=search&sector=no_such_sector&lang_f=xx');
  await expect(page.getByText('No results with these filters.')).toBeVisible();
  await page.goto('./?view=search');
  await box(page).fill('<script>alert(1)</script>');
  await expect(page.getByText('No results for “<script>alert(1)</script>”.')).toBeVisible();
  expect(await page.locator('main script').count()).toBe(0);
  for (const q of ['x'.repeat(10_000), '!!!', '😀🔧', 'مرحبا', '.*(a|b)+[', '']) {
    await box(page).fill(q);
    await expect(page.getByRole('status').first()).toBeVisible();
  }
  // A misspelling with no match offers the closest terms, and one click searches for it.
  await box(page).fill('weldqq');
  await page.getByRole('button', { name: 'welder' }).click();
  await expect(box(page)).toHaveValue('welder');
  await expect(firstStandard(page)).toContainText('Welder');
  expect(dialogs).toBe(0);
  expect(consoleErrors).toEqual([]);
});

test('the search box has one clear button, the app’s own', async ({ page }) => {
  await openApp(page, '?view=search&q=weld');
  await expect(page.getByRole('button', { name: 'Clear search', exact: true })).toHaveCount(1);
  // Chromium's own clear button (the search input's cancel button) is styled away; its
  // pseudo-element has no computed style to read, so the shipped rule is checked.
  const hidden = await page.evaluate(() =>
    [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules]).some(
      (rule) =>
        rule.selectorText?.includes('::-webkit-search-cancel-button') &&
        (rule.style.appearance === 'none' || rule.style.webkitAppearance === 'none'),
    ),
  );
  expect(hidden).toBe(true);
});

test('on a phone the results come first, and the filters open from a button', async ({ page, consoleErrors }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openApp(page, '?view=search&q=welding');
  const filters = page.getByRole('button', { name: 'Filter results' });
  await expect(filters).toHaveAttribute('aria-expanded', 'false');
  // The first result is on the first screen; the facets are out of the way.
  await expect(firstStandard(page)).toContainText('Welder');
  const first = await firstStandard(page).boundingBox();
  expect(first.y + first.height).toBeLessThanOrEqual(844);
  const trainers = page.getByRole('checkbox', { name: /^Trainers/ });
  await expect(trainers).toBeHidden();
  await filters.click();
  await expect(filters).toHaveAttribute('aria-expanded', 'true');
  await trainers.check();
  await expect(page).toHaveURL(/type=trainer/);
  // The button says how many filters are chosen.
  await expect(filters).toHaveText(/Filter results \(1\)/);
  await filters.click();
  await expect(trainers).toBeHidden();
  expect(consoleErrors).toEqual([]);
});

test('the search box shows its whole hint in every language, on a phone and on a laptop', async ({ page, consoleErrors }) => {
  for (const [width, height] of [[390, 844], [1366, 768]]) {
    await page.setViewportSize({ width, height });
    for (const lang of ['en', 'de', 'zh']) {
      await openApp(page, `?view=search&lang=${lang}`);
      await expectWholePlaceholder(page.getByRole('searchbox'));
    }
  }
  expect(consoleErrors).toEqual([]);
});

test('on a wide screen the facets are always shown; the language list draws when opened', async ({ page, consoleErrors }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await openApp(page, '?view=search');
  await expect(page.getByRole('button', { name: 'Filter results' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 2, name: 'Filter results' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /^Trainers/ })).toBeVisible();
  const languages = page.locator('.sa-search-languages');
  await expect(languages.locator('li')).toHaveCount(0);
  await languages.locator('summary').click();
  const rows = languages.getByRole('checkbox');
  await expect(rows.first()).toBeVisible();
  expect(await rows.count()).toBeGreaterThan(5);
  await rows.first().check();
  await expect(page).toHaveURL(/[?&]lang_f=/);
  // Reloaded with a language chosen, the list is open and drawn at once.
  await page.reload();
  await expect(page.locator('.sa-search-languages[open] input:checked')).toHaveCount(1);
  expect(consoleErrors).toEqual([]);
});
