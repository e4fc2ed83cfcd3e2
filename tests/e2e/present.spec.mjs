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

/** What lies outside the slide's room (below the presenter's bar's top or past the right
 *  edge), and the map slide's form controls, in the page as shown. */
function outOfRoom() {
  const bar = document.querySelector('.sa-present-bar').getBoundingClientRect();
  const slide = document.querySelector('.sa-slide');
  const out = [];
  for (const el of slide.querySelectorAll('*')) {
    const r = el.getBoundingClientRect();
    if (!r.width || !r.height || getComputedStyle(el).visibility === 'hidden') continue;
    if (el.closest('defs, clipPath, .sa-chart-svg g, .sa-map-svg g')) continue; // drawn inside their SVG's box
    if (r.bottom > bar.top + 1 || r.right > innerWidth + 1) {
      out.push(`${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''} ${Math.round(r.right)}×${Math.round(r.bottom)}`);
    }
  }
  const controls = [...slide.querySelectorAll('.sa-slide-map input, .sa-slide-map select, .sa-slide-map textarea, .sa-slide-map button')]
    .filter((el) => el.getBoundingClientRect().width > 0);
  return { out: out.slice(0, 5), controls: controls.length };
}

for (const [width, height] of [[1280, 720], [1920, 1080]]) {
  test(`at ${width}×${height}, every slide fits above the bar in every language; the map slide has no controls`, async ({ page, consoleErrors }) => {
    await page.setViewportSize({ width, height });
    for (const lang of ['en', 'de', 'zh-Hans']) {
      await openApp(page, `?view=present&lang=${lang}`);
      const counter = page.locator('.sa-present-counter');
      const total = Number((await counter.textContent()).split('/')[1]);
      for (let slide = 1; slide <= total; slide++) {
        await expect(counter).toHaveText(`${slide} / ${total}`);
        if (await page.locator('.sa-slide-map').count()) {
          await page.keyboard.press('p'); // hold the year still while it is measured
          await expect(page.locator('.sa-slide-map .sa-map-svg')).toBeVisible();
          const box = await page.locator('.sa-slide-map .sa-map-svg').boundingBox();
          expect(box.height, `${lang} map slide: the map is drawn large`).toBeGreaterThan(height * 0.45);
        }
        const { out, controls } = await page.evaluate(outOfRoom);
        expect(out, `${lang} slide ${slide}`).toEqual([]);
        expect(controls, `${lang} slide ${slide}: form controls on the map slide`).toBe(0);
        // Jump by number: on the map slide → steps through the years first.
        if (slide < total) {
          await page.keyboard.type(String(slide + 1));
          await page.keyboard.press('Enter');
        }
      }
    }
    expect(consoleErrors).toEqual([]);
  });
}

for (const [width, height] of [[1280, 720], [1920, 1080]]) {
  test(`at ${width}×${height}, the map slide's key figures of the latest year show whole, in every language`, async ({ browser }) => {
    // Reduced motion: the slide shows the latest year, with the published qualifiers
    // ("more than 10,000"), the longest texts it has.
    const context = await browser.newContext({ viewport: { width, height }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    for (const lang of ['en', 'de', 'zh-Hans']) {
      await openApp(page, `?view=present&slide=2&lang=${lang}`);
      await expect(page.locator('.sa-slide-map .sa-headline-item')).toHaveCount(7);
      const clipped = await page.evaluate(() => {
        const side = document.querySelector('.sa-slide-map .sa-map-side').getBoundingClientRect();
        return [...document.querySelectorAll('.sa-slide-map .sa-headline h2, .sa-slide-map .sa-headline-item dt, .sa-slide-map .sa-headline-item dd')]
          .filter((el) => { const r = el.getBoundingClientRect(); return r.top < side.top - 1 || r.bottom > side.bottom + 1 || r.right > side.right + 1; })
          .map((el) => el.textContent);
      });
      expect(clipped, `${lang}: figures cut off by the side's edges`).toEqual([]);
      // Each number keeps one line: its qualifier is set small above it.
      const lines = await page.locator('.sa-slide-map .sa-headline-item dd').evaluateAll((dds) =>
        dds.map((dd) => {
          const number = [...dd.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim());
          const range = document.createRange();
          range.selectNodeContents(number);
          return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
        }));
      expect(lines, `${lang}: lines per number`).toEqual([1, 1, 1, 1, 1, 1, 1]);
    }
    await context.close();
  });
}
