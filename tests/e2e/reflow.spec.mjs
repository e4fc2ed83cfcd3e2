// Reflow (WCAG 2.2, 1.4.10): at 320 CSS px no view scrolls sideways, in any language. Long
// German words wrap, and wide tables scroll inside their own box.
import { test, expect, openApp } from './fixtures.mjs';

const VIEWS = ['map', 'charts', 'search&q=Schwei%C3%9Fer', 'present', 'about'];

for (const lang of ['en', 'zh', 'de']) {
  test(`at 320 px nothing scrolls sideways (${lang})`, async ({ page, consoleErrors }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    const wide = [];
    for (const view of VIEWS) {
      await openApp(page, `?view=${view}&lang=${lang}`);
      // Charts and search results are drawn a moment after the heading.
      await page.waitForTimeout(300);
      const { scroll, client, culprits } = await page.evaluate(() => {
        const root = document.documentElement;
        const limit = root.clientWidth;
        const culprits = [...document.querySelectorAll('body *')]
          .filter((e) => {
            const r = e.getBoundingClientRect();
            if (r.width === 0 || r.right <= limit + 1) return false;
            // Inside a box that scrolls or clips sideways, it does not widen the page.
            for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {
              const o = getComputedStyle(p).overflowX;
              if (o === 'auto' || o === 'scroll' || o === 'hidden' || o === 'clip') return false;
            }
            return true;
          })
          .slice(0, 5)
          .map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} ${Math.round(e.getBoundingClientRect().right)}px`);
        return { scroll: root.scrollWidth, client: limit, culprits };
      });
      if (scroll > client) wide.push(`${view}: ${scroll} > ${client} (${culprits.join(', ')})`);
    }
    expect(wide).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
}
