// The app shell: loading, navigation, language, theme, deep links.
import { test, expect, openApp } from './fixtures.mjs';

test('the page loads with the shell and no console errors', async ({ page, consoleErrors }) => {
  await openApp(page);
  await expect(page).toHaveTitle(/Skills Atlas/);
  await expect(page.getByRole('banner')).toContainText('Skills Atlas');
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
  await expect(page.getByRole('contentinfo')).toContainText('22 January 2026');
  await expect(page.getByRole('contentinfo')).toContainText('illustrative');
  expect(consoleErrors).toEqual([]);
});

test('navigation links change the view, the URL and history', async ({ page, consoleErrors }) => {
  await openApp(page);
  const nav = page.getByRole('navigation', { name: 'Main navigation' });
  await expect(nav.getByRole('link', { name: 'Map' })).toHaveAttribute('aria-current', 'page');

  await nav.getByRole('link', { name: 'Charts' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Charts' })).toBeVisible();
  await expect(page).toHaveURL(/\?view=charts$/);
  await expect(nav.getByRole('link', { name: 'Charts' })).toHaveAttribute('aria-current', 'page');

  await nav.getByRole('link', { name: 'About the data' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'About the data' })).toBeVisible();

  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Charts' })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Cooperation map' })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('the language switch translates the interface', async ({ page, consoleErrors }) => {
  await openApp(page);
  const language = page.getByLabel('Language');
  await language.selectOption('de');
  await expect(page.getByRole('link', { name: 'Karte' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Kooperationskarte' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page).toHaveURL(/lang=de/);

  await page.getByLabel('Sprache').selectOption('zh');
  await expect(page.getByRole('link', { name: '地图' })).toBeVisible();
  await expect(page.getByRole('contentinfo')).toContainText('示意性样本数据');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');

  await page.getByLabel('语言').selectOption('en');
  await expect(page.getByRole('link', { name: 'Map' })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('the theme switch changes the colours', async ({ page, consoleErrors }) => {
  await openApp(page);
  const background = () =>
    page.getByRole('main').evaluate((el) => getComputedStyle(el.closest('.skills-atlas')).backgroundColor);
  await page.getByLabel('Theme').selectOption('dark');
  await expect(page).toHaveURL(/theme=dark/);
  await expect.poll(background).toBe('rgb(15, 20, 25)');
  await page.getByLabel('Theme').selectOption('light');
  await expect.poll(background).toBe('rgb(255, 255, 255)');
  expect(consoleErrors).toEqual([]);
});

test('a shared link restores view, language and theme', async ({ page, consoleErrors }) => {
  await openApp(page, '?view=about&lang=de&theme=dark');
  await expect(page.getByRole('heading', { level: 1, name: 'Über die Daten' })).toBeVisible();
  await expect(page.getByLabel('Sprache')).toHaveValue('de');
  await expect(page.getByLabel('Farbschema')).toHaveValue('dark');
  await expect(page.getByRole('link', { name: 'Über die Daten' })).toHaveAttribute('aria-current', 'page');
  expect(consoleErrors).toEqual([]);
});

test('a hostile URL is ignored with a warning, not an error', async ({ page, consoleErrors }) => {
  const warnings = [];
  page.on('console', (msg) => msg.type() === 'warning' && warnings.push(msg.text()));
  const long = 'x'.repeat(10_000);
  // 10,000 characters in one value (a URL much longer than that is refused by servers anyway).
  await openApp(page, `?view=%3Cscript%3Ealert(1)%3C/script%3E&lang=%zz&q=${long}&view=charts&bogus=1`);
  await expect(page.getByRole('heading', { level: 1, name: 'Cooperation map' })).toBeVisible();
  expect(warnings.some((w) => w.includes('view'))).toBe(true);
  expect(consoleErrors).toEqual([]);
});

test('Chinese renders as glyphs: the map labels have a CJK font', async ({ page, consoleErrors }) => {
  await openApp(page, '?lang=zh');
  const hub = page.locator('.sa-hub-label');
  await expect(hub).toHaveText('重庆');
  // Drawn with the label's own font: Chinese must differ from characters no font has (the
  // same empty box each). Exports are rasterised with the same fonts.
  const distinct = await hub.evaluate((label) => {
    const font = `24px ${getComputedStyle(label).fontFamily}`;
    const draw = (text) => {
      const c = Object.assign(document.createElement('canvas'), { width: 80, height: 40 });
      const ctx = c.getContext('2d');
      ctx.font = font;
      ctx.fillText(text, 4, 30);
      return ctx.getImageData(0, 0, 80, 40).data.join(',');
    };
    const boxes = draw('\u{E000}\u{E001}');
    return { hub: draw('重庆') !== boxes, other: draw('汽车') !== draw('重庆') };
  });
  expect(distinct).toEqual({ hub: true, other: true });
  expect(consoleErrors).toEqual([]);
});
