// Presenter mode walked through with the keyboard only: slide number in the URL, counter,
// jump by number, F for full screen, Esc to leave.
import { test, expect, openApp } from './fixtures.mjs';

test('keyboard-only walk through the slides', async ({ page, consoleErrors }) => {
  await openApp(page, '?view=present');
  const counter = page.locator('.sa-present-counter'); // no role: a plain counter text
  await expect(counter).toHaveText('1 / 10');
  await expect(page.getByText('more than 500', { exact: true }).first()).toBeVisible();
  await expect(page.locator('.sa-figure-value', { hasText: /^(exactly )?47$/ })).toBeVisible();
  await expect(page.getByText('almost 200', { exact: true })).toBeVisible();

  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/slide=2/);
  await expect(page.getByRole('heading', { name: 'The network grows, year by year' })).toBeVisible();
  await page.keyboard.press('P');
  await expect(page.getByText('Animation paused (P resumes)')).toBeVisible();
  await page.keyboard.press('PageDown');
  await expect(page).toHaveURL(/year=\d{4}/);

  await page.keyboard.press('End');
  await expect(page).toHaveURL(/slide=10/);
  await expect(counter).toHaveText('10 / 10');
  await page.keyboard.press('PageUp');
  await expect(page).toHaveURL(/slide=9/);
  await page.keyboard.press('Home');
  await expect(counter).toHaveText('1 / 10');

  await page.keyboard.press('3');
  await expect(page.getByText('Go to slide 3')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/slide=3/);
  await expect(page.getByRole('heading', { name: 'Certifications by country' })).toBeVisible();
  await expect(page.getByText('Slide 3 of 10: Certifications by country')).toBeAttached();

  // A slide stays interactive: a bar selects its country.
  await page.getByRole('button', { name: /Press Enter/ }).first().click();
  await expect(page).toHaveURL(/country=[A-Z]{3}/);

  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => !!document.fullscreenElement)).toBe(true);
  await page.evaluate(() => document.exitFullscreen());
  await expect.poll(() => page.evaluate(() => !!document.fullscreenElement)).toBe(false);

  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/view=charts/);
  await expect(page.getByRole('heading', { level: 1, name: 'Charts' })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('a hostile slide number is clamped, not a crash', async ({ page, consoleErrors }) => {
  await openApp(page, '?view=present&slide=99');
  await expect(page.locator('.sa-present-counter')).toHaveText('10 / 10');
  expect(consoleErrors).toEqual([]);
});

test('in German, opened from the map: keys work and Esc returns to the map', async ({ page, consoleErrors }) => {
  await openApp(page, '?view=map&lang=de');
  const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });
  await nav.getByRole('link', { name: 'Präsentieren' }).click();
  await expect(page).toHaveURL(/view=present/);
  await page.keyboard.press('PageDown');
  await expect(page).toHaveURL(/slide=2/);
  await expect(page.getByRole('heading', { name: 'Das Netzwerk wächst, Jahr für Jahr' })).toBeVisible();
  await page.keyboard.press('p');
  await expect(page.getByText('Animation angehalten (P setzt fort)')).toBeVisible();
  await page.keyboard.press('4');
  await expect(page.getByText('Gehe zu Folie 4')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/slide=4/);
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/view=map|^[^?]*\?(?!.*view=)/);
  await expect(nav.getByRole('link', { name: 'Karte' })).toHaveAttribute('aria-current', 'page');
  expect(consoleErrors).toEqual([]);
});

test('in Chinese, the presenter steps with clicker keys and jumps by number', async ({ page, consoleErrors }) => {
  await openApp(page, '?view=present&lang=zh');
  await page.keyboard.press('PageDown');
  await expect(page.getByRole('heading', { name: '合作网络逐年扩展' })).toBeVisible();
  await page.keyboard.press('PageUp');
  await expect(page.locator('.sa-present-counter')).toHaveText('1 / 10');
  await page.keyboard.press('5');
  await expect(page.getByText('跳转到第5张')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/slide=5/);
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/view=charts/);
  expect(consoleErrors).toEqual([]);
});
